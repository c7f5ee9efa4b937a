import {
  averageStockDays,
  balancePlan,
  emptyPlan,
  executionRate,
  planChange,
  statusShares,
  utilizationByFamily,
  type DecisionProgress,
  type PlanBalance,
  type PlanSnapshot,
} from "../../src/engine";
import { seedPlan } from "../support/seedDemo";

/** A balance with only the fields a KPI reads set. */
function balanceOf(status: number[], stockDays: number[] = status.map(() => 0)): PlanBalance {
  const cells = status.length;
  return {
    families: 1,
    periods: cells,
    effectiveDemand: new Float64Array(cells),
    openingStock: new Float64Array(cells),
    closingStock: new Float64Array(cells),
    stockDays: Float64Array.from(stockDays),
    utilization: new Float64Array(cells),
    status: Uint8Array.from(status),
    rollingGap: new Float64Array(cells),
    zeroCapacity: [],
  };
}

describe("statusShares", () => {
  test.each([
    [
      "one of each and a balanced",
      [1, 0, 2, 0],
      { cells: 4, shortage: 0.25, balanced: 0.5, excess: 0.25 },
    ],
    ["all shortage", [1, 1, 1], { cells: 3, shortage: 1, balanced: 0, excess: 0 }],
    ["an empty plan", [], { cells: 0, shortage: 0, balanced: 0, excess: 0 }],
  ])("%s", (_, status, shares) => {
    expect(statusShares(balanceOf(status))).toEqual(shares);
  });

  test("the seed demo: its statuses, counted", () => {
    const outcome = balancePlan(seedPlan());
    if (!outcome.ok) throw new Error("engine refused the seed");
    const status = Array.from(outcome.value.status);
    const shares = statusShares(outcome.value);
    expect(shares.shortage).toBeCloseTo(status.filter((s) => s === 1).length / 6, 12);
    expect(shares.shortage + shares.balanced + shares.excess).toBeCloseTo(1, 12);
  });
});

describe("averageStockDays", () => {
  test.each([
    [[10, 20, 30], 20],
    [[5, -3], 1],
    [[], 0],
  ])("%j → %d", (days, mean) => {
    expect(
      averageStockDays(
        balanceOf(
          days.map(() => 0),
          days
        )
      )
    ).toBe(mean);
  });
});

describe("utilizationByFamily", () => {
  test("total production over total capacity, per family", () => {
    const input = emptyPlan(3, 2);
    input.production.set([50, 100, 10, 30, 5, 5]);
    input.capacity.set([100, 100, 10, 90, 0, 0]);
    const result = Array.from(utilizationByFamily(input));
    expect(result[0]).toBe(0.75);
    // Not the mean of 1 and 1/3: the totals.
    expect(result[1]).toBe(0.4);
    expect(result[2]).toBeNaN();
  });
});

describe("executionRate", () => {
  const log: DecisionProgress[] = [
    { status: "done", due: "2024-04-30" },
    { status: "open", due: "2024-04-15" },
    { status: "dropped", due: "2024-04-10" },
    { status: "open", due: "2024-06-30" },
    { status: "done" },
    { status: "open" },
  ];
  test.each([
    ["as of the end of April", "2024-04-30", { due: 3, done: 2, rate: 2 / 3 }],
    ["as of mid-April", "2024-04-15", { due: 2, done: 1, rate: 0.5 }],
    ["later: June's is due too", "2024-07-01", { due: 4, done: 2, rate: 0.5 }],
  ])("%s", (_, asOf, expected) => {
    expect(executionRate(log, asOf)).toEqual(expected);
  });
  test("nothing due: no rate", () => {
    expect(executionRate([{ status: "open", due: "2025-01-01" }], "2024-12-31")).toEqual({
      due: 0,
      done: 0,
    });
  });
});

describe("planChange", () => {
  const previous: PlanSnapshot = {
    families: ["A", "B"],
    periods: ["04", "05", "06", "07"],
    effectiveDemand: [100, 100, 100, 100, 50, 50, 50, 50],
    production: [100, 100, 100, 100, 50, 50, 50, 50],
  };
  test("the next three periods the previous plan also has, matched by label", () => {
    // A month later: 05 … 08. Family A's demand in 06 rose by 20; B unchanged; C is new.
    const current: PlanSnapshot = {
      families: ["A", "B", "C"],
      periods: ["05", "06", "07", "08"],
      effectiveDemand: [100, 120, 100, 100, 50, 50, 50, 50, 9, 9, 9, 9],
      production: [100, 100, 100, 100, 50, 50, 50, 50, 9, 9, 9, 9],
    };
    expect(planChange(current, previous)).toEqual({
      periods: ["05", "06", "07"],
      cells: 6,
      changedCells: 1,
      frequency: 1 / 6,
      magnitude: 20 / (3 * 200 + 3 * 100),
    });
  });
  test("nothing in common: nothing to say", () => {
    const other: PlanSnapshot = { ...previous, periods: ["10", "11", "12", "01"] };
    expect(planChange(other, previous)).toEqual({ periods: [], cells: 0, changedCells: 0 });
  });
  test("a horizon of one period", () => {
    expect(planChange(previous, previous, 1)).toMatchObject({
      periods: ["04"],
      cells: 2,
      changedCells: 0,
      frequency: 0,
      magnitude: 0,
    });
  });
});
