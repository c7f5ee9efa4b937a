import { ACCURACY_METRICS, forecastAccuracy, type AccuracyMetric } from "../../src/engine";

/** Each metric of `SOP.ACCURACY` against its definition in CONTRACT.md, written out here. */

const actual = [100, 120, 0, 80, 110];
const forecast = [90, 130, 10, 100, 110];
const naive = [120, 100, 20, 60, 90];

function definitions(a: number[], f: number[], n?: number[]): Record<AccuracyMetric, number> {
  const e = a.map((x, t) => x - (f[t] as number));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const mean = (xs: number[]) => sum(xs) / xs.length;
  const nonZero = a.flatMap((x, t) => (x !== 0 ? [Math.abs(e[t] as number) / Math.abs(x)] : []));
  const symmetric = a.flatMap((x, t) => {
    const scale = Math.abs(x) + Math.abs(f[t] as number);
    return scale > 0 ? [(2 * Math.abs(e[t] as number)) / scale] : [];
  });
  const wmape = (g: number[]) =>
    sum(a.map((x, t) => Math.abs(x - (g[t] as number)))) / sum(a.map(Math.abs));
  const mad = mean(e.map(Math.abs));
  return {
    mape: mean(nonZero),
    wmape: wmape(f),
    smape: mean(symmetric),
    bias: sum(f.map((x, t) => x - (a[t] as number))) / sum(a),
    mad,
    rmse: Math.sqrt(mean(e.map((x) => x * x))),
    trackingSignal: sum(e) / mad,
    fva: n ? wmape(n) - wmape(f) : NaN,
  };
}

describe("every metric equals its definition", () => {
  const got = forecastAccuracy(actual, forecast, naive);
  const expected = definitions(actual, forecast, naive);
  test.each(ACCURACY_METRICS.map((m) => [m]))("%s", (metric) => {
    expect(got[metric]).toBeCloseTo(expected[metric], 12);
  });
  test("a hand-checked case: WMAPE = (10 + 10 + 10 + 20 + 0) / 410", () => {
    expect(got.wmape).toBeCloseTo(50 / 410, 12);
    expect(got.periods).toBe(5);
  });
  test("without naive, FVA is not computed", () => {
    expect(forecastAccuracy(actual, forecast).fva).toBeNaN();
  });
});

describe("blank periods (NaN) are left out", () => {
  test("an actual not yet in, a forecast not yet made", () => {
    const got = forecastAccuracy([100, NaN, 80, 110], [90, 130, NaN, 100]);
    const expected = definitions([100, 110], [90, 100]);
    expect(got.periods).toBe(2);
    for (const metric of ACCURACY_METRICS.filter((m) => m !== "fva"))
      expect(got[metric]).toBeCloseTo(expected[metric], 12);
  });
  test("FVA compares both forecasts over the periods where the naive one is given", () => {
    const got = forecastAccuracy([100, 120, 80], [90, 130, 100], [NaN, 100, 60]);
    const expected = definitions([120, 80], [130, 100], [100, 60]);
    expect(got.fva).toBeCloseTo(expected.fva, 12);
  });
});

describe("what cannot be computed is NaN, in its metric only", () => {
  test("every actual 0: MAPE, WMAPE and bias have no denominator", () => {
    const got = forecastAccuracy([0, 0], [1, 2]);
    expect(got.mape).toBeNaN();
    expect(got.wmape).toBeNaN();
    expect(got.bias).toBeNaN();
    expect(got.mad).toBe(1.5);
    expect(got.smape).toBe(2);
  });
  test("a perfect forecast: MAD 0, so the tracking signal has none", () => {
    const got = forecastAccuracy([5, 6], [5, 6]);
    expect(got.wmape).toBe(0);
    expect(got.trackingSignal).toBeNaN();
  });
  test("no period kept", () => {
    const got = forecastAccuracy([NaN], [1]);
    expect(got.periods).toBe(0);
    for (const metric of ACCURACY_METRICS) expect(got[metric]).toBeNaN();
  });
});
