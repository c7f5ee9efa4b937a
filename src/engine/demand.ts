/**
 * The demand review's numbers (seed 004: review last period's forecast against actuals, then build
 * the unconstrained forecast from the statistical one): a family's statistical forecast with its
 * backtest, its comparison with the planner's forecast, and the accuracy of past cycles' forecasts
 * at lag 1 and lag 3.
 */
import {
  accuracyOfSums,
  addPeriod,
  emptySums,
  forecastAccuracy,
  type Accuracy,
  type AccuracySums,
} from "./accuracy";
import { forecastSeries, type ForecastMethod, type ForecastResult } from "./forecast";
import type { EtsSpec } from "./forecast/ets";
import type { Outcome } from "./problems";

/** The periods a backtest holds back: the last year of monthly history. */
export const BACKTEST_PERIODS = 12;

export interface Backtest {
  /** The periods held back. */
  readonly periods: number;
  /** WMAPE of the method, fitted without the held-back periods, over them. */
  readonly wmape: number;
  /** WMAPE of seasonal naive over the same periods. */
  readonly naiveWmape: number;
  /** Forecast value added over seasonal naive: naiveWmape − wmape (positive: the method helps). */
  readonly fva: number;
}

export interface DemandOptions {
  readonly horizon: number;
  readonly seasonLength: number;
  readonly method: ForecastMethod;
  readonly coverage: number;
}

export interface FamilyForecast {
  readonly result: ForecastResult;
  /** Undefined when the history is too short to hold back a year and still forecast. */
  readonly backtest?: Backtest;
}

/**
 * Holds back the last `holdout` values, forecasts them with the method and with seasonal naive from
 * what is left, and scores both by WMAPE. Needs at least `holdout + 2` values.
 */
export function backtest(
  values: Float64Array,
  options: Pick<DemandOptions, "seasonLength" | "method"> & {
    readonly etsModels?: readonly EtsSpec[];
  },
  holdout = BACKTEST_PERIODS
): Backtest | undefined {
  const n = values.length;
  if (n < holdout + 2) return undefined;
  const train = values.subarray(0, n - holdout);
  const actual = values.subarray(n - holdout);
  const common = { horizon: holdout, seasonLength: options.seasonLength };
  const method = forecastSeries(train, {
    ...common,
    method: options.method,
    ...(options.etsModels ? { etsModels: options.etsModels } : {}),
  });
  const naive = forecastSeries(train, { ...common, method: "snaive" });
  if (!method.ok || !naive.ok) return undefined;
  const accuracy = forecastAccuracy(actual, method.value.forecast, naive.value.forecast);
  return {
    periods: holdout,
    wmape: accuracy.wmape,
    naiveWmape: accuracy.wmape + accuracy.fva,
    fva: accuracy.fva,
  };
}

/** A family's statistical forecast over the plan's periods, with its interval and backtest. */
export function forecastFamily(
  values: Float64Array,
  options: DemandOptions
): Outcome<FamilyForecast> {
  const outcome = forecastSeries(values, options);
  if (!outcome.ok) return outcome;
  // The backtest refits the ETS model chosen on the whole history (its form, not its
  // parameters): choosing again among 15 models would double the run for the same answer.
  const { ets } = outcome.value;
  const test = backtest(values, { ...options, ...(ets ? { etsModels: [ets] } : {}) });
  return {
    ok: true,
    value: test ? { result: outcome.value, backtest: test } : { result: outcome.value },
  };
}

/** Whether the planner's forecast lies outside the statistical forecast's interval. */
export function outsideInterval(planner: number, lower: number, upper: number): boolean {
  return planner < lower || planner > upper;
}

/** One cycle's saved forecasts, as the accuracy loop reads a version. */
export interface CycleForecast {
  /** The plan's period labels, first period first (the cycle is its first period). */
  readonly periods: readonly string[];
  /** The consensus forecast (SOP_Forecast as saved), F × N, family-major. */
  readonly forecast: ArrayLike<number>;
  /** The statistical forecast saved with it, F × N, when the demand review was run that cycle. */
  readonly statistical?: ArrayLike<number>;
}

