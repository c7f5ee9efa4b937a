/**
 * Statistical forecasts of one series: `forecastSeries` is what `SOP.FORECAST` and the demand
 * review call. Problems are values, as everywhere in the engine.
 */
import { failure, success, type Outcome, type Problem } from "../problems";
import {
  candidateModels,
  etsForecast,
  etsName,
  etsVariance,
  selectEts,
  type EtsFit,
  type EtsSpec,
} from "./ets";
import { normalQuantile } from "./normal";
import {
  averageDemandInterval,
  CROSTON_ALPHA,
  crostonForecast,
  INTERMITTENT_INTERVAL,
  naiveForecast,
  seasonalNaiveForecast,
} from "./simple";
import { fitTheta, thetaForecast } from "./theta";

// Taken once: in a script context of its own (Excel's runtime, the bench's `node:vm`), a global
// looked up inside a hot loop costs more than the arithmetic around it.
const { sqrt } = Math;
const { isFinite } = Number;

export const FORECAST_METHODS = ["auto", "ets", "theta", "snaive", "naive", "croston"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];
/** A method that forecasts by itself (`auto` chooses among them). */
export type BaseMethod = Exclude<ForecastMethod, "auto">;

export const MAX_HORIZON = 120;
export const DEFAULT_SEASON_LENGTH = 12;

export interface ForecastOptions {
  readonly horizon: number;
  /** Periods in a season: 12 months, 4 quarters, 52 weeks; 1 for none. */
  readonly seasonLength: number;
  readonly method: ForecastMethod;
  /** Coverage of the prediction interval, between 0 and 1; none when undefined. */
  readonly coverage?: number;
  /** The ETS models to choose from; all the candidates when undefined (a backtest refits one). */
  readonly etsModels?: readonly EtsSpec[];
}

export interface ForecastResult {
  /** The methods whose forecasts were averaged: one, or `ets` and `theta` for `auto`'s mean. */
  readonly methods: readonly BaseMethod[];
  /** What the method fitted, for the planner: `ETS(M,Ad,M)`, `Theta`, `SBA`, … with `auto`'s parts joined by " + ". */
  readonly model: string;
  /** The fitted smoothing parameters (α, β, γ, φ), by name; empty for the naive methods. */
  readonly parameters: Readonly<Record<string, number>>;
  /** The season length used: 1 when the history is shorter than two seasons. */
  readonly seasonLength: number;
  readonly forecast: Float64Array;
  readonly lower?: Float64Array;
  readonly upper?: Float64Array;
  /** The ETS model fitted, when ETS is one of the methods. */
  readonly ets?: EtsSpec;
}

interface MethodForecast {
  readonly method: BaseMethod;
  readonly model: string;
  readonly parameters: Record<string, number>;
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  readonly ets?: EtsSpec;
}

const isWhole = (x: number): boolean => Number.isInteger(x);

function checkOptions(values: ArrayLike<number>, options: ForecastOptions): Problem[] {
  const problems: Problem[] = [];
  if (values.length < 2) {
    problems.push({
      kind: "empty",
      errorClass: "#VALUE!",
      argument: "history",
      found: String(values.length),
      expected: "≥ 2",
    });
  }
  for (let t = 0; t < values.length; t++) {
    const value = values[t] as number;
    if (!isFinite(value)) {
      problems.push({
        kind: "notANumber",
        errorClass: "#VALUE!",
        argument: "history",
        index: t,
        found: String(value),
      });
    }
  }
  const { horizon, seasonLength, method, coverage } = options;
  if (!isWhole(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#NUM!",
      argument: "horizon",
      found: String(horizon),
      expected: `1 – ${MAX_HORIZON}`,
    });
  }
  if (!isWhole(seasonLength) || seasonLength < 1) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#NUM!",
      argument: "season_length",
      found: String(seasonLength),
      expected: "≥ 1",
    });
  }
  if (!(FORECAST_METHODS as readonly string[]).includes(method)) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#VALUE!",
      argument: "method",
      found: method,
      expected: FORECAST_METHODS.join(", "),
      rule: "oneOf",
    });
  }
  if (coverage !== undefined && !(coverage > 0 && coverage < 1)) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#NUM!",
      argument: "interval",
      found: String(coverage),
      expected: "0 – 1",
    });
  }
  return problems;
}

