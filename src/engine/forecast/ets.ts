/**
 * Exponential smoothing state-space models, ETS(error, trend, season), as in Hyndman, Koehler, Ord
 * & Snyder, *Forecasting with Exponential Smoothing: The State Space Approach* (Springer, 2008),
 * ch. 2 (Table 2.3, the recursions) and ch. 5 (likelihood), and Hyndman & Athanasopoulos,
 * *Forecasting: Principles and Practice*, 2nd ed., §7.5–7.7 (Tables 7.8, 7.9; AICc selection).
 *
 * Error: A (additive) or M (multiplicative). Trend: N, A, or Ad (damped). Season: N, A or M.
 * With base μ = ℓ + φb (ℓ when there is no trend) and s the season's state m periods back:
 *   one-step forecast ŷ = μ (N), μ + s (A), μ·s (M);
 *   additive error ε = y − ŷ:   ℓ = μ + αε/q,  b = φb + βε/q,  s = s + γε/r;
 *   multiplicative ε = (y − ŷ)/ŷ: ℓ = μ + αŷε/q, b = φb + βŷε/q, s = s + γŷε/r;
 * where q = s, r = μ for a multiplicative season and q = r = 1 otherwise — which is Table 2.3 of
 * Hyndman et al. (2008) written once for every model.
 *
 * Fitting follows `forecast::ets()`: the initial level and trend and the smoothing parameters are
 * chosen by maximum likelihood (−2 log L ∝ n log Σε² + 2 Σ log|ŷ| for multiplicative errors),
 * with the "usual" bounds 0 < β < α < 1, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98; the initial seasonal
 * states come from a classical decomposition of the first seasons (ets()'s own heuristic) and are
 * not re-estimated, which keeps the fit fast. Models are compared by AICc.
 */
import { seasonalFigure } from "./decompose";
import { minimize } from "./optimize";

// Taken once: in a script context of its own (Excel's runtime, the bench's `node:vm`), a global
// looked up inside a hot loop costs more than the arithmetic around it.
const { abs, exp, log, max, min } = Math;
const { isFinite } = Number;
const INFINITY = 1 / 0;

export type ErrorType = "A" | "M";
export type TrendType = "N" | "A" | "Ad";
export type SeasonType = "N" | "A" | "M";

export interface EtsSpec {
  readonly error: ErrorType;
  readonly trend: TrendType;
  readonly season: SeasonType;
}

export interface EtsFit {
  readonly spec: EtsSpec;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
  /** The states after the last value: level, trend and the season's m states (by t mod m). */
  readonly level: number;
  readonly slope: number;
  readonly seasons: Float64Array;
  /** The season length the model uses (1 without a season). */
  readonly m: number;
  /** The number of values the model was fitted to. */
  readonly n: number;
  /** Variance of the one-step errors ε (relative ones for multiplicative errors). */
  readonly sigma2: number;
  readonly aicc: number;
}

const ALPHA_LOW = 1e-4;
const ALPHA_HIGH = 0.9999;
const PHI_LOW = 0.8;
const PHI_HIGH = 0.98;

const logistic = (u: number): number => 1 / (1 + exp(-u));
const logit = (p: number): number => log(p / (1 - p));

/** The model's name as the literature writes it: ETS(M,Ad,M). */
export function etsName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** The number of estimated parameters: smoothing parameters, φ and the initial states. */
export function etsParameterCount(spec: EtsSpec, m: number): number {
  const trend = spec.trend !== "N";
  const season = spec.season !== "N";
  return (
    1 +
    (trend ? 1 : 0) +
    (season ? 1 : 0) +
    (spec.trend === "Ad" ? 1 : 0) +
    1 +
    (trend ? 1 : 0) +
    (season ? m - 1 : 0)
  );
}

interface Smoothing {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
  level: number;
  slope: number;
}

/**
 * Runs the recursions over y from the given states (`seasons` is overwritten with the final
 * season) and returns −2 log L up to a constant, or INFINITY where a multiplicative model's
 * forecast is not positive. `out`, when given, receives the final level and trend and Σε².
 */