/** Actuals by period label: SOP_History with its labels, F × H, family-major. */
export interface Actuals {
  readonly periods: readonly string[];
  readonly values: ArrayLike<number>;
}

export interface LagAccuracy {
  readonly lag: number;
  /** The consensus forecast against the actuals, per family and in total. */
  readonly families: readonly Accuracy[];
  readonly total: Accuracy;
  /** WMAPE of the statistical forecast over the periods it was saved for (NaN without any). */
  readonly statisticalWmape: readonly number[];
  readonly totalStatisticalWmape: number;
  /**
   * The consensus forecast's value added over the statistical one: WMAPE of the statistical
   * forecast − WMAPE of the consensus, both over the same periods (those it was saved for).
   */
  readonly statisticalFva: readonly number[];
  readonly totalStatisticalFva: number;
  /** Cycles whose forecast for this lag has an actual now. */
  readonly cycles: number;
}

/**
 * Forecast accuracy at a lag (CONTRACT.md's metrics): for every saved cycle, the forecast it made
 * `lag` periods ahead (its plan's period `lag`: lag 1 is the first period, the month after the
 * history it was made from) against the actual of that period, when the actual is in. Each cycle
 * adds one period per family. The naive forecast is seasonal naive made at the same time: the
 * actual `seasonLength` periods before the period forecast, so FVA is the consensus forecast's
 * value added over seasonal naive; `statisticalWmape` gives it over the statistical forecast.
 */
export function lagAccuracy(
  cycles: readonly CycleForecast[],
  actuals: Actuals,
  families: number,
  lag: number,
  seasonLength: number
): LagAccuracy {
  const position = new Map(actuals.periods.map((label, index) => [label, index]));
  const history = actuals.periods.length;
  const sums = Array.from({ length: families }, emptySums);
  const statistical = Array.from({ length: families }, emptySums);
  // The consensus over the periods that have a statistical forecast, to compare like with like.
  const paired = Array.from({ length: families }, emptySums);
  const total = emptySums();
  const totalStatistical = emptySums();
  const totalPaired = emptySums();
  let counted = 0;
  for (const cycle of cycles) {
    const period = cycle.periods[lag - 1];
    const at = period === undefined ? undefined : position.get(period);
    if (at === undefined) continue;
    const planPeriods = cycle.periods.length;
    let any = false;
    for (let family = 0; family < families; family++) {
      const actual = actuals.values[family * history + at] as number;
      const forecast = cycle.forecast[family * planPeriods + lag - 1] as number;
      const naiveAt = at - seasonLength;
      const naive = naiveAt >= 0 ? (actuals.values[family * history + naiveAt] as number) : NaN;
      for (const into of [sums[family], total] as AccuracySums[])
        addPeriod(into, actual, forecast, naive);
      if (cycle.statistical) {
        const s = cycle.statistical[family * planPeriods + lag - 1] as number;
        for (const into of [statistical[family], totalStatistical] as AccuracySums[])
          addPeriod(into, actual, s);
        for (const into of [paired[family], totalPaired] as AccuracySums[])
          addPeriod(into, actual, forecast);
      }
      any ||= actual === actual;
    }
    if (any) counted++;
  }
  const wmapeOf = (s: AccuracySums) => accuracyOfSums(s, false).wmape;
  return {
    lag,
    families: sums.map((s) => accuracyOfSums(s, s.naivePeriods > 0)),
    total: accuracyOfSums(total, total.naivePeriods > 0),
    statisticalWmape: statistical.map(wmapeOf),
    totalStatisticalWmape: wmapeOf(totalStatistical),
    statisticalFva: statistical.map((s, f) => wmapeOf(s) - wmapeOf(paired[f] as AccuracySums)),
    totalStatisticalFva: wmapeOf(totalStatistical) - wmapeOf(totalPaired),
    cycles: counted,
  };
}
