import {
  historyValues,
  outsideInterval,
  periodsBetween,
  type Axis,
  type FamilyForecast,
} from "../../engine";
import { translate, type MessageKey } from "../../i18n";
import type { ForecastSummary, PlanPoint, WorkbookProblem } from "../../workbook";
import { cellAddress, type CellBlock } from "./addresses";
import {
  checkLabels,
  lineCells,
  periodLabel,
  shapeText,
  type PlanData,
  type RangeRead,
  type RangeReads,
} from "./inputs";
import { MAX_CHARTED_FAMILIES } from "./meetingSheet";
import {
  familyName,
  headerRowOf,
  stamp,
  type OutputCell,
  type OutputColumn,
  type OutputSheet,
  type SheetContext,
} from "./tables";

/**
 * The demand review's sheet cells, pure: SOP_History and SOP_HistoryPeriods read and checked
 * against the plan, `S&OP Forecast` built from the forecasts, read back for Use statistical
 * forecast and for versions, and the rows SOP_Forecast gets.
 */

/** Past actuals per family, as the forecasts read them. */
export interface HistoryData {
  readonly labels: readonly string[];
  /** Per family, its values from its first non-blank period (a family launched later). */
  readonly values: readonly Float64Array[];
  /** Per family, the label index its values start at. */
  readonly starts: readonly number[];
  /** Per family and label, the value, NaN before the family's first (F × H, family-major). */
  readonly grid: Float64Array;
}

export type HistoryReading =
  | { readonly ok: true; readonly history: HistoryData }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

/**
 * SOP_HistoryPeriods: H labels, the last one the period before the plan's first. SOP_History:
 * F × H past actuals along the same axis as SOP_Periods (periods across columns when the plan's
 * run across columns), the families in SOP_Forecast's order.
 */
export function interpretHistory(reads: RangeReads, plan: PlanData, axis: Axis): HistoryReading {
  const problems: WorkbookProblem[] = [];
  const labelsRead = reads.SOP_HistoryPeriods;
  const valuesRead = reads.SOP_History;
  if (!valuesRead) problems.push({ kind: "missingName", range: "SOP_History" });
  if (!labelsRead) problems.push({ kind: "missingName", range: "SOP_HistoryPeriods" });
  if (!labelsRead || !valuesRead) return { ok: false, problems };
  const cells = lineCells(labelsRead);
  if (!cells) {
    return {
      ok: false,
      problems: [
        {
          kind: "shapeMismatch",
          range: "SOP_HistoryPeriods",
          found: shapeText(labelsRead.values),
          rule: "oneDimensional",
        },
      ],
    };
  }
  const labels = cells.map((cell) => periodLabel(cell.value, cell.format));
  checkLabels(cells, labels, "SOP_HistoryPeriods", "blankPeriod", "duplicatePeriod", problems);
  const first = plan.periods[0] ?? "";
  if (problems.length === 0) {
    const missing = periodsBetween(labels, first);
    const last = labels.at(-1) ?? "";
    const cell = cells.at(-1)?.address;
    const at = cell ? { cell } : {};
    if (missing === undefined) {
      problems.push({
        kind: "historyNotBeforePlan",
        range: "SOP_HistoryPeriods",
        ...at,
        found: last,
        expected: first,
      });
    } else if (missing.length > 0) {
      const span = missing.length === 1 ? missing[0] : `${missing[0]} – ${missing.at(-1)}`;
      problems.push({
        kind: "historyMissingPeriods",
        range: "SOP_HistoryPeriods",
        ...at,
        found: last,
        expected: span ?? "",
      });
    }
  }
  const families = plan.input.families;
  const count = labels.length;
  const rows = valuesRead.values.length;
  const columns = valuesRead.values[0]?.length ?? 0;
  const [wantRows, wantColumns] = axis === "columns" ? [families, count] : [count, families];
  if (rows !== wantRows || columns !== wantColumns) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_History",
      found: `${rows} × ${columns}`,
      expected: `${wantRows} × ${wantColumns}`,
    });
    return { ok: false, problems };
  }
  const values: Float64Array[] = [];
  const starts: number[] = [];
  const grid = new Float64Array(families * count).fill(NaN);
  for (let family = 0; family < families; family++) {
    const at = (t: number): [number, number] => (axis === "columns" ? [family, t] : [t, family]);
    const line = Array.from({ length: count }, (_, t) => {
      const [r, c] = at(t);
      return valuesRead.values[r]?.[c];
    });
    const read = historyValues(line, "SOP_History");
    if (!read.ok) {
      for (const problem of read.problems) {
        const [r, c] = at(problem.index ?? count - 1);
        problems.push({
          kind: problem.kind,
          range: "SOP_History",
          cell:
            problem.index === undefined
              ? rangeOfFamily(valuesRead, axis, family, count)
              : cellAddress(valuesRead.sheet, valuesRead.row + r, valuesRead.column + c),
          ...(problem.found !== undefined ? { found: problem.found } : {}),
          ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
          ...(problem.kind === "tooShort" ? {} : { errorClass: problem.errorClass }),
        });
      }
      continue;
    }
    values.push(read.value.values);
    starts.push(read.value.start);
    grid.set(read.value.values, family * count + read.value.start);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, history: { labels, values, starts, grid } };
}

