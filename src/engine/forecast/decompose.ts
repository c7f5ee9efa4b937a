/**
 * Classical decomposition and the seasonality test of the Theta method, as R's `decompose()` and
 * `forecast::thetaf()` compute them (Hyndman & Athanasopoulos, *Forecasting: Principles and
 * Practice*, 2nd ed., §6.3 "Classical decomposition").
 */

// Taken once: in a script context of its own (Excel's runtime, the bench's `node:vm`), a global
// looked up inside a hot loop costs more than the arithmetic around it.
const { abs, floor, min, sqrt } = Math;

export type SeasonForm = "additive" | "multiplicative";

/**
 * The seasonal figure of `y` with season length `m` (m ≥ 2, at least two full seasons): index k is
 * the seasonal component of every period t with t mod m = k (t counted from 0 at y's first value).
 * The trend is the centred moving average (a 2 × m MA when m is even); each position's figure is
 * the mean of its detrended values, normalised to average 1 (multiplicative) or 0 (additive).
 */
export function seasonalFigure(y: ArrayLike<number>, m: number, form: SeasonForm): Float64Array {
  const n = y.length;
  const half = floor(m / 2);
  const even = m % 2 === 0;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  // Running window sum: the trend at t is (Σ y[t-half..t+half] − (even ? ½(y[t-half] + y[t+half]) : 0)) / m.
  let window = 0;
  for (let i = 0; i < min(n, 2 * half + 1); i++) window += y[i] as number;
  for (let t = half; t + half < n; t++) {
    if (t > half) window += (y[t + half] as number) - (y[t - half - 1] as number);
    const edge = even ? ((y[t - half] as number) + (y[t + half] as number)) / 2 : 0;
    const trend = (window - edge) / m;
    const k = t % m;
    const value = y[t] as number;
    sums[k] = (sums[k] as number) + (form === "multiplicative" ? value / trend : value - trend);
    counts[k] = (counts[k] as number) + 1;
  }
  const figure = new Float64Array(m);
  let mean = 0;
  for (let k = 0; k < m; k++) {
    figure[k] =
      (counts[k] as number) > 0
        ? (sums[k] as number) / (counts[k] as number)
        : form === "multiplicative"
          ? 1
          : 0;
    mean += (figure[k] as number) / m;
  }
  for (let k = 0; k < m; k++) {
    figure[k] =
      form === "multiplicative" ? (figure[k] as number) / mean : (figure[k] as number) - mean;
  }
  return figure;
}

/** The sample autocorrelations r₁ … r_maxLag of y (the usual biased estimator, as R's `acf()`). */
export function autocorrelations(y: ArrayLike<number>, maxLag: number): Float64Array {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += (y[t] as number) / n;
  let denominator = 0;
  for (let t = 0; t < n; t++) denominator += ((y[t] as number) - mean) ** 2;
  const r = new Float64Array(maxLag);
  if (denominator === 0) return r;
  for (let k = 1; k <= maxLag; k++) {
    let sum = 0;
    for (let t = 0; t + k < n; t++)
      sum += ((y[t] as number) - mean) * ((y[t + k] as number) - mean);
    r[k - 1] = sum / denominator;
  }
  return r;
}

/**
 * `thetaf()`'s test: y is seasonal when |r_m| exceeds 1.645 standard errors, the standard error
 * being √((1 + 2 Σ_{k<m} r_k²) / n) (Bartlett's formula): a one-sided 5 % test.
 */
export function isSeasonal(y: ArrayLike<number>, m: number): boolean {
  if (m < 2 || y.length < 2 * m) return false;
  const r = autocorrelations(y, m);
  let sum = 0;
  for (let k = 0; k < m - 1; k++) sum += (r[k] as number) ** 2;
  const standardError = sqrt((1 + 2 * sum) / y.length);
  return standardError > 0 && abs(r[m - 1] as number) / standardError > SEASONAL_Z;
}

/** Φ⁻¹(0.95). */
const SEASONAL_Z = 1.6448536269514722;
