/**
 * Forecast accuracy, as `SOP.ACCURACY` and the demand review's accuracy loop report it
 * (CONTRACT.md). With e = actual − forecast over the n periods where both are given:
 *   MAPE = mean |e|/|actual| over actual ≠ 0; WMAPE = Σ|e| / Σ|actual|;
 *   sMAPE = mean 2|e| / (|actual| + |forecast|) over periods where that sum > 0;
 *   bias = Σ(forecast − actual) / Σ actual (positive: over-forecast); MAD = mean |e|;
 *   RMSE = √(mean e²); tracking signal = Σe / MAD; FVA = WMAPE(naive) − WMAPE(forecast).
 * A metric that cannot be computed (a zero denominator, no periods) is NaN.
 */

export const ACCURACY_METRICS = [
  "mape",
  "wmape",
  "smape",
  "bias",
  "mad",
  "rmse",
  "trackingSignal",
  "fva",
] as const;
export type AccuracyMetric = (typeof ACCURACY_METRICS)[number];

export type Accuracy = Readonly<Record<AccuracyMetric, number>> & {
  /** The periods the metrics were computed over. */
  readonly periods: number;
};

const given = (x: number): boolean => x === x;

/** The sums the metrics are made of, so that totals over families add up before dividing. */
export interface AccuracySums {
  periods: number;
  absError: number;
  absActual: number;
  actual: number;
  error: number;
  squaredError: number;
  percentSum: number;
  percentCount: number;
  symmetricSum: number;
  symmetricCount: number;
  /** Over the periods where the naive forecast is given too. */
  naivePeriods: number;
  naiveAbsError: number;
  naiveAbsActual: number;
  naiveForecastAbsError: number;
}

export function emptySums(): AccuracySums {
  return {
    periods: 0,
    absError: 0,
    absActual: 0,
    actual: 0,
    error: 0,
    squaredError: 0,
    percentSum: 0,
    percentCount: 0,
    symmetricSum: 0,
    symmetricCount: 0,
    naivePeriods: 0,
    naiveAbsError: 0,
    naiveAbsActual: 0,
    naiveForecastAbsError: 0,
  };
}

/** Adds one period: nothing when the actual or the forecast is not given (NaN). */
export function addPeriod(sums: AccuracySums, actual: number, forecast: number, naive = NaN): void {
  if (!given(actual) || !given(forecast)) return;
  const e = actual - forecast;
  const absE = Math.abs(e);
  sums.periods++;
  sums.absError += absE;
  sums.absActual += Math.abs(actual);
  sums.actual += actual;
  sums.error += e;
  sums.squaredError += e * e;
  if (actual !== 0) {
    sums.percentSum += absE / Math.abs(actual);
    sums.percentCount++;
  }
  const scale = Math.abs(actual) + Math.abs(forecast);
  if (scale > 0) {
    sums.symmetricSum += (2 * absE) / scale;
    sums.symmetricCount++;
  }
  if (given(naive)) {
    sums.naivePeriods++;
    sums.naiveAbsError += Math.abs(actual - naive);
    sums.naiveAbsActual += Math.abs(actual);
    sums.naiveForecastAbsError += absE;
  }
}

const ratio = (a: number, b: number): number => (b !== 0 ? a / b : NaN);

export function accuracyOfSums(sums: AccuracySums, withNaive: boolean): Accuracy {
  const n = sums.periods;
  const mad = ratio(sums.absError, n);
  return {
    periods: n,
    mape: ratio(sums.percentSum, sums.percentCount),
    wmape: ratio(sums.absError, sums.absActual),
    smape: ratio(sums.symmetricSum, sums.symmetricCount),
    bias: ratio(-sums.error, sums.actual),
    mad,
    rmse: n > 0 ? Math.sqrt(sums.squaredError / n) : NaN,
    trackingSignal: n > 0 ? ratio(sums.error, mad) : NaN,
    // FVA compares the two forecasts over the same periods: those where the naive one is given.
    fva: withNaive
      ? ratio(sums.naiveAbsError, sums.naiveAbsActual) -
        ratio(sums.naiveForecastAbsError, sums.naiveAbsActual)
      : NaN,
  };
}

/** The metrics of `forecast` against `actual` (and `naive`), period by period; NaN is "not given". */
export function forecastAccuracy(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  naive?: ArrayLike<number>
): Accuracy {
  const sums = emptySums();
  for (let t = 0; t < actual.length; t++) {
    addPeriod(sums, actual[t] as number, forecast[t] as number, naive ? naive[t] : NaN);
  }
  return accuracyOfSums(sums, naive !== undefined);
}
