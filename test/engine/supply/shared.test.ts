import {
  sharedSupplyPlan,
  shortageList,
  supplyPlan,
  type FamilySupply,
  type LpSolver,
  type PlanParameters,
  type SharedSupplyPlan,
} from "../../../src/engine";
import { loadSolver } from "../../../src/solver/highs";
import {
  RED_TOMATO_DEMAND,
  RED_TOMATO_OPENING_STOCK,
  RED_TOMATO_OPTIMUM,
  RED_TOMATO_ROWS,
} from "../../support/redTomato";

/** Many families in one solve: families on one resource compete for its capacity or workforce. */

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadSolver();
});

const RED_TOMATO: PlanParameters = Object.fromEntries(RED_TOMATO_ROWS);

function shared(families: readonly FamilySupply[]): SharedSupplyPlan {
  const outcome = sharedSupplyPlan(families, solve);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}
function alone(family: FamilySupply): number {
  const outcome = supplyPlan(family, solve);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value.cost;
}

describe("Red Tomato split into two families on one workforce", () => {
  // Two families of the same tool, each with a share of the demand, the stock and the end stock,
  // made by the same 80 workers: the same program as the textbook's, so the same optimum.
  const split = (share: number): FamilySupply => ({
    demand: RED_TOMATO_DEMAND.map((d) => d * share),
    openingStock: RED_TOMATO_OPENING_STOCK * share,
    parameters: { ...RED_TOMATO, end_stock_min: 500 * share },
    resource: "Line 1",
  });
  const families = [split(0.3), split(0.7)];

  test("costs the textbook's $422,275.00, shared between the families and the workforce", () => {
    const plan = shared(families);
    expect(Math.round(plan.cost * 100) / 100).toBe(RED_TOMATO_OPTIMUM);
    const resourceCost = plan.resources[0]?.periods.reduce((s, p) => s + p.cost, 0) ?? 0;
    const familyCost = plan.families.reduce((s, f) => s + f.cost, 0);
    expect(familyCost + resourceCost).toBeCloseTo(plan.cost, 6);
    // A shared workforce is the resource's: the families' own periods carry none of it.
    expect(plan.families.every((f) => f.periods.every((p) => p.workforce === 0))).toBe(true);
  });
  test("the two families' regular hours never exceed the shared workforce's", () => {
    const plan = shared(families);
    const resource = plan.resources[0];
    expect(resource?.families).toEqual([0, 1]);
    resource?.periods.forEach((period, t) => {
      const hours = plan.families.reduce((s, f) => s + 4 * (f.periods[t]?.regular ?? 0), 0);
      expect(period.regularUsed).toBeCloseTo(hours, 6);
      expect(hours).toBeLessThanOrEqual(160 * period.workforce + 1e-6);
      expect(period.regularAvailable).toBeCloseTo(160 * period.workforce, 6);
    });
  });
  test("apart, each with its share of the 80 workers, each costs its share of the optimum", () => {
    // The program is linear in demand, stock and workforce: 30 % of everything costs 30 %.
    for (const [share, family] of [
      [0.3, families[0]],
      [0.7, families[1]],
    ] as const) {
      const { resource: _shared, ...own } = family as FamilySupply;
      const workers = { ...own.parameters, workforce_start: 80 * share };
      expect(alone({ ...own, parameters: workers })).toBeCloseTo(RED_TOMATO_OPTIMUM * share, 4);
    }
  });
});

