import {
  type CellMoney,
  type CellValues,
  type PlanComparison,
  type StatusCode,
} from "../../engine";
import { statusWord, statusWords, translate, type Language, type MessageKey } from "../../i18n";
import type { CompareSummary } from "../../workbook";
import {
  languageMoneyFormat,
  stamp,
  type OutputCell,
  type OutputColumn,
  type OutputSheet,
} from "./tables";

/**
 * `S&OP Compare` as plain cells, built without Excel: per family × period the first plan's value,
 * the second's and the difference, for effective demand, production, closing stock and stock
 * days, then both statuses and the change between them; a summary above the table.
 */

/** Between the old and the new status in the change column; the sheet highlights cells with it. */
export const CHANGE_ARROW = "→";

const QUANTITY = "#,##0";
const DIFFERENCE = "+#,##0;-#,##0;0";
const DAYS = "0.0";
const DAYS_DIFFERENCE = "+0.0;-0.0;0.0";
const TEXT = "@";
/** How many cells the summary names before "and n more". */
const LISTED = 10;

export interface CompareContext {
  readonly language: Language;
  readonly computedAt: Date;
  /** How each side is described: `«2024-04» (saved 2026-10-28 09:12)`, `current inputs`. */
  readonly first: string;
  readonly second: string;
}

const METRICS = [
  { key: "wb.col.effectiveDemand", value: "effectiveDemand", format: QUANTITY, diff: DIFFERENCE },
  { key: "wb.col.production", value: "production", format: QUANTITY, diff: DIFFERENCE },
  { key: "wb.col.closingStock", value: "closingStock", format: QUANTITY, diff: DIFFERENCE },
  { key: "wb.col.stockDays", value: "stockDays", format: DAYS, diff: DAYS_DIFFERENCE },
] as const satisfies readonly {
  key: MessageKey;
  value: keyof CellValues;
  format: string;
  diff: string;
}[];

/** The money view's metrics, after the quantities, when both plans are in money. */
const MONEY_METRICS = [
  { key: "wb.col.revenue", value: "revenue" },
  { key: "wb.col.margin", value: "margin" },
  { key: "wb.col.stockValue", value: "stockValue" },
] as const satisfies readonly { key: MessageKey; value: keyof CellMoney }[];

/** Signed, grouped, at most one decimal: `+1,200`, `-35.5`, `0`. */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toLocaleString("en-US", { maximumFractionDigits: 1 });
  return rounded > 0 ? `+${text}` : rounded < 0 ? `-${text}` : "0";
}

function point(language: Language, family: string, period: string): string {
  return `${family === "" ? translate(language, "wb.allProducts") : family} ${period}`;
}

export function compareSheet(comparison: PlanComparison, context: CompareContext): OutputSheet {
  const { language } = context;
  const t = (key: MessageKey, values?: Record<string, string>): string =>
    translate(language, key, values);
  const columns: OutputColumn[] = [
    { header: t("wb.col.family"), numberFormat: TEXT },
    { header: t("wb.col.period"), numberFormat: TEXT },
  ];
  for (const metric of METRICS) {
    const name = t(metric.key);
    columns.push(
      { header: t("wb.compare.first", { column: name }), numberFormat: metric.format },
      { header: t("wb.compare.second", { column: name }), numberFormat: metric.format },
      { header: t("wb.compare.change", { column: name }), numberFormat: metric.diff }
    );
  }
  // The money view: both plans had prices when they were saved (or are the current inputs).
  const inMoney = comparison.moneyChange !== undefined;
  const money = languageMoneyFormat(language);
  const moneyDiff = `+${money};-${money};0`;
  if (inMoney) {
    for (const metric of MONEY_METRICS) {
      const name = t(metric.key);
      columns.push(
        { header: t("wb.compare.first", { column: name }), numberFormat: money },
        { header: t("wb.compare.second", { column: name }), numberFormat: money },
        { header: t("wb.compare.change", { column: name }), numberFormat: moneyDiff }
      );
    }
  }
  const status = t("wb.col.status");
  columns.push(
    { header: t("wb.compare.first", { column: status }), numberFormat: TEXT },
    { header: t("wb.compare.second", { column: status }), numberFormat: TEXT },
    { header: t("wb.compare.statusChange"), numberFormat: TEXT }
  );
  const word = (code: StatusCode): string => statusWord(language, code);

  const rows = comparison.rows.map((row): OutputCell[] => {
    const { first, second } = row;
    const cells: OutputCell[] = [row.family === "" ? t("wb.allProducts") : row.family, row.period];
    for (const metric of METRICS) {
      const a = first?.[metric.value];
      const b = second?.[metric.value];
      cells.push(a ?? "", b ?? "", a !== undefined && b !== undefined ? b - a : "");
    }
    if (inMoney) {
      for (const metric of MONEY_METRICS) {
        const a = first?.money?.[metric.value];
        const b = second?.money?.[metric.value];
        cells.push(a ?? "", b ?? "", a !== undefined && b !== undefined ? b - a : "");
      }
    }
    const change =
      first && second && first.status !== second.status
        ? `${word(first.status)} ${CHANGE_ARROW} ${word(second.status)}`
        : "";
    cells.push(first ? word(first.status) : "", second ? word(second.status) : "", change);
    return cells;
  });

  const turned = comparison.turnedShortage;
  const turnedList = turned
    .slice(0, LISTED)
    .map((cell) => point(language, cell.family, cell.period))
    .join(", ");
  const more =
    turned.length > LISTED ? t("wb.compare.more", { n: String(turned.length - LISTED) }) : "";
  const largest = comparison.largestStockChanges
    .map((change) => `${point(language, change.family, change.period)} ${signed(change.change)}`)
    .join("; ");
  const lines = [
    t("wb.compare.sides", { first: context.first, second: context.second }),
    turned.length === 0
      ? t("wb.compare.noneTurned")
      : t("wb.compare.turned", { n: String(turned.length), cells: turnedList + more }),
    largest === "" ? t("wb.compare.noStockChange") : t("wb.compare.largest", { changes: largest }),
    t("wb.compare.production", {
      change: signed(comparison.productionChange),
      cells: String(comparison.sharedCells),
    }),
    ...(comparison.moneyChange
      ? [
          t("wb.compare.money", {
            revenue: signed(comparison.moneyChange.revenue),
            margin: signed(comparison.moneyChange.margin),
            stockValue: signed(comparison.moneyChange.stockValue),
          }),
        ]
      : []),
  ];
  const statusColumn = 2 + (METRICS.length + (inMoney ? MONEY_METRICS.length : 0)) * 3;
  return {
    title: t("wb.compareTitle"),
    note: t("wb.compare.note", { time: stamp(context.computedAt) }),
    lines,
    columns,
    rows,
    statusColumn,
    moreStatusColumns: [statusColumn + 1],
    changeColumn: statusColumn + 2,
    statusWords: statusWords(language),
  };
}

export function compareSummary(comparison: PlanComparison): CompareSummary {
  const largest = comparison.largestStockChanges[0];
  return {
    turnedShortage: comparison.turnedShortage.length,
    productionChange: comparison.productionChange,
    ...(largest
      ? {
          largestStockChange: {
            family: largest.family,
            period: largest.period,
            change: largest.change,
          },
        }
      : {}),
  };
}
