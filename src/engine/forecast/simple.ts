/**
 * The benchmark methods and intermittent demand (Hyndman & Athanasopoulos, *Forecasting:
 * Principles and Practice*, 2nd ed., §3.1 and §3.5 for the variances):
 * - naive: the last value; variance hσ², σ² the mean squared one-step change;
 * - seasonal naive: the value one season back; variance (⌊(h − 1)/m⌋ + 1)σ², σ² the mean squared
 *   change over a season;
 * - Croston's method with the Syntetos–Boylan approximation (SBA; Croston, Operational Research
 *   Quarterly 23, 1972; Syntetos & Boylan, IJF 21, 2005): demand sizes z and the intervals p
 *   between demands are each smoothed with α = 0.1 at every period with a demand, and the forecast
 *   is (1 − α/2)·z/p, the same for every period ahead. Its variance is σ²(1 + (h − 1)α²), σ² the
 *   mean squared one-step error of the in-sample forecasts (as SES's, which it smooths like).
 */

// Taken once: in a script context of its own (Excel's runtime, the bench's `node:vm`), a global
// looked up inside a hot loop costs more than the arithmetic around it.
const { floor } = Math;
const INFINITY = 1 / 0;

export interface SimpleForecast {
  readonly mean: Float64Array;
  readonly variance: Float64Array;
}

export function naiveForecast(y: ArrayLike<number>, h: number): SimpleForecast {
  return seasonalNaiveForecast(y, 1, h);
}

export function seasonalNaiveForecast(y: ArrayLike<number>, m: number, h: number): SimpleForecast {
  const n = y.length;
  let sum = 0;
  for (let t = m; t < n; t++) sum += ((y[t] as number) - (y[t - m] as number)) ** 2;
  const sigma2 = n > m ? sum / (n - m) : 0;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  for (let j = 1; j <= h; j++) {
    mean[j - 1] = y[n - m + ((j - 1) % m)] as number;
    variance[j - 1] = sigma2 * (floor((j - 1) / m) + 1);
  }
  return { mean, variance };
}

/** The smoothing constant of Croston's method, the literature's usual one. */
export const CROSTON_ALPHA = 0.1;

export function crostonForecast(y: ArrayLike<number>, h: number): SimpleForecast {
  const n = y.length;
  const alpha = CROSTON_ALPHA;
  const correction = 1 - alpha / 2;
  let size = 0;
  let interval = 0;
  let since = 0;
  let started = false;
  let squares = 0;
  let counted = 0;
  for (let t = 0; t < n; t++) {
    const value = y[t] as number;
    since++;
    if (started) {
      const error = value - (correction * size) / interval;
      squares += error * error;
      counted++;
    }
    if (value === 0) continue;
    if (!started) {
      size = value;
      interval = since;
      started = true;
    } else {
      size += alpha * (value - size);
      interval += alpha * (since - interval);
    }
    since = 0;
  }
  const level = started ? (correction * size) / interval : 0;
  const sigma2 = counted > 0 ? squares / counted : 0;
  const mean = new Float64Array(h).fill(level);
  const variance = new Float64Array(h);
  for (let j = 1; j <= h; j++) variance[j - 1] = sigma2 * (1 + (j - 1) * alpha * alpha);
  return { mean, variance };
}

/** Syntetos–Boylan: demand is intermittent when the average interval between demands exceeds 1.32. */
export const INTERMITTENT_INTERVAL = 1.32;

export function averageDemandInterval(y: ArrayLike<number>): number {
  let demands = 0;
  for (let t = 0; t < y.length; t++) if ((y[t] as number) !== 0) demands++;
  return demands === 0 ? INFINITY : y.length / demands;
}
