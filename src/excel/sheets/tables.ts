import {
  periodGaps,
  planMoney,
  summarizeBalance,
  type PeriodGap,
  type PlanBalance,
  type PlanCell,
  type PlanMoney,
  type StatusCode,
} from "../../engine";
import { statusWords, translate, type Language, type MessageKey } from "../../i18n";
import type { PlanData } from "./inputs";
import type { PlanSummary } from "../../workbook";

/**
 * The result sheets as plain blocks of cells: what the Excel layer writes, built without Excel so
 * that tests can check every cell against the engine.
 */

export type OutputCell = string | number;

export interface OutputColumn {
  readonly header: string;
  /** Excel number format of the column's data cells. */
  readonly numberFormat: string;
}

export interface OutputSheet {
  readonly title: string;
  /** The line under the title: when and from which ranges the sheet was computed. */
  readonly note: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputCell[])[];
  /** Lines under the note (a summary), before the blank row above the table. */
  readonly lines?: readonly string[];
  /** Index of the status column, coloured by conditional formats. */
  readonly statusColumn?: number;
  /** More status columns coloured the same way (a comparison has two). */
  readonly moreStatusColumns?: readonly number[];
  /** A column whose non-blank cells are highlighted (a comparison's status changes). */
  readonly changeColumn?: number;
  /** The status words used, by status code (0 Balanced, 1 Shortage, 2 Excess). */
  readonly statusWords?: readonly string[];
  /**
   * A second table beside the first (a blank column between), its title on the row above its
   * header, which is the main table's header row: short lists the main table's length would bury.
   */
  readonly side?: SideTable;
}

export interface SideTable {
  readonly title: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputCell[])[];
}

/** Rows above the table: title, note, a blank row. The table's header is on this row (0-based). */
export const TABLE_HEADER_ROW = 3;

/** The table's header row of a sheet (0-based): below the title, the note, its lines and a blank row. */
export function headerRowOf(output: OutputSheet): number {
  return TABLE_HEADER_ROW + (output.lines?.length ?? 0);
}

export const QUANTITY = "#,##0";

/** Money in the pane's language when the planner chose no format: yuan in Chinese. */
export function languageMoneyFormat(language: Language): string {
  return language === "zh" ? "¥#,##0" : "#,##0";
}

/** Money as the workbook shows it: the planner's price format, else the language's. */
export function moneyFormat(plan: PlanData, language: Language): string {
  return plan.moneyFormat ?? languageMoneyFormat(language);
}
export const TEXT = "@";
export const MONEY = "#,##0.00";

/** Grouped, as the sheets' lines show amounts: 422,275.00 for money, 1,500 for units. */
export function amountText(value: number, money: boolean): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: money ? 2 : 0,
    maximumFractionDigits: money ? 2 : 1,
  });
}

/** Shown in utilization cells where capacity is 0: Excel turns this text into the error value. */
export const DIVISION_BY_ZERO = "#DIV/0!";

function column(language: Language, key: MessageKey, numberFormat: string): OutputColumn {
  return { header: translate(language, key), numberFormat };
}

