/**
 * Forecast accuracy on a public benchmark: the 1,428 monthly series of the M3 competition
 * (Makridakis & Hibon, "The M3-Competition: results, conclusions and implications", IJF 16, 2000),
 * horizon 18, forecast through the built `SOP.FORECAST` (dist/functions.js) as Excel calls it: the
 * history as a column matrix made in the bundle's context, horizon 18, season length 12, the
 * method's code. The data (`bench/data/m3-monthly.json`) is M3C.xls of github.com/mrtkp9993/M3CPython
 * converted to JSON, as ../shared/data ships it; the published results (Hyndman, "A forecast
 * ensemble benchmark", 2018) are below.
 *
 * sMAPE = mean over the 18 periods of 200|y − f| / (|y| + |f|); MASE = the MAE over the 18 periods
 * divided by the in-sample MAE of the seasonal naive forecast (lag 12). Both are averaged over the
 * series.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FunctionsBundle } from "./bundle";

interface M3Series {
  readonly id: string;
  readonly n: number;
  readonly h: number;
  readonly y: readonly number[];
}

export const M3_FILE = path.join(__dirname, "data", "m3-monthly.json");

/** Published sMAPE / MASE on M3 monthly, horizon 18 (Hyndman 2018). */
export const M3_PUBLISHED = {
  snaive: { smape: 17.23, mase: 1.146 },
  ets: { smape: 14.14, mase: 0.865 },
  theta: { smape: 13.86, mase: 0.864 },
  combination: { smape: 13.52, mase: 0.828 },
} as const;

const TARGET_AUTO = { smape: 13.9, mase: 0.86 };
const TARGET_AUTO_MEDIAN_MS = 10;
const SEASON = 12;

export interface M3Score {
  readonly method: string;
  readonly smape: number;
  readonly mase: number;
  /** Milliseconds per series, sorted. */
  readonly times: readonly number[];
}

export function loadM3(): M3Series[] {
  return JSON.parse(readFileSync(M3_FILE, "utf8")) as M3Series[];
}

/** Forecasts every series with the built FORECAST and scores it. */
export function scoreM3(
  bundle: FunctionsBundle,
  series: readonly M3Series[],
  method: string
): M3Score {
  const forecast = bundle.functions.get("FORECAST");
  if (!forecast) throw new Error("dist/functions.js associated no FORECAST");
  let smape = 0;
  let mase = 0;
  const times: number[] = [];
  for (const { y, h, id } of series) {
    const train = y.slice(0, y.length - h);
    const test = y.slice(y.length - h);
    const args = bundle.inContext([train.map((value) => [value]), h, SEASON, method, null, null]);
    const start = process.hrtime.bigint();
    const result = forecast(...args) as number[][];
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!Array.isArray(result) || result.length !== h) throw new Error(`FORECAST refused ${id}`);
    let symmetric = 0;
    let absolute = 0;
    for (let j = 0; j < h; j++) {
      const actual = test[j] as number;
      const f = result[j]?.[0] as number;
      symmetric += (200 * Math.abs(actual - f)) / (Math.abs(actual) + Math.abs(f));
      absolute += Math.abs(actual - f);
    }
    let scale = 0;
    for (let t = SEASON; t < train.length; t++) {
      scale += Math.abs((train[t] as number) - (train[t - SEASON] as number));
    }
    scale /= train.length - SEASON;
    smape += symmetric / h;
    mase += absolute / h / scale;
  }
  times.sort((a, b) => a - b);
  return { method, smape: smape / series.length, mase: mase / series.length, times };
}

export interface M3Row {
  readonly measurement: string;
  readonly ratio?: string;
  readonly target?: string;
  readonly met?: boolean;
}

const median = (times: readonly number[]): number => times[times.length >> 1] ?? NaN;

/** The benchmark's rows: each method's scores, seasonal naive against the published numbers, auto against its targets. */
export function benchM3(bundle: FunctionsBundle): M3Row[] {
  const series = loadM3();
  const label = `M3 monthly (${series.length.toLocaleString("en-US")} series, h 18), built SOP.FORECAST`;
  const scores = ["snaive", "naive", "croston", "theta", "ets", "auto"].map((method) =>
    scoreM3(bundle, series, method)
  );
  const rows: M3Row[] = [];
  for (const score of scores) {
    const text = `sMAPE ${score.smape.toFixed(3)}, MASE ${score.mase.toFixed(4)}; median ${median(score.times).toFixed(2)} ms a series`;
    if (score.method === "snaive") {
      const { smape, mase } = M3_PUBLISHED.snaive;
      rows.push({
        measurement: `${label}, snaive: reproduces the published ${smape} / ${mase}`,
        ratio: text,
        target: `±0.01 / ±0.0005`,
        met: Math.abs(score.smape - smape) < 0.01 && Math.abs(score.mase - mase) < 0.0005,
      });
    } else if (score.method === "auto") {
      const published = M3_PUBLISHED;
      rows.push({
        measurement: `${label}, auto (R ets() ${published.ets.smape} / ${published.ets.mase}, Theta ${published.theta.smape} / ${published.theta.mase}, ETS+ARIMA+Theta ${published.combination.smape} / ${published.combination.mase})`,
        ratio: text,
        target: `sMAPE ≤ ${TARGET_AUTO.smape}, MASE ≤ ${TARGET_AUTO.mase}`,
        met: score.smape <= TARGET_AUTO.smape && score.mase <= TARGET_AUTO.mase,
      });
      rows.push({
        measurement: `${label}, auto: time a series in Node (median of ${series.length})`,
        ratio: `${median(score.times).toFixed(2)} ms (90th percentile ${(score.times[Math.floor(score.times.length * 0.9)] ?? NaN).toFixed(2)} ms)`,
        target: `median ≤ ${TARGET_AUTO_MEDIAN_MS} ms`,
        met: median(score.times) <= TARGET_AUTO_MEDIAN_MS,
      });
    } else {
      rows.push({ measurement: `${label}, ${score.method}`, ratio: text });
    }
  }
  return rows;
}
