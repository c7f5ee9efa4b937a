import {
  lagAccuracy,
  versionOfCycle,
  type Accuracy,
  type CycleForecast,
  type FamilyForecast,
} from "../engine";
import type {
  AccuracyLine,
  AccuracyOutcome,
  ForecastOutcome,
  ForecastRequest,
  ForecastRunOptions,
  Forecaster,
  LagReport,
  PlanningWorkbook,
  RunOptions,
  UseForecastOutcome,
  WorkbookProblem,
} from "../workbook";
import type { CellBlock } from "./sheets/addresses";
import { decodeResults, RESULTS_COLUMN } from "./sheets/versionStore";
import { indexOf, queueStore, queueZones, storedVersion, type StoreReads } from "./versionReads";
import type { IndexedVersion, StoreIndex } from "./sheets/versionStore";
import {
  forecastSheet,
  interpretHistory,
  readForecastSheet,
  statisticalGrid,
  type ForecastChart,
  type HistoryData,
} from "./sheets/demand";
import { interpretInputs, periodAxis, type PlanData, type RangeReads } from "./sheets/inputs";
import { familyName } from "./sheets/tables";
import { rangeChange } from "./versionRestore";
import {
  readInputs,
  sourcesLine,
  type ExcelHost,
  type InputUse,
  type Resolution,
} from "./workbookAccess";
import { writeOutput } from "./workbookAccess";

/**
 * The demand review's operations: Forecast demand (reads the plan and SOP_History, forecasts every
 * family through the Forecaster, writes `S&OP Forecast` with a chart per family), Use statistical
 * forecast (writes the sheet's statistical forecast into SOP_Forecast for chosen families, after a
 * preview), and the accuracy of past cycles' forecasts.
 */
export type DemandOperations = Pick<
  PlanningWorkbook,
  "forecastDemand" | "previewUseForecast" | "useStatisticalForecast" | "readForecastAccuracy"
>;

const DEMAND_USE: InputUse = { options: "no", actualClosing: false, history: true };

export function createDemandOperations(
  host: ExcelHost,
  clock: () => Date,
  forecaster: Forecaster
): DemandOperations {
  return {
    forecastDemand: (request, options) =>
      host.run((context) => forecastDemand(context, request, options, clock, forecaster)),
    previewUseForecast: (families) =>
      host.run(async (context) => {
        const prepared = await prepareUse(context, families);
        if (!prepared.ok) return prepared;
        return { ok: true, families: prepared.families, change: prepared.change };
      }),
    useStatisticalForecast: (families, options) =>
      host.run((context) => useForecast(context, families, options)),
    readForecastAccuracy: () => host.run((context) => readAccuracy(context)),
  };
}

function requestProblems(request: ForecastRequest): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const { seasonLength, coverage } = request;
  if (!Number.isInteger(seasonLength) || seasonLength < 1) {
    problems.push({
      kind: "invalidOption",
      range: "workbook",
      argument: "season_length",
      found: String(seasonLength),
      expected: "≥ 1",
    });
  }
  if (!(coverage > 0 && coverage < 1)) {
    problems.push({
      kind: "invalidOption",
      range: "workbook",
      argument: "interval",
      found: String(coverage),
      expected: "0 – 1",
    });
  }
  return problems;
}

