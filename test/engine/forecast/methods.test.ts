import fc from "fast-check";
import { forecastSeries, type ForecastMethod, type ForecastResult } from "../../../src/engine";
import { fitEts, selectEts, candidateModels } from "../../../src/engine/forecast/ets";
import { normalQuantile } from "../../../src/engine/forecast/normal";
import { minimize } from "../../../src/engine/forecast/optimize";
import { isSeasonal, seasonalFigure } from "../../../src/engine/forecast/decompose";
import { CROSTON_ALPHA } from "../../../src/engine/forecast/simple";

/**
 * Each method on series whose forecast can be checked by hand (Hyndman & Athanasopoulos, FPP §3, §7):
 * a flat series, a pure trend, a pure season and an intermittent series.
 */

const METHODS: readonly ForecastMethod[] = ["auto", "ets", "theta", "snaive", "naive", "croston"];

function run(
  values: readonly number[],
  method: ForecastMethod,
  horizon = 6,
  seasonLength = 12,
  coverage?: number
): ForecastResult {
  const outcome = forecastSeries(Float64Array.from(values), {
    horizon,
    seasonLength,
    method,
    ...(coverage === undefined ? {} : { coverage }),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

const flat = Array.from({ length: 36 }, () => 500);
const line = Array.from({ length: 36 }, (_, t) => 100 + 10 * t);
const PATTERN = [80, 90, 100, 120, 140, 150, 150, 130, 110, 100, 90, 140];
const season = [...PATTERN, ...PATTERN, ...PATTERN];

describe("a flat series: every method forecasts the level", () => {
  test.each(METHODS.filter((m) => m !== "croston"))("%s", (method) => {
    const result = run(flat, method);
    for (const value of result.forecast) expect(value).toBeCloseTo(500, 6);
  });
  test("croston: SBA's (1 − α/2) times the level (its known bias correction)", () => {
    const result = run(flat, "croston");
    for (const value of result.forecast)
      expect(value).toBeCloseTo(500 * (1 - CROSTON_ALPHA / 2), 9);
  });
});

describe("a pure trend", () => {
  const last = line[line.length - 1] as number;
  test("naive repeats the last value", () => {
    expect(Array.from(run(line, "naive").forecast)).toEqual([last, last, last, last, last, last]);
  });
  test("ETS continues the line (a trend model, within 0.1 %)", () => {
    const result = run(line, "ets");
    expect(result.model).toMatch(/^ETS\(.,A,N\)$/);
    result.forecast.forEach((value, j) => {
      expect(value).toBeCloseTo(last + 10 * (j + 1), -1);
    });
  });
  test("Theta's forecast rises by half the regression slope a period (θ-lines 0 and 2 combined)", () => {
    const f = run(line, "theta").forecast;
    for (let j = 1; j < f.length; j++)
      expect((f[j] as number) - (f[j - 1] as number)).toBeCloseTo(5, 6);
  });
});

describe("a pure season, three years of the same months", () => {
  test("seasonal naive repeats the last season", () => {
    expect(Array.from(run(season, "snaive", 12).forecast)).toEqual(PATTERN);
  });
  test.each(["ets", "theta", "auto"] as const)(
    "%s forecasts the pattern (within 1 %)",
    (method) => {
      const f = run(season, method, 12).forecast;
      f.forEach((value, j) => {
        expect(Math.abs(value - (PATTERN[j] as number)) / (PATTERN[j] as number)).toBeLessThan(
          0.01
        );
      });
    }
  );
  test("with season_length 1, no method uses a season", () => {
    const result = run(season, "ets", 12, 1);
    expect(result.seasonLength).toBe(1);
    expect(result.model).toMatch(/,N\)$/);
  });
  test("seasonality needs two full seasons: 23 months are forecast without one", () => {
    expect(run(season.slice(0, 23), "snaive").model).toBe("Naive");
    expect(run(season.slice(0, 24), "snaive").model).toBe("SNaive");
  });
});

describe("intermittent demand: Croston / SBA, by hand", () => {
  // Demands of 4 in period 3 and 2 in period 7: z₁ = 4, p₁ = 3; then z = 4 + α(2 − 4), p = 3 + α(4 − 3).
  const series = [0, 0, 4, 0, 0, 0, 2, 0];
  const z = 4 + CROSTON_ALPHA * (2 - 4);
  const p = 3 + CROSTON_ALPHA * (4 - 3);
  test("the forecast is (1 − α/2)·z/p for every period", () => {
    const f = run(series, "croston", 3).forecast;
    for (const value of f) expect(value).toBeCloseTo(((1 - CROSTON_ALPHA / 2) * z) / p, 12);
  });
  test("auto chooses it when the average interval between demands exceeds 1.32", () => {
    expect(run(series, "auto").methods).toEqual(["croston"]);
    expect(run(line, "auto").methods).toEqual(["ets", "theta"]);
  });
  test("no demand at all forecasts 0", () => {
    expect(Array.from(run([0, 0, 0, 0], "croston", 2).forecast)).toEqual([0, 0]);
  });
});

/** A seasonal series with noise and trend, from a fixed generator. */
function noisy(n: number, seed: number): number[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from(
    { length: n },
    (_, t) => 1000 + 5 * t + 200 * Math.sin((2 * Math.PI * t) / 12) + 150 * (random() - 0.5)
  );
}

describe("prediction intervals", () => {
  const series = noisy(60, 7);
  test.each(METHODS)(
    "%s: the interval contains the forecast and widens with the horizon",
    (method) => {
      const result = run(series, method, 24, 12, 0.8);
      const { forecast, lower, upper } = result;
      if (!lower || !upper) throw new Error("no interval");
      for (let j = 0; j < forecast.length; j++) {
        expect(lower[j]).toBeLessThanOrEqual(forecast[j] as number);
        expect(upper[j]).toBeGreaterThanOrEqual(forecast[j] as number);
      }
      // A period is compared with the same month a year earlier, so a season moves neither.
      const width = (j: number) => (upper[j] as number) - (lower[j] as number);
      for (let j = 12; j < 24; j++) expect(width(j)).toBeGreaterThan(width(j - 12));
    }
  );
  test("naive's interval is ±z·σ·√h, σ² the mean squared one-step change", () => {
    const values = [10, 12, 11, 15, 14];
    const changes = [2, -1, 4, -1];
    const sigma = Math.sqrt(changes.reduce((s, d) => s + d * d, 0) / changes.length);
    const z = normalQuantile(0.9);
    const result = run(values, "naive", 3, 1, 0.8);
    [1, 2, 3].forEach((h, j) => {
      expect(result.upper?.[j]).toBeCloseTo(14 + z * sigma * Math.sqrt(h), 9);
      expect(result.lower?.[j]).toBeCloseTo(14 - z * sigma * Math.sqrt(h), 9);
    });
  });
  test("a wider coverage gives a wider interval", () => {
    const narrow = run(series, "auto", 6, 12, 0.5);
    const wide = run(series, "auto", 6, 12, 0.95);
    expect((wide.upper?.[0] as number) - (wide.lower?.[0] as number)).toBeGreaterThan(
      (narrow.upper?.[0] as number) - (narrow.lower?.[0] as number)
    );
  });
});

describe("properties", () => {
  const histories = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 40 });
  test("no negative forecast or bound for a non-negative history, whatever the method", () => {
    fc.assert(
      fc.property(histories, fc.constantFrom(...METHODS), (values, method) => {
        const result = run(values, method, 18, 12, 0.95);
        for (const line of [result.forecast, result.lower, result.upper]) {
          for (const value of line ?? []) expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 }
    );
  });
  test("a steep decline is floored at 0, not forecast negative", () => {
    const decline = Array.from({ length: 24 }, (_, t) => 2400 - 100 * t);
    for (const value of run(decline, "ets", 12).forecast) expect(value).toBeGreaterThanOrEqual(0);
  });
  test("deterministic: the same history gives the same numbers", () => {
    fc.assert(
      fc.property(histories, (values) => {
        expect(run(values, "auto", 6)).toEqual(run(values, "auto", 6));
      }),
      { numRuns: 30 }
    );
  });
  test("negative history (net returns) may be forecast negative", () => {
    const returns = [-5, -6, -5, -7, -6, -8, -7, -9];
    expect(run(returns, "naive", 1).forecast[0]).toBe(-9);
  });
});

describe("the pieces", () => {
  test.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.9, 1.2815515655446004],
    [0.01, -2.3263478740408408],
    [0.999, 3.090232306167813],
  ])("Φ⁻¹(%s) = %s (to 1e-8)", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8);
  });
  test("Nelder–Mead finds Rosenbrock's minimum at (1, 1)", () => {
    const rosenbrock = (x: Float64Array) =>
      100 * ((x[1] as number) - (x[0] as number) ** 2) ** 2 + (1 - (x[0] as number)) ** 2;
    const found = minimize(rosenbrock, [-1.2, 1], [0.5, 0.5], {
      maxEvaluations: 5000,
      tolerance: 1e-14,
    });
    expect(found.x[0]).toBeCloseTo(1, 3);
    expect(found.x[1]).toBeCloseTo(1, 3);
  });
  test("the decomposition's figure of level × pattern is the pattern over its mean", () => {
    const y = season.map((v) => v * 3);
    const mean = PATTERN.reduce((s, v) => s + v, 0) / 12;
    Array.from(seasonalFigure(y, 12, "multiplicative")).forEach((value, k) => {
      expect(value).toBeCloseTo((PATTERN[k] as number) / mean, 9);
    });
    Array.from(seasonalFigure(season, 12, "additive")).forEach((value, k) => {
      expect(value).toBeCloseTo((PATTERN[k] as number) - mean, 9);
    });
  });
  test("the seasonality test: the pattern is seasonal, the line and white noise are not", () => {
    expect(isSeasonal(season, 12)).toBe(true);
    expect(isSeasonal(line, 12)).toBe(false);
    expect(isSeasonal(flat, 12)).toBe(false);
  });
  test("AICc prefers a seasonal model on seasonal data and a model without one on a line", () => {
    expect(selectEts(noisy(60, 3), 12, candidateModels(true, true))?.spec.season).not.toBe("N");
    expect(selectEts(line, 12, candidateModels(true, false))?.spec.season).toBe("N");
  });
  test("a model with more parameters than the history allows is not fitted", () => {
    expect(fitEts([1, 2, 3, 4], 1, { error: "A", trend: "Ad", season: "N" })).toBeUndefined();
    expect(
      fitEts([1, 2, 3, -4, 5, 6, 7], 1, { error: "M", trend: "N", season: "N" })
    ).toBeUndefined();
  });
});

describe("bad options are problems naming the argument", () => {
  test.each([
    [{ horizon: 0 }, "horizon"],
    [{ horizon: 121 }, "horizon"],
    [{ horizon: 2.5 }, "horizon"],
    [{ seasonLength: 0 }, "season_length"],
    [{ method: "arima" }, "method"],
    [{ coverage: 1 }, "interval"],
  ])("%j", (change, argument) => {
    const outcome = forecastSeries(Float64Array.from(line), {
      horizon: 6,
      seasonLength: 12,
      method: "auto",
      ...change,
    } as never);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.argument)).toEqual([argument]);
  });
});