function run(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec,
  p: Smoothing,
  seasons: Float64Array,
  out?: { level: number; slope: number; sse: number }
): number {
  const n = y.length;
  const { alpha, beta, gamma, phi } = p;
  const multiplicativeError = spec.error === "M";
  const hasTrend = spec.trend !== "N";
  const seasonType = spec.season;
  let level = p.level;
  let slope = hasTrend ? p.slope : 0;
  let sse = 0;
  let logSum = 0;
  let k = 0;
  for (let t = 0; t < n; t++) {
    const base = hasTrend ? level + phi * slope : level;
    const s = seasonType === "N" ? 0 : (seasons[k] as number);
    const forecast = seasonType === "M" ? base * s : base + s;
    const value = y[t] as number;
    let error: number;
    let scale: number;
    if (multiplicativeError) {
      if (!(forecast > 0)) return INFINITY;
      error = (value - forecast) / forecast;
      logSum += log(forecast);
      scale = forecast;
    } else {
      error = value - forecast;
      scale = 1;
    }
    sse += error * error;
    const q = seasonType === "M" ? s : 1;
    level = base + (alpha * scale * error) / q;
    if (hasTrend) slope = phi * slope + (beta * scale * error) / q;
    if (seasonType !== "N") {
      const r = seasonType === "M" ? base : 1;
      seasons[k] = s + (gamma * scale * error) / r;
    }
    if (++k === m) k = 0;
  }
  if (out) {
    out.level = level;
    out.slope = slope;
    out.sse = sse;
  }
  if (!(sse > 0)) sse = 1e-300;
  return n * log(sse) + 2 * logSum;
}

/** The initial states by `ets()`'s heuristic: seasons from a decomposition, level and trend by a line. */
function initialStates(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec
): { level: number; slope: number; seasons: Float64Array } {
  const n = y.length;
  let adjusted: ArrayLike<number> = y;
  let seasons: Float64Array = new Float64Array(max(m, 1));
  if (spec.season !== "N") {
    const head = Array.prototype.slice.call(y, 0, min(n, 3 * m)) as number[];
    seasons = seasonalFigure(head, m, spec.season === "M" ? "multiplicative" : "additive");
    const sa = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const s = seasons[t % m] as number;
      sa[t] = spec.season === "M" ? (y[t] as number) / max(s, 1e-2) : (y[t] as number) - s;
    }
    adjusted = sa;
  }
  const count = min(max(10, 2 * m), n);
  if (spec.trend === "N") {
    let sum = 0;
    for (let t = 0; t < count; t++) sum += adjusted[t] as number;
    return { level: sum / count, slope: 0, seasons };
  }
  // Least squares on t = 1 … count, as lsfit(1:maxn, y.sa[1:maxn]).
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let t = 0; t < count; t++) {
    const x = t + 1;
    const v = adjusted[t] as number;
    sx += x;
    sy += v;
    sxx += x * x;
    sxy += x * v;
  }
  const slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
  let level = (sy - slope * sx) / count;
  let b = isFinite(slope) ? slope : 0;
  if (abs(level + b) < 1e-8) {
    level *= 1 + 1e-3;
    b *= 1 - 1e-3;
  }
  return { level, slope: b, seasons };
}

/**
 * Fits one model to y by maximum likelihood; undefined when the model cannot be fitted (too few
 * values for its parameters, or a multiplicative model on values that are not all positive).
 */
export function fitEts(y: ArrayLike<number>, m: number, spec: EtsSpec): EtsFit | undefined {
  const n = y.length;
  const seasonal = spec.season !== "N";
  const period = seasonal ? m : 1;
  if (seasonal && (m < 2 || n < 2 * m)) return undefined;
  const parameters = etsParameterCount(spec, period);
  if (n - parameters - 2 < 1) return undefined;
  if (spec.error === "M" || spec.season === "M") {
    for (let t = 0; t < n; t++) if (!((y[t] as number) > 0)) return undefined;
  }
  const init = initialStates(y, period, spec);
  const hasTrend = spec.trend !== "N";
  const damped = spec.trend === "Ad";
  const seasons = new Float64Array(period);
  const p: Smoothing = { alpha: 0, beta: 0, gamma: 0, phi: 1, level: 0, slope: 0 };
  // x = [logit α*, (logit β*), (logit γ*), (logit φ*), ℓ₀, (b₀)], with α* = (α − low)/(high − low),
  // β* = β/α, γ* = γ/(1 − α), φ* = (φ − 0.8)/0.18: every point of the search is inside the bounds.
  const decode = (x: Float64Array): void => {
    let i = 0;
    p.alpha = ALPHA_LOW + (ALPHA_HIGH - ALPHA_LOW) * logistic(x[i++] as number);
    p.beta = hasTrend ? p.alpha * logistic(x[i++] as number) : 0;
    p.gamma = seasonal ? (1 - p.alpha) * logistic(x[i++] as number) : 0;
    p.phi = damped ? PHI_LOW + (PHI_HIGH - PHI_LOW) * logistic(x[i++] as number) : 1;
    p.level = x[i++] as number;
    p.slope = hasTrend ? (x[i++] as number) : 0;
  };
  let scale = 0;
  for (let t = 0; t < n; t++) scale += abs(y[t] as number) / n;
  const spread = max(scale * 0.1, 1e-3);
  const alpha0 = seasonal ? 0.1 : 0.3;
  // Each searched parameter: its start and the first simplex's step along it.
  const search: [start: number, step: number][] = [
    [logit((alpha0 - ALPHA_LOW) / (ALPHA_HIGH - ALPHA_LOW)), 1],
  ];
  if (hasTrend) search.push([logit(0.1), 1]);
  if (seasonal) search.push([logit(0.05), 1]);
  if (damped) search.push([logit(0.5), 1]);
  search.push([init.level, spread]);
  if (hasTrend) search.push([init.slope, max(abs(init.slope) * 0.5, spread * 0.05)]);
  const start = search.map(([value]) => value);
  const step = search.map(([, size]) => size);
  const loss = (x: Float64Array): number => {
    decode(x);
    seasons.set(init.seasons.subarray(0, period));
    return run(y, period, spec, p, seasons);
  };
  const best = minimize(loss, start, step, {
    maxEvaluations: 100 * start.length + 100,
    tolerance: 1e-7,
  });
  if (!isFinite(best.value)) return undefined;
  decode(best.x);
  seasons.set(init.seasons.subarray(0, period));
  const out = { level: 0, slope: 0, sse: 0 };
  const likelihood = run(y, period, spec, p, seasons, out);
  const k = parameters + 1;
  const aic = likelihood + 2 * k;
  const aicc = aic + (2 * k * (k + 1)) / (n - k - 1);
  return {
    spec,
    alpha: p.alpha,
    beta: p.beta,
    gamma: p.gamma,
    phi: p.phi,
    level: out.level,
    slope: out.slope,
    seasons,
    m: period,
    n,
    sigma2: out.sse / max(n - parameters, 1),
    aicc,
  };
}