function rangeOfFamily(read: RangeRead, axis: Axis, family: number, count: number): string {
  const [r, c] = axis === "columns" ? [family, 0] : [0, family];
  const [r2, c2] = axis === "columns" ? [family, count - 1] : [count - 1, family];
  const from = cellAddress(read.sheet, read.row + r, read.column + c);
  const to =
    cellAddress(read.sheet, read.row + r2, read.column + c2)
      .split("!")
      .at(-1) ?? "";
  return `${from}:${to}`;
}

const QUANTITY = "#,##0";
const PERCENT = "0.0%";
const TEXT = "@";

/** The columns of `S&OP Forecast`, in order (a planner's formulas may point at them). */
export const FORECAST_COLUMNS = [
  ["wb.col.family", TEXT],
  ["wb.col.period", TEXT],
  ["wb.col.actual", QUANTITY],
  ["wb.col.statistical", QUANTITY],
  ["wb.col.lower", QUANTITY],
  ["wb.col.upper", QUANTITY],
  ["wb.col.plannerForecast", QUANTITY],
  ["wb.col.difference", QUANTITY],
  ["wb.col.outside", TEXT],
  ["wb.col.method", TEXT],
  ["wb.col.parameters", TEXT],
  ["wb.col.backtestWmape", PERCENT],
  ["wb.col.naiveWmape", PERCENT],
  ["wb.col.fva", PERCENT],
] as const satisfies readonly (readonly [MessageKey, string])[];

const COLUMN = {
  family: 0,
  period: 1,
  actual: 2,
  statistical: 3,
  lower: 4,
  upper: 5,
  planner: 6,
  outside: 8,
} as const;

/**
 * A family's chart: history, forecast and interval, series by rows from its data block (a row of
 * period labels, then one row per series with its name first), drawn above the block.
 */
export interface ForecastChart {
  readonly title: string;
  /** Where the block starts and its cells. */
  readonly data: { readonly row: number; readonly column: number; readonly values: OutputCell[][] };
  readonly source: CellBlock;
  readonly categories: CellBlock;
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
}

export interface ForecastLayout {
  readonly output: OutputSheet;
  readonly charts: readonly ForecastChart[];
  readonly summary: ForecastSummary;
}

const PARAMETER_NAMES: Readonly<Record<string, string>> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  phi: "φ",
};

/** `α 0.31, β 0.02`, with `auto`'s parts as `ets.α 0.31`. */
export function parametersText(parameters: Readonly<Record<string, number>>): string {
  return Object.entries(parameters)
    .map(([name, value]) => {
      const dot = name.indexOf(".");
      const part = dot >= 0 ? name.slice(0, dot) : undefined;
      const key = dot >= 0 ? name.slice(dot + 1) : name;
      const symbol = PARAMETER_NAMES[key] ?? key;
      return `${part ? `${part}.` : ""}${symbol} ${value.toFixed(3)}`;
    })
    .join(", ");
}

