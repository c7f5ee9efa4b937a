import { Status, type StatusCode } from "../../../src/engine";
import { statusWord, type Language } from "../../../src/i18n";
import { oneDecimal, seedRollingPlan, seedStatusWord } from "../../support/seedDemo";

/**
 * What the playground must show after the sample's runs, from the seed's own output
 * (test/support/seedDemo.ts) and CONTRACT.md, formatted as Excel shows the add-in's number formats.
 * Nothing here comes from the page or from the code that writes the sheets.
 */

/** The demo's rolling gaps (CONTRACT.md): supply beyond production needed to stay at safety stock. */
export const ROLLING_GAP = [0, 1700, 2300, 0, 0, 0] as const;

/** `#,##0`: 12000 → `12,000`, -1500 → `-1,500`. */
export function quantity(value: number): string {
  const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return value < 0 && Math.round(value) !== 0 ? `-${digits}` : digits;
}

/** `0.0`: 5 → `5.0`, -3 → `-3.0`. */
export function decimal1(value: number): string {
  return oneDecimal(value).toFixed(1);
}

const STATUS_CODES: readonly StatusCode[] = [Status.Balanced, Status.Shortage, Status.Excess];

/** The seed's status text (Chinese, e.g. `供不应求 — 需扩产或增库存`) as the word of `language`. */
export function seedStatus(text: string, language: Language): string {
  const word = seedStatusWord(text);
  const code = STATUS_CODES.find((status) => statusWord("zh", status) === word);
  if (code === undefined) throw new Error(`The seed's status "${text}" is not a known status`);
  return statusWord(language, code);
}

/** One S&OP Balance row as displayed: the columns the seed's output covers. */
export interface BalanceRowText {
  readonly period: string;
  readonly effectiveDemand: string;
  readonly openingStock: string;
  readonly production: string;
  readonly utilization: string;
  readonly closingStock: string;
  readonly safetyStock: string;
  readonly stockDays: string;
  readonly status: string;
  readonly rollingGap: string;
}

export function expectedBalance(language: Language): BalanceRowText[] {
  return seedRollingPlan.map((period, index) => ({
    period: period.month,
    effectiveDemand: quantity(period.effectiveDemand),
    openingStock: quantity(period.openingStock),
    production: quantity(period.production),
    // The seed prints utilization as "{:.1f}%", the sheet's format is 0.0%: the same text.
    utilization: period.utilization,
    closingStock: quantity(period.closingStock),
    safetyStock: quantity(period.safetyStock),
    stockDays: decimal1(period.stockDays),
    status: seedStatus(period.status, language),
    rollingGap: quantity(ROLLING_GAP[index] ?? Number.NaN),
  }));
}

/** Columns of S&OP Balance (0-based), in the contract's order. */
export const BALANCE_COLUMNS = {
  family: 0,
  period: 1,
  forecast: 2,
  orders: 3,
  effectiveDemand: 4,
  openingStock: 5,
  production: 6,
  capacity: 7,
  utilization: 8,
  closingStock: 9,
  safetyStock: 10,
  stockDays: 11,
  status: 12,
  rollingGap: 13,
} as const;

export function balanceRowText(cells: readonly string[]): BalanceRowText {
  const at = (column: number): string => cells[column] ?? "";
  const c = BALANCE_COLUMNS;
  return {
    period: at(c.period),
    effectiveDemand: at(c.effectiveDemand),
    openingStock: at(c.openingStock),
    production: at(c.production),
    utilization: at(c.utilization),
    closingStock: at(c.closingStock),
    safetyStock: at(c.safetyStock),
    stockDays: at(c.stockDays),
    status: at(c.status),
    rollingGap: at(c.rollingGap),
  };
}

export interface GapOption {
  readonly name: string;
  readonly capacity: number;
}

/**
 * The rows SOP.GAP gives for one gap (README): every option with gap filled = min(gap, capacity),
 * remaining gap = max(0, gap − capacity), fill rate = filled ÷ gap, sorted by remaining gap, ties
 * in the listed order; led by family, period and gap as on S&OP Scenarios.
 */
export function expectedScenarioRows(
  family: string,
  period: string,
  gap: number,
  options: readonly GapOption[]
): string[][] {
  return options
    .map((option, order) => {
      const filled = Math.min(gap, option.capacity);
      return { option, order, filled, remaining: Math.max(0, gap - option.capacity) };
    })
    .sort((a, b) => a.remaining - b.remaining || a.order - b.order)
    .map(({ option, filled, remaining }) => [
      family,
      period,
      quantity(gap),
      option.name,
      quantity(option.capacity),
      quantity(filled),
      quantity(remaining),
      `${Math.round((filled / gap) * 100)}%`,
    ]);
}