/** The models `ets()` considers by default: no multiplicative trend, no additive error with a multiplicative season. */
export function candidateModels(positive: boolean, seasonal: boolean): EtsSpec[] {
  const specs: EtsSpec[] = [];
  const errors: ErrorType[] = positive ? ["A", "M"] : ["A"];
  const seasons: SeasonType[] = seasonal ? (positive ? ["N", "A", "M"] : ["N", "A"]) : ["N"];
  for (const error of errors) {
    for (const trend of ["N", "A", "Ad"] as const) {
      for (const season of seasons) {
        if (error === "A" && season === "M") continue;
        specs.push({ error, trend, season });
      }
    }
  }
  return specs;
}

/** Fits every candidate and keeps the one with the least AICc (the first on ties). */
export function selectEts(
  y: ArrayLike<number>,
  m: number,
  specs: readonly EtsSpec[]
): EtsFit | undefined {
  let best: EtsFit | undefined;
  for (const spec of specs) {
    const fit = fitEts(y, m, spec);
    if (fit && (!best || fit.aicc < best.aicc)) best = fit;
  }
  return best;
}

/** Point forecasts 1 … h ahead: (ℓ + φ_h b) combined with the season's state for that period. */
export function etsForecast(fit: EtsFit, h: number): Float64Array {
  const { spec, level, slope, phi, seasons, m, n } = fit;
  const out = new Float64Array(h);
  let damping = 0;
  let power = 1;
  for (let j = 1; j <= h; j++) {
    if (spec.trend !== "N") {
      power *= phi;
      damping += spec.trend === "Ad" ? power : 1;
    }
    const base = level + damping * slope;
    const s = spec.season === "N" ? 0 : (seasons[(n + j - 1) % m] as number);
    out[j - 1] = spec.season === "M" ? base * s : base + s;
  }
  return out;
}

/**
 * The forecast variance 1 … h ahead. For the linear models (additive error, no multiplicative
 * season) it is exact (Hyndman et al. 2008, Table 6.1, class 1): σ²(1 + Σ_{j<h} c_j²) with
 * c_j = α + βφ_j + γ[j mod m = 0], φ_j = φ + … + φ^j. For the others the same formula on the
 * relative error, times ŷ_h², is the first-order approximation of §6.4.
 */
export function etsVariance(fit: EtsFit, forecast: ArrayLike<number>): Float64Array {
  const { spec, alpha, beta, gamma, phi, sigma2, m } = fit;
  const h = forecast.length;
  const out = new Float64Array(h);
  let sum = 0;
  let damping = 0;
  let power = 1;
  const relative = spec.error === "M";
  for (let j = 1; j <= h; j++) {
    const f = forecast[j - 1] as number;
    out[j - 1] = sigma2 * (1 + sum) * (relative ? f * f : 1);
    if (spec.trend !== "N") {
      power *= phi;
      damping += spec.trend === "Ad" ? power : 1;
    }
    const c = alpha + beta * damping + (spec.season !== "N" && j % m === 0 ? gamma : 0);
    sum += c * c;
  }
  return out;
}
