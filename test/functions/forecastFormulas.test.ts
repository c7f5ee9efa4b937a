import { forecastSeries } from "../../src/engine";
import {
  accuracyFormula,
  forecastFormula,
  isFormulaError,
  type FormulaResult,
  type ResultCell,
} from "../../src/functions/formulas";

/** SOP.FORECAST and SOP.ACCURACY as Excel calls them: matrices in, a spill or an error out. */

const HISTORY = [120, 135, 128, 150, 160, 155, 170, 180, 175, 190, 200, 195, 210, 220];
const row = (values: readonly unknown[]) => [[...values]];
const column = (values: readonly unknown[]) => values.map((v) => [v]);

function cells(result: FormulaResult): ResultCell[][] {
  if (!result.ok) throw new Error(result.error.message);
  return result.cells;
}

function expected(values: readonly number[], horizon: number, coverage?: number) {
  const outcome = forecastSeries(Float64Array.from(values), {
    horizon,
    seasonLength: 12,
    method: "auto",
    ...(coverage === undefined ? {} : { coverage }),
  });
  if (!outcome.ok) throw new Error("engine refused");
  return outcome.value;
}

describe("SOP.FORECAST spills the way the history runs", () => {
  test("a row gives 1 × horizon", () => {
    const got = cells(forecastFormula({ history: row(HISTORY), horizon: 4 }));
    expect(got).toEqual([Array.from(expected(HISTORY, 4).forecast)]);
  });
  test("a row with an interval gives 3 × horizon: forecast, lower, upper", () => {
    const got = cells(forecastFormula({ history: row(HISTORY), horizon: 4, interval: 0.8 }));
    const { forecast, lower, upper } = expected(HISTORY, 4, 0.8);
    expect(got).toEqual([Array.from(forecast), Array.from(lower ?? []), Array.from(upper ?? [])]);
  });
  test("a column gives horizon × 1, or horizon × 3 with an interval", () => {
    expect(cells(forecastFormula({ history: column(HISTORY), horizon: 3 }))).toHaveLength(3);
    const got = cells(forecastFormula({ history: column(HISTORY), horizon: 3, interval: 0.9 }));
    expect(got.map((r) => r.length)).toEqual([3, 3, 3]);
    const { forecast, lower, upper } = expected(HISTORY, 3, 0.9);
    expect(got[2]).toEqual([forecast[2], lower?.[2], upper?.[2]]);
  });
  test("leading blanks are skipped (a family launched later); a later blank is 0", () => {
    const launched = cells(forecastFormula({ history: row([null, "", ...HISTORY]), horizon: 2 }));
    expect(launched).toEqual(cells(forecastFormula({ history: row(HISTORY), horizon: 2 })));
    const gap = cells(forecastFormula({ history: row([5, null, 7]), horizon: 1, method: "naive" }));
    expect(gap).toEqual([[7]]);
    const zero = cells(
      forecastFormula({ history: row([5, 7, null]), horizon: 1, method: "naive" })
    );
    expect(zero).toEqual([[0]]);
  });
  test("method and defaults: omitted or blank arguments take the defaults; codes are case-insensitive", () => {
    const byDefault = cells(forecastFormula({ history: row(HISTORY), horizon: 2 }));
    expect(
      cells(
        forecastFormula({
          history: row(HISTORY),
          horizon: 2,
          season_length: null,
          method: " AUTO ",
        })
      )
    ).toEqual(byDefault);
    expect(
      cells(
        forecastFormula({ history: row(HISTORY), horizon: 2, method: "snaive", season_length: 1 })
      )
    ).toEqual([[220, 220]]);
  });
});

describe("bad input names the argument and the position", () => {
  const message = (result: FormulaResult) =>
    result.ok ? "" : `${result.error.errorClass} ${result.error.message}`;
  test.each([
    [
      { history: row([1, "n/a", 3]), horizon: 2 },
      '#VALUE! history, period 2: "n/a" is not a number',
    ],
    [
      { history: row([1, { value: "#N/A" }, 3]), horizon: 2 },
      "#N/A history, period 2: the input is the error #N/A",
    ],
    [{ history: row([null, 4]), horizon: 2 }, "#VALUE! history: needs at least 2 values, has 1"],
    [
      {
        history: [
          [1, 2],
          [3, 4],
        ],
        horizon: 2,
      },
      "#VALUE! history: is 2 × 2; give one row or one column",
    ],
    [{ history: row(HISTORY), horizon: 0 }, "#NUM! horizon: 0 is not allowed; use 1 – 120"],
    [
      { history: row(HISTORY), horizon: 2, method: "arima" },
      '#VALUE! method: "arima" is not allowed; use one of auto, ets, theta, snaive, naive, croston',
    ],
    [
      { history: row(HISTORY), horizon: 2, interval: 80 },
      "#NUM! interval: 80 is not allowed; use 0 – 1",
    ],
  ])("%j", (args, text) => {
    expect(message(forecastFormula(args))).toBe(text);
  });
  test("in Chinese, with the argument's Chinese name", () => {
    const result = forecastFormula({ history: row([1, "n/a"]), horizon: 2, language: "zh" });
    expect(message(result)).toBe('#VALUE! 历史(history),第 2 期: "n/a" 不是数字');
  });
});

/** CONTRACT.md's metrics in its order, as the English formula names them. */
const METRIC_NAMES = ["MAPE", "WMAPE", "sMAPE", "Bias", "MAD", "RMSE", "Tracking signal", "FVA"];