function etsMethod(
  y: ArrayLike<number>,
  m: number,
  h: number,
  models?: readonly EtsSpec[]
): MethodForecast | undefined {
  let positive = true;
  for (let t = 0; t < y.length; t++) if (!((y[t] as number) > 0)) positive = false;
  const fit: EtsFit | undefined =
    (models && selectEts(y, m, models)) ?? selectEts(y, m, candidateModels(positive, m > 1));
  if (!fit) return undefined;
  const mean = etsForecast(fit, h);
  const parameters: Record<string, number> = { alpha: fit.alpha };
  if (fit.spec.trend !== "N") parameters.beta = fit.beta;
  if (fit.spec.season !== "N") parameters.gamma = fit.gamma;
  if (fit.spec.trend === "Ad") parameters.phi = fit.phi;
  return {
    method: "ets",
    model: etsName(fit.spec),
    parameters,
    mean,
    variance: etsVariance(fit, mean),
    ets: fit.spec,
  };
}

function thetaMethod(y: ArrayLike<number>, m: number, h: number): MethodForecast | undefined {
  const fit = fitTheta(y, m);
  if (!fit) return undefined;
  const { mean, variance } = thetaForecast(fit, h);
  return { method: "theta", model: "Theta", parameters: { alpha: fit.alpha }, mean, variance };
}

/** One method's forecast; the ETS family falls back to naive on a history too short to fit. */
function runMethod(
  method: BaseMethod,
  y: ArrayLike<number>,
  m: number,
  h: number,
  models?: readonly EtsSpec[]
): MethodForecast {
  switch (method) {
    case "ets":
      return etsMethod(y, m, h, models) ?? runMethod("naive", y, m, h);
    case "theta":
      return thetaMethod(y, m, h) ?? runMethod("naive", y, m, h);
    case "snaive":
      if (m > 1)
        return { method, model: "SNaive", parameters: {}, ...seasonalNaiveForecast(y, m, h) };
      return { method, model: "Naive", parameters: {}, ...naiveForecast(y, h) };
    case "naive":
      return { method, model: "Naive", parameters: {}, ...naiveForecast(y, h) };
    case "croston":
      return {
        method,
        model: "SBA",
        parameters: { alpha: CROSTON_ALPHA },
        ...crostonForecast(y, h),
      };
  }
}

/**
 * `auto`: Croston/SBA when demand is intermittent (an average interval between non-zero periods
 * above 1.32, Syntetos & Boylan's cut-off); otherwise the mean of the ETS model chosen by AICc and
 * the Theta method, which forecasts better than either on the M3 benchmark (bench/README.md).
 */
export function autoMethods(y: ArrayLike<number>): BaseMethod[] {
  return averageDemandInterval(y) > INTERMITTENT_INTERVAL ? ["croston"] : ["ets", "theta"];
}

/**
 * Forecasts `horizon` periods after `values` (oldest first, finite numbers). Seasonality is used
 * only when the history holds at least two full seasons. When no value is negative, neither is any
 * forecast or bound.
 */
export function forecastSeries(
  values: ArrayLike<number>,
  options: ForecastOptions
): Outcome<ForecastResult> {
  const problems = checkOptions(values, options);
  if (problems.length > 0) return failure(problems);
  const { horizon: h, method, coverage } = options;
  const m =
    options.seasonLength > 1 && values.length >= 2 * options.seasonLength
      ? options.seasonLength
      : 1;
  const methods: BaseMethod[] = method === "auto" ? autoMethods(values) : [method];
  const parts = methods.map((base) => runMethod(base, values, m, h, options.etsModels));
  const ets = parts.find((part) => part.ets)?.ets;
  const forecast = new Float64Array(h);
  const sd = new Float64Array(h);
  for (const part of parts) {
    for (let j = 0; j < h; j++) {
      forecast[j] = (forecast[j] as number) + (part.mean[j] as number) / parts.length;
      // The bounds of a mean are the means of the bounds: the standard deviations average.
      sd[j] = (sd[j] as number) + sqrt(part.variance[j] as number) / parts.length;
    }
  }
  let nonNegative = true;
  for (let t = 0; t < values.length; t++) if ((values[t] as number) < 0) nonNegative = false;
  const floor = (x: number): number => (nonNegative && !(x > 0) ? 0 : x);
  const parameters: Record<string, number> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part.parameters)) {
      parameters[parts.length > 1 ? `${part.method}.${name}` : name] = value;
    }
  }
  const result = {
    methods: parts.map((part) => part.method),
    model: parts.map((part) => part.model).join(" + "),
    parameters,
    seasonLength: m,
    forecast: forecast.map(floor),
    ...(ets ? { ets } : {}),
  };
  if (coverage === undefined) return success(result);
  const z = normalQuantile(0.5 + coverage / 2);
  const lower = new Float64Array(h);
  const upper = new Float64Array(h);
  for (let j = 0; j < h; j++) {
    const spread = sd[j] as number;
    lower[j] = floor((forecast[j] as number) - z * spread);
    upper[j] = floor((forecast[j] as number) + z * spread);
  }
  return success({ ...result, lower, upper });
}