async function forecastDemand(
  context: Excel.RequestContext,
  request: ForecastRequest,
  options: ForecastRunOptions,
  clock: () => Date,
  forecaster: Forecaster
): Promise<ForecastOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");
  let oldTables: Excel.TableCollection | undefined;
  let oldCharts: Excel.ChartCollection | undefined;
  const read = await readInputs(context, DEMAND_USE, (resolution) => {
    const own = resolution.ownSheets.forecast;
    if (own === undefined) return;
    const worksheet = context.workbook.worksheets.getItem(own);
    oldTables = worksheet.tables.load("items/name");
    oldCharts = worksheet.charts.load("items/name");
  });
  if (!read.ok) return read;
  const { resolution, reads } = read;
  progress("validating");
  const problems = requestProblems(request);
  if (problems.length > 0) return { ok: false, problems };
  const interpretation = interpretInputs(reads, { withOptions: false });
  if (!interpretation.ok) return interpretation;
  const { plan } = interpretation;
  const history = readHistory(reads, plan);
  if (!history.ok) return history;

  progress("computing");
  const families = plan.input.families;
  const demand = { ...request, horizon: plan.input.periods };
  const results = await forecaster(
    history.history.values,
    demand,
    (done) => options.onFamilies?.(done, families),
    options.signal
  );
  if (results === "cancelled")
    return { ok: false, problems: [{ kind: "cancelled", range: "workbook" }] };
  const forecasts = results.filter((result): result is FamilyForecast => result !== undefined);
  if (forecasts.length !== families) {
    // The histories were checked (≥ 2 values each), so a forecaster that fails one is broken.
    throw new Error(
      `the forecaster returned ${forecasts.length} forecasts for ${families} families`
    );
  }

  progress("writing");
  const layout = forecastSheet(plan, history.history, forecasts, {
    language: options.language,
    computedAt: clock(),
    sources: sourcesLine(resolution, DEMAND_USE),
    coverage: request.coverage,
  });
  for (const chart of oldCharts?.items ?? []) chart.delete();
  const written = await writeOutput(context, resolution, "forecast", layout.output, oldTables, {
    cycle: plan.periods[0] ?? "",
  });
  if (layout.charts.length > 0) {
    const worksheet = context.workbook.worksheets.getItem(written.sheet);
    for (const chart of layout.charts) drawChart(worksheet, chart);
    await context.sync();
  }
  progress("done");
  return { ok: true, ...written, summary: layout.summary };
}

function drawChart(worksheet: Excel.Worksheet, chart: ForecastChart): void {
  const range = (block: { row: number; column: number; rows: number; columns: number }) =>
    worksheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
  const { data } = chart;
  const width = data.values[0]?.length ?? 0;
  const block = range({
    row: data.row,
    column: data.column,
    rows: data.values.length,
    columns: width,
  });
  // Period labels stay text ("2024-04"), as on the table.
  range({ row: data.row, column: data.column, rows: 1, columns: width }).numberFormat = [["@"]];
  block.values = data.values.map((row) => [...row]);
  block.format.font.color = "#595959";
  const drawn = worksheet.charts.add("Line", range(chart.source), "Rows");
  drawn.title.text = chart.title;
  drawn.axes.categoryAxis.setCategoryNames(range(chart.categories));
  drawn.setPosition(
    range({ ...chart.from, rows: 1, columns: 1 }),
    range({ ...chart.to, rows: 1, columns: 1 })
  );
}

export function readHistory(reads: RangeReads, plan: PlanData) {
  const { SOP_Periods: periods, SOP_Forecast: forecast } = reads;
  if (!periods || !forecast) {
    return {
      ok: false as const,
      problems: [{ kind: "missingName" as const, range: "SOP_Periods" as const }],
    };
  }
  return interpretHistory(reads, plan, periodAxis(periods, forecast));
}

/** After the sync that read it: the plan's statistical forecast from `S&OP Forecast`, F × N. */
export type StatisticalReader = (plan: PlanData) => number[] | undefined;

/**
 * Queues reading our `S&OP Forecast` (when there is one) into the next sync; the reader then
 * gives the plan's statistical forecast when the sheet holds one for every family and period
 * (it was made for this plan), else undefined.
 */
export function queueStatistical(
  context: Excel.RequestContext,
  resolution: Resolution
): StatisticalReader {
  const own = resolution.ownSheets.forecast;
  if (own === undefined) return () => undefined;
  const used = context.workbook.worksheets
    .getItem(own)
    .getUsedRangeOrNullObject(true)
    .load("values");
  return (plan) => {
    if (used.isNullObject) return undefined;
    const sheet = readForecastSheet(used.values);
    if (!sheet) return undefined;
    const grid = statisticalGrid(plan, sheet);
    return grid.every((value) => value !== undefined) ? grid : undefined;
  };
}

