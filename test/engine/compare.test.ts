import {
  balancePlan,
  comparePlans,
  Status,
  type ComparablePlan,
  type PlanInput,
} from "../../src/engine";
import { seedMonths, seedPlan } from "../support/seedDemo";

/** A comparable plan from an engine plan and its labels. */
function comparable(input: PlanInput, families: string[], periods: string[]): ComparablePlan {
  const outcome = balancePlan(input);
  if (!outcome.ok) throw new Error("engine refused");
  const { effectiveDemand, closingStock, stockDays, status } = outcome.value;
  return {
    families,
    periods,
    production: input.production,
    effectiveDemand,
    closingStock,
    stockDays,
    status,
  };
}

/** One family, the given closing stocks and statuses, production 10 per period. */
function simple(
  periods: string[],
  closing: number[],
  status: number[],
  families = ["A"]
): ComparablePlan {
  const cells = families.length * periods.length;
  return {
    families,
    periods,
    effectiveDemand: Array<number>(cells).fill(100),
    production: Array<number>(cells).fill(10),
    closingStock: closing,
    stockDays: closing.map((c) => c / (100 / 30)),
    status,
  };
}

describe("comparePlans", () => {
  test("a plan against itself: nothing changed, every cell shared", () => {
    const seed = comparable(seedPlan(), [""], seedMonths);
    const comparison = comparePlans(seed, seed);
    expect(comparison).toMatchObject({
      turnedShortage: [],
      statusChanges: 0,
      largestStockChanges: [],
      productionChange: 0,
      sharedCells: 6,
    });
    expect(comparison.rows.map((row) => row.period)).toEqual(seedMonths);
    expect(comparison.rows.every((row) => row.first && row.second)).toBe(true);
  });

  test("the seed demo against +10 % demand: every difference by hand", () => {
    const base = seedPlan();
    const raised = seedPlan();
    raised.forecast.set(raised.forecast.map((v) => v * 1.1));
    raised.orders.set(raised.orders.map((v) => v * 1.1));
    const a = comparable(base, [""], seedMonths);
    const b = comparable(raised, [""], seedMonths);
    const comparison = comparePlans(a, b);
    // Effective demand max(forecast, orders) grows 10 %; the closing stock falls by the sum of
    // the extra demand so far (production is the same).
    let extra = 0;
    comparison.rows.forEach((row, p) => {
      const demand = Math.max(base.forecast[p] ?? 0, base.orders[p] ?? 0);
      extra += demand * 0.1;
      expect((row.second?.effectiveDemand ?? 0) - (row.first?.effectiveDemand ?? 0)).toBeCloseTo(
        demand * 0.1,
        9
      );
      expect((row.second?.closingStock ?? 0) - (row.first?.closingStock ?? 0)).toBeCloseTo(
        -extra,
        9
      );
    });
    expect(comparison.productionChange).toBe(0);
    // The largest change is the last period's, the whole extra demand.
    expect(comparison.largestStockChanges[0]).toMatchObject({ period: "2024-09" });
    expect(comparison.largestStockChanges[0]?.change).toBeCloseTo(-extra, 9);
    expect(comparison.largestStockChanges).toHaveLength(5);
    const turned = comparison.rows.filter(
      (row) => row.second?.status === Status.Shortage && row.first?.status !== Status.Shortage
    );
    expect(comparison.turnedShortage.map((cell) => cell.period)).toEqual(
      turned.map((row) => row.period)
    );
  });

  test("plans a period apart (after a roll forward) match by label", () => {
    const april = simple(["04", "05", "06"], [10, 20, 30], [0, 0, 0]);
    const may = simple(["05", "06", "07"], [25, 30, 40], [1, 0, 0]);
    const comparison = comparePlans(april, may);
    expect(
      comparison.rows.map((row) => [row.period, row.first?.closingStock, row.second?.closingStock])
    ).toEqual([
      ["04", 10, undefined],
      ["05", 20, 25],
      ["06", 30, 30],
      ["07", undefined, 40],
    ]);
    expect(comparison.sharedCells).toBe(2);
    expect(comparison.turnedShortage).toEqual([{ family: "A", period: "05", from: 0 }]);
    expect(comparison.statusChanges).toBe(1);
    expect(comparison.largestStockChanges).toEqual([{ family: "A", period: "05", change: 5 }]);
  });

  test("families only one plan has come after the first plan's, blank on the other side", () => {
    const first = simple(["04"], [1, 2], [0, 0], ["A", "B"]);
    const second = simple(["04"], [2, 3], [0, 0], ["C", "A"]);
    const comparison = comparePlans(first, second);
    expect(
      comparison.rows.map((row) => [row.family, row.first?.closingStock, row.second?.closingStock])
    ).toEqual([
      ["A", 1, 3],
      ["B", 2, undefined],
      ["C", undefined, 2],
    ]);
  });

  test.each([
    [1, [{ period: "3", change: -9 }]],
    [
      2,
      [
        { period: "3", change: -9 },
        { period: "1", change: 4 },
      ],
    ],
    [
      3,
      [
        { period: "3", change: -9 },
        { period: "1", change: 4 },
        { period: "2", change: -4 },
      ],
    ],
  ])("the %i largest stock changes by size, ties in row order", (largest, expected) => {
    const a = simple(["1", "2", "3", "4"], [0, 0, 0, 0], [0, 0, 0, 0]);
    const b = simple(["1", "2", "3", "4"], [4, -4, -9, 0], [0, 0, 0, 0]);
    expect(comparePlans(a, b, { largest }).largestStockChanges).toEqual(
      expected.map((change) => ({ family: "A", ...change }))
    );
  });
});

describe("two plans in money", () => {
  const inMoney = (plan: ComparablePlan, revenue: number[], margin: number[], stock: number[]) => ({
    ...plan,
    revenue,
    margin,
    stockValue: stock,
  });
  test("each cell carries both plans' money; the change is summed over the cells both have", () => {
    // The second plan is rolled a period on: only 2024-05 is in both.
    const a = inMoney(simple(["2024-04", "2024-05"], [5, 5], [0, 0]), [100, 200], [40, 80], [7, 9]);
    const b = inMoney(simple(["2024-05", "2024-06"], [5, 5], [0, 0]), [230, 50], [95, 20], [4, 1]);
    const comparison = comparePlans(a, b);
    expect(comparison.moneyChange).toEqual({ revenue: 30, margin: 15, stockValue: -5 });
    const may = comparison.rows.find((row) => row.period === "2024-05");
    expect(may?.first?.money).toEqual({ revenue: 200, margin: 80, stockValue: 9 });
    expect(may?.second?.money).toEqual({ revenue: 230, margin: 95, stockValue: 4 });
  });

  test("one plan without prices: no money change", () => {
    const a = simple(["2024-04"], [5], [0]);
    const b = inMoney(simple(["2024-04"], [5], [0]), [1], [1], [1]);
    expect(comparePlans(a, b).moneyChange).toBeUndefined();
  });
});
