import {
  backtest,
  forecastAccuracy,
  forecastFamily,
  forecastSeries,
  lagAccuracy,
  outsideInterval,
  type CycleForecast,
} from "../../src/engine";

/** The demand review's numbers, each checked by hand or against its definition. */

describe("lag-1 and lag-3 accuracy over three rolled-forward cycles, by hand", () => {
  const labels = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
  // One family's actuals, January to December 2024.
  const actuals = {
    periods: labels,
    values: [50, 60, 70, 80, 90, 95, 105, 112, 98, 100, 130, 120],
  };
  // Each cycle's plan starts a month later (a roll forward), four periods long.
  const cycles: CycleForecast[] = [
    { periods: ["2024-10", "2024-11", "2024-12", "2025-01"], forecast: [110, 120, 130, 140] },
    {
      periods: ["2024-11", "2024-12", "2025-01", "2025-02"],
      forecast: [115, 125, 135, 145],
      statistical: [128, 126, 0, 0],
    },
    { periods: ["2024-12", "2025-01", "2025-02", "2025-03"], forecast: [118, 128, 138, 148] },
  ];
  const lag1 = lagAccuracy(cycles, actuals, 1, 1, 3);
  const lag3 = lagAccuracy(cycles, actuals, 1, 3, 3);

  test("lag 1 pairs each cycle's first period with its actual: Oct 110/100, Nov 115/130, Dec 118/120", () => {
    expect(lag1.cycles).toBe(3);
    expect(lag1.total.wmape).toBeCloseTo((10 + 15 + 2) / (100 + 130 + 120), 12);
    // bias = Σ(forecast − actual) / Σ actual = (10 − 15 − 2) / 350.
    expect(lag1.total.bias).toBeCloseTo(-7 / 350, 12);
    // tracking signal = Σ(actual − forecast) / MAD = 7 / (27 / 3).
    expect(lag1.total.trackingSignal).toBeCloseTo(7 / 9, 12);
  });
  test("FVA over seasonal naive (season 3): naive for Oct is July's 105, Nov August's 112, Dec September's 98", () => {
    expect(lag1.total.fva).toBeCloseTo((5 + 18 + 22) / 350 - 27 / 350, 12);
  });
  test("the statistical forecast counts where it was saved: November's 128 against 130", () => {
    expect(lag1.totalStatisticalWmape).toBeCloseTo(2 / 130, 12);
  });
  test("FVA over the statistical forecast compares the same periods: November's consensus 115 against its 128", () => {
    // WMAPE of the statistical (2 / 130) − WMAPE of the consensus over November only (15 / 130).
    expect(lag1.totalStatisticalFva).toBeCloseTo(2 / 130 - 15 / 130, 12);
    expect(lag1.statisticalFva[0]).toBeCloseTo(-13 / 130, 12);
  });
  test("lag 3 has an actual for the first cycle only (December: 130 against 120)", () => {
    expect(lag3.cycles).toBe(1);
    expect(lag3.total.wmape).toBeCloseTo(10 / 120, 12);
    expect(lag3.families[0]?.wmape).toBeCloseTo(10 / 120, 12);
  });
  test("per family and in total: the total adds the families' errors before dividing", () => {
    const two = {
      periods: labels,
      values: [...actuals.values, ...actuals.values.map((v) => v * 10)],
    };
    const twoCycles = cycles.map((c) => ({
      ...c,
      forecast: [...Array.from(c.forecast), ...Array.from(c.forecast, (v) => v * 10)],
    }));
    const result = lagAccuracy(twoCycles, two, 2, 1, 3);
    expect(result.families[1]?.wmape).toBeCloseTo(27 / 350, 12);
    expect(result.total.wmape).toBeCloseTo((27 + 270) / (350 + 3500), 12);
  });
});

describe("backtest: the last 12 periods held back", () => {
  const values = Float64Array.from(
    { length: 36 },
    (_, t) => 100 + 20 * Math.sin((2 * Math.PI * t) / 12) + (t % 5)
  );
  const test12 = backtest(values, { seasonLength: 12, method: "auto" });
  test("WMAPE of the method and of seasonal naive over the held-back year, by definition", () => {
    const train = values.subarray(0, 24);
    const actual = values.subarray(24);
    const method = forecastSeries(train, { horizon: 12, seasonLength: 12, method: "auto" });
    const naive = forecastSeries(train, { horizon: 12, seasonLength: 12, method: "snaive" });
    if (!method.ok || !naive.ok) throw new Error("refused");
    expect(test12?.wmape).toBeCloseTo(forecastAccuracy(actual, method.value.forecast).wmape, 12);
    expect(test12?.naiveWmape).toBeCloseTo(
      forecastAccuracy(actual, naive.value.forecast).wmape,
      12
    );
    expect(test12?.fva).toBeCloseTo((test12?.naiveWmape ?? NaN) - (test12?.wmape ?? NaN), 12);
  });
  test("too short a history has no backtest", () => {
    expect(backtest(values.subarray(0, 13), { seasonLength: 12, method: "auto" })).toBeUndefined();
    const family = forecastFamily(values.subarray(0, 13), {
      horizon: 6,
      seasonLength: 12,
      method: "auto",
      coverage: 0.8,
    });
    expect(family.ok && family.value.backtest).toBeUndefined();
  });
});

test.each([
  [90, 95, 110, true],
  [95, 95, 110, false],
  [110, 95, 110, false],
  [111, 95, 110, true],
])("planner %s against the interval [%s, %s]: outside = %s", (planner, lower, upper, outside) => {
  expect(outsideInterval(planner, lower, upper)).toBe(outside);
});