const CHART_COLUMN = FORECAST_COLUMNS.length + 1;
/** Rows of one family's chart, then its data block of 5 rows, then a blank row. */
const CHART_ROWS = 15;
const BLOCK_ROWS = CHART_ROWS + 5 + 1;
const CHART_COLUMNS = 8;

/**
 * `S&OP Forecast`: per family its history rows (the actuals), then the plan's periods with the
 * statistical forecast, its interval, the planner's SOP_Forecast, the difference (planner −
 * statistical) and a flag where the planner's is outside the interval; on each of those rows
 * the method, its parameters and the backtest (WMAPE of the method and of seasonal naive over the
 * held-back year, and their difference, the FVA). A chart per family beside the table.
 */
export function forecastSheet(
  plan: PlanData,
  history: HistoryData,
  forecasts: readonly FamilyForecast[],
  context: SheetContext & { readonly coverage: number }
): ForecastLayout {
  const { language } = context;
  const columns: OutputColumn[] = FORECAST_COLUMNS.map(([key, numberFormat]) => ({
    header: translate(language, key, { n: Math.round(context.coverage * 100) }),
    numberFormat,
  }));
  const { input, periods } = plan;
  const planPeriods = input.periods;
  const outsideWord = translate(language, "wb.outsideInterval");
  const rows: OutputCell[][] = [];
  const chartRanges: { family: number; first: number; count: number }[] = [];
  let outside = 0;
  let firstOutside: PlanPoint | undefined;
  let backtestError = 0;
  let naiveError = 0;
  let backtested = 0;
  forecasts.forEach((forecast, family) => {
    const name = familyName(plan, family, language);
    const { result, backtest } = forecast;
    const common: OutputCell[] = [
      result.model,
      parametersText(result.parameters),
      backtest ? backtest.wmape : "",
      backtest ? backtest.naiveWmape : "",
      backtest ? backtest.fva : "",
    ];
    if (backtest && Number.isFinite(backtest.wmape) && Number.isFinite(backtest.naiveWmape)) {
      backtestError += backtest.wmape;
      naiveError += backtest.naiveWmape;
      backtested++;
    }
    const first = rows.length;
    const start = history.starts[family] ?? 0;
    // The method and its backtest are the plan rows' (the history rows would repeat them 60 times).
    const none = common.map(() => "");
    history.labels.forEach((label, t) => {
      const value = t >= start ? (history.values[family]?.[t - start] ?? "") : "";
      rows.push([name, label, value, "", "", "", "", "", "", ...none]);
    });
    for (let period = 0; period < planPeriods; period++) {
      const statistical = result.forecast[period] as number;
      const lower = result.lower?.[period] ?? statistical;
      const upper = result.upper?.[period] ?? statistical;
      const planner = input.forecast[family * planPeriods + period] as number;
      const isOutside = outsideInterval(planner, lower, upper);
      if (isOutside) {
        outside++;
        firstOutside ??= { family: name, period: periods[period] ?? "" };
      }
      rows.push([
        name,
        periods[period] ?? "",
        "",
        statistical,
        lower,
        upper,
        planner,
        planner - statistical,
        isOutside ? outsideWord : "",
        ...common,
      ]);
    }
    chartRanges.push({ family, first, count: rows.length - first });
  });
  const output: OutputSheet = {
    title: translate(language, "wb.forecastTitle"),
    note: translate(language, "wb.computedFrom", {
      time: stamp(context.computedAt),
      sources: context.sources,
    }),
    lines: [translate(language, "wb.forecastLegend", { n: Math.round(context.coverage * 100) })],
    columns,
    rows,
    // The flag is coloured as a shortage is.
    statusColumn: COLUMN.outside,
    statusWords: flagWords(outsideWord),
  };
  const headerRow = headerRowOf(output);
  const seriesNames = [COLUMN.actual, COLUMN.statistical, COLUMN.lower, COLUMN.upper].map(
    (index) => columns[index]?.header ?? ""
  );
  const charts = chartRanges.slice(0, MAX_CHARTED_FAMILIES).map(({ first, count, family }, i) => {
    const top = headerRow + i * BLOCK_ROWS;
    const dataRow = top + CHART_ROWS;
    const familyRows = rows.slice(first, first + count);
    const values: OutputCell[][] = [
      [familyName(plan, family, language), ...familyRows.map((row) => row[COLUMN.period] ?? "")],
      ...[COLUMN.actual, COLUMN.statistical, COLUMN.lower, COLUMN.upper].map((index, k) => [
        seriesNames[k] ?? "",
        ...familyRows.map((row) => row[index] ?? ""),
      ]),
    ];
    return {
      title: familyName(plan, family, language),
      data: { row: dataRow, column: CHART_COLUMN, values },
      source: { row: dataRow + 1, column: CHART_COLUMN, rows: 4, columns: count + 1 },
      categories: { row: dataRow, column: CHART_COLUMN + 1, rows: 1, columns: count },
      from: { row: top, column: CHART_COLUMN },
      to: { row: top + CHART_ROWS - 1, column: CHART_COLUMN + CHART_COLUMNS },
    };
  });
  return {
    output,
    charts,
    summary: {
      families: forecasts.length,
      periods: planPeriods,
      historyPeriods: history.labels.length,
      outside,
      ...(firstOutside ? { firstOutside } : {}),
      ...(backtested > 0
        ? { backtestWmape: backtestError / backtested, naiveWmape: naiveError / backtested }
        : {}),
      charts: charts.length,
    },
  };
}