describe("shared capacity in units", () => {
  const family = (demand: number[], regular_cost: number): FamilySupply => ({
    demand,
    openingStock: 0,
    parameters: {
      regular_capacity: 100,
      regular_cost,
      overtime_cost: regular_cost + 8,
      holding_cost: 1,
      subcontract_cost: regular_cost + 20,
    },
    resource: "Press",
  });
  const a = family([60, 70, 80], 10);
  const b = family([50, 60, 70], 12);

  test("between the cost of each family alone on the whole line and any split of the line", () => {
    const plan = shared([a, b]).cost;
    // Alone on the whole line each has more than its share: a lower bound.
    expect(plan).toBeGreaterThanOrEqual(alone(a) + alone(b) - 1e-6);
    // Any fixed split of the 100 units is one of the shared plans: an upper bound.
    for (const split of [30, 50, 55, 70]) {
      const cap = (f: FamilySupply, c: number): FamilySupply => ({
        ...f,
        parameters: { ...f.parameters, regular_capacity: c },
      });
      expect(plan).toBeLessThanOrEqual(alone(cap(a, split)) + alone(cap(b, 100 - split)) + 1e-6);
    }
  });
  test("the line is full every period and its value is what an extra unit saves", () => {
    const plan = shared([a, b]);
    const line = plan.resources[0];
    line?.periods.forEach((period, t) => {
      const made = plan.families.reduce((s, f) => s + (f.periods[t]?.regular ?? 0), 0);
      expect(period.regularUsed).toBeCloseTo(made, 6);
      expect(made).toBeLessThanOrEqual(100 + 1e-6);
    });
    expect(line?.binding.map((limit) => limit.limit)).toEqual(["regular", "regular", "regular"]);
    // One more unit of the line in every period saves the sum of the periods' values.
    const wider = (f: FamilySupply): FamilySupply => ({
      ...f,
      parameters: { ...f.parameters, regular_capacity: 101 },
    });
    const saved = plan.cost - shared([wider(a), wider(b)]).cost;
    expect(saved).toBeGreaterThan(0);
    expect(line?.periods.reduce((s, p) => s + p.capacityValue, 0)).toBeCloseTo(saved, 4);
  });
  test("the shortage list: a line per resource, period and lever used, quantities from the plan", () => {
    const plan = shared([a, b]);
    const lines = shortageList(plan);
    const expected: [number, string, number][] = [];
    for (let t = 0; t < 3; t++) {
      const sum = (field: "overtime" | "subcontract" | "backlog") =>
        plan.families.reduce((s, f) => s + (f.periods[t]?.[field] ?? 0), 0);
      for (const lever of ["overtime", "subcontract", "backlog"] as const) {
        if (sum(lever) > 1e-6) expected.push([t, lever, sum(lever)]);
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(lines.map((line) => [line.period, line.lever, line.quantity])).toEqual(expected);
    for (const line of lines.filter((l) => l.lever === "overtime")) {
      // Overtime costs each family its overtime cost a unit: 18 for a, 20 for b.
      const cost = plan.families.reduce(
        (s, f, i) => s + (f.periods[line.period]?.overtime ?? 0) * (i === 0 ? 18 : 20),
        0
      );
      expect(line.cost).toBeCloseTo(cost, 6);
    }
  });
});

describe("what a shared plan refuses", () => {
  const base: PlanParameters = { regular_capacity: 100, regular_cost: 10 };
  test("families of one resource that disagree on its capacity are named, with the parameter", () => {
    const outcome = sharedSupplyPlan(
      [
        { demand: [10], openingStock: 0, parameters: base, resource: "Line 1" },
        { demand: [10], openingStock: 0, parameters: base, resource: "Line 2" },
        {
          demand: [10],
          openingStock: 0,
          parameters: { ...base, regular_capacity: 80 },
          resource: "Line 1",
        },
      ],
      solve
    );
    expect(!outcome.ok && outcome.problems).toEqual([
      {
        kind: "resourceConflict",
        errorClass: "#VALUE!",
        argument: "parameters",
        family: 2,
        found: "regular_capacity",
        expected: "Line 1",
      },
    ]);
  });
  test("infeasible: the first period and the family short, by how much", () => {
    const outcome = sharedSupplyPlan(
      [
        { demand: [40, 40], openingStock: 0, parameters: base, resource: "Line 1" },
        { demand: [50, 100], openingStock: 0, parameters: base, resource: "Line 1" },
      ],
      solve
    );
    // 200 units of line for 230 of demand: 30 short, in the last period.
    expect(!outcome.ok && outcome.problems[0]).toMatchObject({
      kind: "infeasible",
      index: 1,
      found: "30",
    });
  });
});