interface PreparedUse {
  readonly ok: true;
  readonly families: readonly string[];
  readonly change: ReturnType<typeof rangeChange>;
  /** Where each chosen family's row (or column) of SOP_Forecast is, and its new values. */
  readonly writes: readonly {
    readonly sheet: string;
    readonly block: CellBlock;
    readonly values: unknown[][];
  }[];
}

/**
 * Reads SOP_Forecast and our `S&OP Forecast`, and works out SOP_Forecast's new values: the
 * statistical forecast in the rows (or columns) of the chosen families, every other cell as it is.
 */
async function prepareUse(
  context: Excel.RequestContext,
  chosen: readonly string[]
): Promise<PreparedUse | { ok: false; problems: readonly WorkbookProblem[] }> {
  let sheetValues: Excel.Range | undefined;
  const read = await readInputs(context, { options: "no", actualClosing: false }, (resolution) => {
    const own = resolution.ownSheets.forecast;
    if (own === undefined) return;
    sheetValues = context.workbook.worksheets
      .getItem(own)
      .getUsedRangeOrNullObject(true)
      .load("values");
  });
  if (!read.ok) return read;
  const { resolution, reads } = read;
  const interpretation = interpretInputs(reads, { withOptions: false });
  if (!interpretation.ok) return interpretation;
  const { plan } = interpretation;
  const sheet =
    sheetValues && !sheetValues.isNullObject ? readForecastSheet(sheetValues.values) : undefined;
  if (!sheet) return { ok: false, problems: [{ kind: "forecastNotRun", range: "SOP_Forecast" }] };
  const names = Array.from({ length: plan.input.families }, (_, f) => familyName(plan, f, "en"));
  const shown = (name: string): number =>
    Math.max(names.indexOf(name), name === familyName(plan, 0, "zh") ? 0 : -1);
  const unknown = chosen.filter((name) => shown(name) < 0);
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: unknown.map((name) => ({
        kind: "unknownFamily" as const,
        range: "SOP_Families" as const,
        found: name,
      })),
    };
  }
  const grid = statisticalGrid(plan, sheet);
  const forecastRead = reads.SOP_Forecast;
  const periodsRead = reads.SOP_Periods;
  const target = resolution.resolved.SOP_Forecast;
  if (!forecastRead || !periodsRead || !target) {
    return { ok: false, problems: [{ kind: "missingName", range: "SOP_Forecast" }] };
  }
  const axis = periodAxis(periodsRead, forecastRead);
  const periods = plan.input.periods;
  const values = forecastRead.values.map((row) => [...row]);
  const writes: PreparedUse["writes"][number][] = [];
  for (const name of chosen) {
    const family = shown(name);
    // Only the chosen families' cells are written: the others keep their formulas.
    const { block } = target;
    writes.push(
      axis === "columns"
        ? {
            sheet: target.sheet,
            block: { ...block, row: block.row + family, rows: 1 },
            values: [values[family] ?? []],
          }
        : {
            sheet: target.sheet,
            block: { ...block, column: block.column + family, columns: 1 },
            values: values.map((row) => [row[family]]),
          }
    );
    for (let period = 0; period < periods; period++) {
      const value = grid[family * periods + period];
      if (value === undefined) {
        return {
          ok: false,
          problems: [
            {
              kind: "forecastStale",
              range: "SOP_Forecast",
              found: `${name} ${plan.periods[period] ?? ""}`,
            },
          ],
        };
      }
      const [r, c] = axis === "columns" ? [family, period] : [period, family];
      const row = values[r];
      if (row) row[c] = value;
    }
  }
  const change = rangeChange(
    "SOP_Forecast",
    target.sheet,
    target.block,
    forecastRead.values,
    values
  );
  return { ok: true, families: chosen, change, writes };
}

async function useForecast(
  context: Excel.RequestContext,
  families: readonly string[],
  _options: RunOptions
): Promise<UseForecastOutcome> {
  const prepared = await prepareUse(context, families);
  if (!prepared.ok) return prepared;
  for (const { sheet, block, values } of prepared.writes) {
    context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(block.row, block.column, block.rows, block.columns).values = values;
  }
  await context.sync();
  return { ok: true, families: prepared.families, changedCells: prepared.change.cells };
}