/** The flag coloured as Shortage is (status code 1); no word for the other colours. */
function flagWords(word: string): string[] {
  const words: string[] = [];
  words[1] = word;
  return words;
}

/** The statistical forecast of `S&OP Forecast` read back: by family name, by period label. */
export type StatisticalForecast = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Reads the table of `S&OP Forecast` (its used range's values from A1): the rows of the plan's
 * periods, those with a statistical forecast. Undefined when the sheet does not hold our table.
 */
export function readForecastSheet(
  values: readonly (readonly unknown[])[]
): StatisticalForecast | undefined {
  const header = findHeaderInAnyLanguage(values);
  if (header < 0) return undefined;
  const byFamily = new Map<string, Map<string, number>>();
  for (const row of values.slice(header + 1)) {
    const family = row[COLUMN.family];
    const period = row[COLUMN.period];
    const value = row[COLUMN.statistical];
    if (typeof value !== "number" || !isLabel(family) || !isLabel(period)) continue;
    const name = String(family);
    let periods = byFamily.get(name);
    if (!periods) {
      periods = new Map<string, number>();
      byFamily.set(name, periods);
    }
    periods.set(String(period), value);
  }
  return byFamily;
}

function findHeaderInAnyLanguage(values: readonly (readonly unknown[])[]): number {
  const headers = (["en", "zh"] as const).map((language) =>
    translate(language, "wb.col.statistical")
  );
  return values.findIndex((row) => {
    const cell = row[COLUMN.statistical];
    return typeof cell === "string" && headers.includes(cell);
  });
}

/** A family name or period label as a cell holds it: text, or a number (a numbered period). */
const isLabel = (cell: unknown): cell is string | number =>
  (typeof cell === "string" && cell !== "") || typeof cell === "number";

/**
 * The plan's statistical forecast (F × N, family-major) from the sheet read back; undefined where
 * the sheet has no value for a family's period. A plan without family names is "All products" in
 * the language the sheet was written in.
 */
export function statisticalGrid(
  plan: PlanData,
  sheet: StatisticalForecast
): (number | undefined)[] {
  const { families, periods } = plan.input;
  const grid: (number | undefined)[] = new Array<number | undefined>(families * periods);
  for (let family = 0; family < families; family++) {
    const byPeriod =
      sheet.get(familyName(plan, family, "en")) ?? sheet.get(familyName(plan, family, "zh"));
    for (let period = 0; period < periods; period++) {
      grid[family * periods + period] = byPeriod?.get(plan.periods[period] ?? "");
    }
  }
  return grid;
}
