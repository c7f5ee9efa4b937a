/**
 * The Theta method (Assimakopoulos & Nikolopoulos, "The theta model: a decomposition approach to
 * forecasting", International Journal of Forecasting 16, 2000), in the form Hyndman & Billah showed
 * equivalent to simple exponential smoothing with drift ("Unmasking the Theta method", IJF 19,
 * 2003) and as `forecast::thetaf()` computes it:
 *   1. when the series is seasonal (the ACF test of `isSeasonal`), divide by the multiplicative
 *      classical-decomposition figure (additive when a value is not positive);
 *   2. fit simple exponential smoothing, ETS(A,N,N), by likelihood: α and ℓ₀;
 *   3. forecast ℓ_n + (b/2)·(j − 1 + (1 − (1 − α)ⁿ)/α) for j = 1 … h, b the slope of the
 *      least-squares line through the adjusted series: half the trend, as θ = 0 and θ = 2 combine;
 *   4. put the season back. The variance is σ²(1 + (j − 1)α²), SES's.
 */
import { isSeasonal, seasonalFigure, type SeasonForm } from "./decompose";
import { fitEts } from "./ets";

export interface ThetaFit {
  readonly alpha: number;
  readonly level: number;
  /** Half the slope of the line through the (seasonally adjusted) history. */
  readonly drift: number;
  readonly n: number;
  readonly sigma2: number;
  /** The seasonal figure by t mod m, when the series is seasonal. */
  readonly season?: {
    readonly figure: Float64Array;
    readonly form: SeasonForm;
    readonly m: number;
  };
}

export function fitTheta(y: ArrayLike<number>, m: number): ThetaFit | undefined {
  const n = y.length;
  let adjusted: ArrayLike<number> = y;
  let season: ThetaFit["season"];
  if (isSeasonal(y, m)) {
    let positive = true;
    for (let t = 0; t < n; t++) if (!((y[t] as number) > 0)) positive = false;
    const form: SeasonForm = positive ? "multiplicative" : "additive";
    const figure = seasonalFigure(y, m, form);
    const sa = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const s = figure[t % m] as number;
      sa[t] = form === "multiplicative" ? (y[t] as number) / s : (y[t] as number) - s;
    }
    adjusted = sa;
    season = { figure, form, m };
  }
  const ses = fitEts(adjusted, 1, { error: "A", trend: "N", season: "N" });
  if (!ses) return undefined;
  // Least-squares slope against t = 0 … n − 1.
  const meanT = (n - 1) / 2;
  let meanY = 0;
  for (let t = 0; t < n; t++) meanY += (adjusted[t] as number) / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - meanT) * ((adjusted[t] as number) - meanY);
    sxx += (t - meanT) ** 2;
  }
  const drift = sxx > 0 ? sxy / sxx / 2 : 0;
  const fit: ThetaFit = { alpha: ses.alpha, level: ses.level, drift, n, sigma2: ses.sigma2 };
  return season ? { ...fit, season } : fit;
}

/** Point forecasts and variances 1 … h ahead. */
export function thetaForecast(
  fit: ThetaFit,
  h: number
): { mean: Float64Array; variance: Float64Array } {
  const { alpha, level, drift, n, sigma2, season } = fit;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  const start = (1 - (1 - alpha) ** n) / alpha;
  for (let j = 1; j <= h; j++) {
    let value = level + drift * (j - 1 + start);
    let v = sigma2 * (1 + (j - 1) * alpha * alpha);
    if (season) {
      const s = season.figure[(n + j - 1) % season.m] as number;
      if (season.form === "multiplicative") {
        value *= s;
        v *= s * s;
      } else value += s;
    }
    mean[j - 1] = value;
    variance[j - 1] = v;
  }
  return { mean, variance };
}