/** The lags the accuracy loop reports: a month ahead, and a quarter ahead. */
export const ACCURACY_LAGS = [1, 3] as const;

/**
 * Lag-1 and lag-3 accuracy (CONTRACT.md's metrics) of every cycle's plan: for each cycle the
 * newest version saved in it without what-if adjustments (a plan, not a variant), its forecast
 * against SOP_History's actuals, by family name. Round trips: the names, the history and the
 * store's index; then the versions' results.
 */
async function readAccuracy(context: Excel.RequestContext): Promise<AccuracyOutcome> {
  let store: StoreReads = { zones: new Map() };
  const read = await readInputs(context, DEMAND_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
  });
  if (!read.ok) return read;
  const interpretation = interpretInputs(read.reads, { withOptions: false });
  if (!interpretation.ok) return interpretation;
  const { plan } = interpretation;
  const history = readHistory(read.reads, plan);
  if (!history.ok) return history;
  const versions = cycleVersions(indexOf(store));
  store = queueZones(
    context,
    store,
    versions.map((v) => v.row),
    RESULTS_COLUMN
  );
  if (versions.length > 0) await context.sync();
  return { ok: true, lags: accuracyLags(plan, history.history, store, versions) };
}

/** Each cycle's plan: the newest version saved in it without what-if adjustments. */
export function cycleVersions(index: StoreIndex): IndexedVersion[] {
  const cycles = [...new Set(index.versions.map((v) => v.info.firstPeriod))];
  return cycles.flatMap((cycle) => {
    const found = versionOfCycle(
      index.versions.map((v) => ({ ...v.info, stored: v })),
      cycle
    );
    return found ? [found.stored] : [];
  });
}

/**
 * The lag reports from the versions' results (their zones loaded in `store`) and the history:
 * each version's forecast, and its statistical forecast where it has one, by family name.
 */
export function accuracyLags(
  plan: PlanData,
  history: HistoryData,
  store: StoreReads,
  versions: readonly IndexedVersion[]
): LagReport[] {
  const names = Array.from({ length: plan.input.families }, (_, f) => plan.families[f] ?? "");
  const cycles: CycleForecast[] = versions.flatMap((version) => {
    const stored = storedVersion(store, version.info.id, decodeResults);
    const forecast = stored.ok ? stored.data.forecast : undefined;
    if (!stored.ok || !forecast) return [];
    const { data } = stored;
    return [
      {
        periods: data.periods,
        forecast: byFamily(names, data.families, forecast, data.periods.length),
        ...(data.statistical
          ? { statistical: byFamily(names, data.families, data.statistical, data.periods.length) }
          : {}),
      },
    ];
  });
  const { labels, grid } = history;
  return ACCURACY_LAGS.map((lag) => {
    const result = lagAccuracy(
      cycles,
      { periods: labels, values: grid },
      names.length,
      lag,
      ACCURACY_SEASON
    );
    const line = (accuracy: Accuracy, fvaStatistical: number): AccuracyLine => ({
      wmape: accuracy.wmape,
      bias: accuracy.bias,
      trackingSignal: accuracy.trackingSignal,
      fvaNaive: accuracy.fva,
      fvaStatistical,
    });
    return {
      lag,
      cycles: result.cycles,
      total: line(result.total, result.totalStatisticalFva),
      families: result.families.map((accuracy, f) => ({
        family: familyName(plan, f, "en"),
        ...line(accuracy, result.statisticalFva[f] ?? NaN),
      })),
    };
  });
}

/** Seasonal naive of the accuracy loop: the same month a year earlier (monthly plans). */
const ACCURACY_SEASON = 12;

/** A version's F' × N grid in the current plan's family order (NaN for a family it did not have). */
function byFamily(
  names: readonly string[],
  saved: readonly string[],
  values: readonly number[],
  periods: number
): Float64Array {
  const out = new Float64Array(names.length * periods).fill(NaN);
  names.forEach((name, family) => {
    const at = saved.indexOf(name);
    if (at < 0) return;
    out.set(values.slice(at * periods, (at + 1) * periods), family * periods);
  });
  return out;
}