describe("SOP.ACCURACY", () => {
  const actual = [100, 120, 80, 110];
  const forecast = [90, 130, 100, 110];
  test("two columns, the contract's metrics in order; FVA only with naive", () => {
    const without = cells(accuracyFormula({ actual: row(actual), forecast: row(forecast) }));
    expect(without.map((r) => r[0])).toEqual(METRIC_NAMES.slice(0, 7));
    const withNaive = cells(
      accuracyFormula({
        actual: column(actual),
        forecast: column(forecast),
        naive: column([110, 100, 90, 100]),
      })
    );
    expect(withNaive.map((r) => r[0])).toHaveLength(8);
    // WMAPE by hand: (10 + 10 + 20 + 0) / 410; the naive's (10 + 20 + 10 + 10) / 410.
    expect(withNaive[1]?.[1]).toBeCloseTo(40 / 410, 12);
    expect(withNaive[7]?.[1]).toBeCloseTo(50 / 410 - 40 / 410, 12);
  });
  test("metric names in the formula's language", () => {
    const zh = cells(
      accuracyFormula({ actual: row(actual), forecast: row(forecast), language: "zh" })
    );
    expect(zh[1]?.[0]).toBe("加权平均绝对百分比误差");
  });
  test("a metric that cannot be computed is #DIV/0! in its cell only", () => {
    const got = cells(accuracyFormula({ actual: row([0, 0]), forecast: row([1, 2]) }));
    const mape = got[0]?.[1] as ResultCell;
    expect(isFormulaError(mape) && mape.errorClass).toBe("#DIV/0!");
    expect(got[4]?.[1]).toBe(1.5);
  });
  test("blank periods are left out; text and different lengths are errors", () => {
    const got = cells(
      accuracyFormula({ actual: row([100, null, 80]), forecast: row([90, 50, null]) })
    );
    expect(got[4]?.[1]).toBe(10);
    const text = accuracyFormula({ actual: row([1, "x"]), forecast: row([1, 2]) });
    expect(!text.ok && text.error.message).toBe('actual, period 2: "x" is not a number');
    const short = accuracyFormula({ actual: row([1, 2, 3]), forecast: row([1, 2]) });
    expect(!short.ok && short.error.message).toBe("forecast: has 2 values but actual has 3");
    const zh = accuracyFormula({ actual: row([1, 2, 3]), forecast: row([1, 2]), language: "zh" });
    expect(!zh.ok && zh.error.message).toBe("预测(forecast): 有 2 个值,但实际(actual)有 3 个值");
  });
});

describe("README's worked examples, by their definitions", () => {
  const year1 = [120, 130, 150, 160, 170, 180, 175, 165, 150, 140, 130, 125];
  const year2 = [125, 140, 160, 170, 180, 190, 185, 170, 160, 150, 140, 130];
  const history = [...year1, ...year2];
  // Φ⁻¹(0.9); the engine's Acklam approximation is within 1e-8 of it.
  const z80 = 1.2815515655446004;
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

  test("snaive: year 2's first months, ± z·σ with σ² the mean squared change over a season", () => {
    const sigma = Math.sqrt(mean(year2.map((y, t) => (y - (year1[t] as number)) ** 2)));
    const got = cells(
      forecastFormula({
        history: row(history),
        horizon: 3,
        season_length: 12,
        method: "snaive",
        interval: 0.8,
      })
    );
    const forecast = year2.slice(0, 3);
    expect(got[0]).toEqual(forecast);
    got[1]?.forEach((v, j) => {
      expect(v).toBeCloseTo((forecast[j] as number) - z80 * sigma, 6);
    });
    got[2]?.forEach((v, j) => {
      expect(v).toBeCloseTo((forecast[j] as number) + z80 * sigma, 6);
    });
    expect(got[1]?.[0]).toBeCloseTo(113.45, 2);
  });
  test("naive: the last actual, ± z·σ·√h with σ² the mean squared month-on-month change", () => {
    const changes = history.slice(1).map((y, t) => y - (history[t] as number));
    const sigma = Math.sqrt(mean(changes.map((d) => d * d)));
    const got = cells(
      forecastFormula({
        history: row(history),
        horizon: 3,
        season_length: 1,
        method: "naive",
        interval: 0.8,
      })
    );
    expect(got[0]).toEqual([130, 130, 130]);
    got[1]?.forEach((v, j) => {
      expect(v).toBeCloseTo(130 - z80 * sigma * Math.sqrt(j + 1), 6);
    });
    got[2]?.forEach((v, j) => {
      expect(v).toBeCloseTo(130 + z80 * sigma * Math.sqrt(j + 1), 6);
    });
    expect(got[2]?.[2]).toBeCloseTo(155.14, 2);
  });
  test("SOP.ACCURACY on 100 / 120 / 80 / 110 against 90 / 125 / 100 / 100, naive 95 / 100 / 100 / 120", () => {
    const got = cells(
      accuracyFormula({
        actual: row([100, 120, 80, 110]),
        forecast: row([90, 125, 100, 100]),
        naive: row([95, 100, 100, 120]),
      })
    );
    const want = [
      (10 / 100 + 5 / 120 + 20 / 80 + 10 / 110) / 4,
      45 / 410,
      (20 / 190 + 10 / 245 + 40 / 180 + 20 / 210) / 4,
      5 / 410,
      11.25,
      12.5,
      -5 / 11.25,
      55 / 410 - 45 / 410,
    ];
    expect(got.map((r) => r[0])).toEqual(METRIC_NAMES);
    got.forEach((r, i) => {
      expect(r[1]).toBeCloseTo(want[i] as number, 12);
    });
  });
});