/** `2026-11-23 20:58`, the same in every locale. */
export function stamp(time: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A family's name as the result sheets show it: a plan without SOP_Families is "All products". */
export function familyName(plan: PlanData, family: number, language: Language): string {
  const name = plan.families[family] ?? "";
  return name === "" ? translate(language, "wb.allProducts") : name;
}

export interface SheetContext {
  readonly language: Language;
  readonly computedAt: Date;
  /** `SOP_Forecast ('S&OP Input'!B5:G5)`, … for the note. */
  readonly sources: string;
}

/** `S&OP Balance`: one row per family × period with the contract's 14 columns. */
export function balanceSheet(
  plan: PlanData,
  balance: PlanBalance,
  context: SheetContext
): OutputSheet {
  const { language } = context;
  const { input } = plan;
  const columns: OutputColumn[] = [
    column(language, "wb.col.family", TEXT),
    column(language, "wb.col.period", TEXT),
    column(language, "wb.col.forecast", QUANTITY),
    column(language, "wb.col.orders", QUANTITY),
    column(language, "wb.col.effectiveDemand", QUANTITY),
    column(language, "wb.col.openingStock", QUANTITY),
    column(language, "wb.col.production", QUANTITY),
    column(language, "wb.col.capacity", QUANTITY),
    column(language, "wb.col.utilization", "0.0%"),
    column(language, "wb.col.closingStock", QUANTITY),
    column(language, "wb.col.safetyStock", QUANTITY),
    column(language, "wb.col.stockDays", "0.0"),
    column(language, "wb.col.status", TEXT),
    column(language, "wb.col.rollingGap", QUANTITY),
  ];
  const money = plan.money ? planMoney(balance, plan.money) : undefined;
  const perFamilyBudget = plan.money?.budget?.per === "family";
  if (money) {
    const format = moneyFormat(plan, language);
    columns.push(
      column(language, "wb.col.shipped", QUANTITY),
      column(language, "wb.col.revenue", format),
      column(language, "wb.col.cogs", format),
      column(language, "wb.col.margin", format),
      column(language, "wb.col.stockValue", format),
      ...(perFamilyBudget ? [column(language, "wb.col.budgetGap", format)] : [])
    );
  }
  const words = statusWords(language);
  const rows: OutputCell[][] = new Array<OutputCell[]>(balance.families * balance.periods);
  for (let family = 0; family < balance.families; family++) {
    const name = familyName(plan, family, language);
    for (let period = 0; period < balance.periods; period++) {
      const cell = family * balance.periods + period;
      const utilization = balance.utilization[cell] as number;
      const row: OutputCell[] = [
        name,
        plan.periods[period] ?? "",
        input.forecast[cell] as number,
        input.orders[cell] as number,
        balance.effectiveDemand[cell] as number,
        balance.openingStock[cell] as number,
        input.production[cell] as number,
        input.capacity[cell] as number,
        Number.isNaN(utilization) ? DIVISION_BY_ZERO : utilization,
        balance.closingStock[cell] as number,
        input.safetyStock[cell] as number,
        balance.stockDays[cell] as number,
        words[balance.status[cell] as StatusCode] ?? "",
        balance.rollingGap[cell] as number,
      ];
      if (money)
        row.push(
          money.shipped[cell] as number,
          money.revenue[cell] as number,
          money.cogs[cell] as number,
          money.margin[cell] as number,
          money.stockValue[cell] as number,
          ...(perFamilyBudget && money.budgetGap ? [money.budgetGap[cell] as number] : [])
        );
      rows[cell] = row;
    }
  }
  // A budget for all families together is compared per period in a table beside.
  const side =
    money && !perFamilyBudget && plan.money?.budget
      ? totalBudgetTable(plan, money, language)
      : undefined;
  return {
    title: translate(language, "wb.balanceTitle"),
    note: translate(language, "wb.computedFrom", {
      time: stamp(context.computedAt),
      sources: context.sources,
    }),
    columns,
    rows,
    ...(side ? { side } : {}),
    statusColumn: 12,
    statusWords: words,
  };
}

/** Revenue of all families against the total budget, per period: Balance's side table. */
function totalBudgetTable(plan: PlanData, money: PlanMoney, language: Language): SideTable {
  const format = moneyFormat(plan, language);
  return {
    title: translate(language, "wb.money.totalTitle"),
    columns: [
      column(language, "wb.col.period", TEXT),
      column(language, "wb.col.revenue", format),
      column(language, "wb.col.budget", format),
      column(language, "wb.col.budgetGap", format),
    ],
    rows: plan.periods.map((label, t) => [
      label,
      money.totals.revenue[t] as number,
      money.totals.budget?.[t] ?? 0,
      money.totals.budgetGap?.[t] ?? 0,
    ]),
  };
}

/** Every family × period with a rolling gap, analysed: the scenario sheet's and the pack's. */
export function gapsOf(plan: PlanData, balance: PlanBalance): PeriodGap[] {
  return periodGaps(plan.input, balance, plan.options ?? []);
}

/**
 * `S&OP Scenarios`: for each family × period with a rolling gap, the rows `SOP.GAP` gives for that
 * gap, led by the family, the period and the gap, in one filterable table.
 */
export function scenarioSheet(
  plan: PlanData,
  gaps: readonly PeriodGap[],
  context: SheetContext
): OutputSheet {
  const { language } = context;
  const costed =
    (plan.options ?? []).length > 0 &&
    (plan.options ?? []).every((option) => option.unitCost !== undefined);
  const columns: OutputColumn[] = [
    column(language, "wb.col.family", TEXT),
    column(language, "wb.col.period", TEXT),
    column(language, "wb.col.gap", QUANTITY),
    column(language, "wb.col.option", TEXT),
    column(language, "wb.col.addedCapacity", QUANTITY),
    column(language, "wb.col.gapFilled", QUANTITY),
    column(language, "wb.col.remainingGap", QUANTITY),
    column(language, "wb.col.fillRate", "0%"),
    ...(costed ? [column(language, "wb.col.cost", QUANTITY)] : []),
  ];
  const rows: OutputCell[][] = [];
  for (const { family, period, analysis } of gaps) {
    const lead = [familyName(plan, family, language), plan.periods[period] ?? "", analysis.gap];
    for (const s of analysis.scenarios) {
      rows.push([
        ...lead,
        s.name,
        s.addedCapacity,
        s.gapFilled,
        s.remainingGap,
        s.fillRate,
        ...(costed ? [s.cost ?? 0] : []),
      ]);
    }
    const mix = analysis.cheapestMix;
    if (mix) {
      const recipe = mix.parts.map((part) => `${part.name} ${part.quantity}`).join(" + ");
      rows.push([
        ...lead,
        `${translate(language, "gap.cheapestMix")}: ${recipe}`,
        mix.addedCapacity,
        mix.gapFilled,
        mix.remainingGap,
        mix.fillRate,
        mix.cost,
      ]);
    }
  }
  return {
    title: translate(language, "wb.scenariosTitle"),
    note:
      translate(language, "wb.computedFrom", {
        time: stamp(context.computedAt),
        sources: context.sources,
      }) + (gaps.length === 0 ? ` ${translate(language, "wb.noGaps")}` : ""),
    columns,
    rows,
  };
}

/** The taskpane's short summary of a plan, families and periods named. */
export function summarize(plan: PlanData, balance: PlanBalance, language: Language): PlanSummary {
  const { shortagePeriods, firstShortage, lowestStockDays } = summarizeBalance(balance);
  const point = (at: PlanCell) => ({
    family: familyName(plan, at.family, language),
    period: plan.periods[at.period] ?? "",
  });
  return {
    families: balance.families,
    periods: balance.periods,
    shortagePeriods,
    ...(firstShortage ? { firstShortage: point(firstShortage) } : {}),
    ...(lowestStockDays
      ? { lowestStockDays: { ...point(lowestStockDays), stockDays: lowestStockDays.stockDays } }
      : {}),
  };
}
