import fc from "fast-check";
import { applyAdjustments, emptyPlan, type Adjustment, type PlanInput } from "../../src/engine";

/** Two families × three periods with round numbers, so every result is checkable by hand. */
function plan(): PlanInput {
  const input = emptyPlan(2, 3);
  input.forecast.set([100, 200, 300, 1000, 2000, 3000]);
  input.orders.set([50, 250, 300, 900, 2100, 3000]);
  input.production.set([100, 100, 100, 1000, 1000, 1000]);
  input.capacity.set([500, 500, 500, 5000, 5000, 5000]);
  input.safetyStock.set([10, 10, 10, 100, 100, 100]);
  input.openingStock.set([20, 200]);
  return input;
}

const all = (overrides: Partial<Adjustment>): Adjustment => ({
  target: "demand",
  mode: "percent",
  amount: 10,
  families: [],
  fromPeriod: 0,
  toPeriod: 2,
  ...overrides,
});

function applied(adjustments: Adjustment[]): PlanInput {
  const outcome = applyAdjustments(plan(), adjustments);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

describe("applyAdjustments", () => {
  test.each<[string, Adjustment[], keyof PlanInput, number[]]>([
    ["demand +10 % raises forecast", [all({})], "forecast", [110, 220, 330, 1100, 2200, 3300]],
    ["… and orders alike", [all({})], "orders", [55, 275, 330, 990, 2310, 3300]],
    [
      "forecast only, one family, one period",
      [all({ target: "forecast", families: [1], fromPeriod: 1, toPeriod: 1 })],
      "forecast",
      [100, 200, 300, 1000, 2200, 3000],
    ],
    [
      "orders by a quantity",
      [all({ target: "orders", mode: "quantity", amount: 25, fromPeriod: 2 })],
      "orders",
      [50, 250, 325, 900, 2100, 3025],
    ],
    [
      "production down 50 in period 1 of family 0",
      [
        all({
          target: "production",
          mode: "quantity",
          amount: -50,
          families: [0],
          fromPeriod: 1,
          toPeriod: 1,
        }),
      ],
      "production",
      [100, 50, 100, 1000, 1000, 1000],
    ],
    [
      "capacity -100 % is zero capacity",
      [all({ target: "capacity", amount: -100, families: [0] })],
      "capacity",
      [0, 0, 0, 5000, 5000, 5000],
    ],
    [
      "never below zero",
      [all({ target: "production", mode: "quantity", amount: -150 })],
      "production",
      [0, 0, 0, 850, 850, 850],
    ],
    [
      "stacked in order: +10 % then +100",
      [
        all({ target: "forecast", families: [0] }),
        all({ target: "forecast", mode: "quantity", amount: 100, families: [0] }),
      ],
      "forecast",
      [210, 320, 430, 1000, 2000, 3000],
    ],
    [
      "stacked the other way: +100 then +10 %",
      [
        all({ target: "forecast", mode: "quantity", amount: 100, families: [0] }),
        all({ target: "forecast", families: [0] }),
      ],
      "forecast",
      [220, 330, 440, 1000, 2000, 3000],
    ],
    ["safety stock is never adjusted", [all({})], "safetyStock", [10, 10, 10, 100, 100, 100]],
  ])("%s", (_, adjustments, series, expected) => {
    const values = Array.from(applied(adjustments)[series] as Float64Array);
    values.forEach((value, i) => {
      expect(value).toBeCloseTo(expected[i] ?? NaN, 9);
    });
  });

  test.each<[string, Adjustment, string]>([
    ["a percentage below -100", all({ amount: -101 }), "amount"],
    ["an amount that is not a number", all({ amount: Number.NaN }), "amount"],
    ["an unknown target", all({ target: "price" as Adjustment["target"] }), "target"],
    ["an unknown mode", all({ mode: "double" as Adjustment["mode"] }), "mode"],
    ["a family out of range", all({ families: [2] }), "families"],
    ["a family twice", all({ families: [1, 1] }), "families"],
    ["a period out of range", all({ toPeriod: 3 }), "toPeriod"],
    ["a negative period", all({ fromPeriod: -1 }), "fromPeriod"],
    ["periods the wrong way round", all({ fromPeriod: 2, toPeriod: 1 }), "toPeriod"],
  ])("refuses %s, naming the field", (_, adjustment, argument) => {
    const outcome = applyAdjustments(plan(), [adjustment]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems[0]).toMatchObject({ kind: "invalidOption", argument, index: 0 });
    }
  });

  test("reports every problem of every adjustment at once", () => {
    const outcome = applyAdjustments(plan(), [all({}), all({ amount: -200, toPeriod: 9 })]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => [p.index, p.argument])).toEqual([
        [1, "amount"],
        [1, "toPeriod"],
      ]);
    }
  });

  test("never changes its input, and 0 % or no adjustment gives equal values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("demand", "forecast", "orders", "production", "capacity" as const),
        fc.double({ min: -100, max: 500, noNaN: true }),
        (target, amount) => {
          const input = plan();
          const before = JSON.stringify(Array.from(input.forecast));
          const outcome = applyAdjustments(input, [all({ target, amount })]);
          expect(JSON.stringify(Array.from(input.forecast))).toBe(before);
          expect(outcome.ok).toBe(true);
          if (outcome.ok) {
            for (const series of ["forecast", "orders", "production", "capacity"] as const)
              expect(outcome.value[series].every((v) => v >= 0)).toBe(true);
          }
        }
      )
    );
    const unchanged = applied([all({ amount: 0 })]);
    expect(Array.from(unchanged.forecast)).toEqual(Array.from(plan().forecast));
    expect(applied([])).toEqual(plan());
  });
});
