import {
  emptyPlan,
  supplyReview,
  type LpSolver,
  type PlanInput,
  type PlanParameters,
} from "../../../src/engine";
import { loadSolver } from "../../../src/solver/highs";
import { seedRollingPlan, seedSeries } from "../../support/seedDemo";

/** The supply review of the seed's demo: its own output tells where the planner's plan falls short. */

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadSolver();
});

function seedPlan(): PlanInput {
  const plan = emptyPlan(1, seedSeries.forecast.length);
  plan.forecast.set(seedSeries.forecast);
  plan.orders.set(seedSeries.orders);
  plan.production.set(seedSeries.production);
  plan.capacity.set(seedSeries.capacity);
  plan.safetyStock.set(seedSeries.safetyStock);
  plan.openingStock.set([seedSeries.openingStock]);
  return plan;
}

/** A line of 12,000 a month on regular time, 1,500 of overtime, 2,500 from a partner. */
const LINE: PlanParameters = {
  regular_capacity: 12_000,
  regular_cost: 50,
  overtime_capacity: 1_500,
  overtime_cost: 100,
  subcontract_capacity: 2_500,
  subcontract_cost: 80,
  holding_cost: 2,
};

function review(plan = seedPlan(), parameters = [LINE], resources = [undefined]) {
  const outcome = supplyReview({ plan, parameters, resources }, solve);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

test("the planner's plan is infeasible where the seed's rolling plan first falls below safety stock, by as much", () => {
  const first = seedRollingPlan.findIndex((p) => p.closingStock < p.safetyStock);
  const period = seedRollingPlan[first];
  const planner = review().baselines.planner;
  expect(!planner.ok && planner.problems[0]).toMatchObject({
    kind: "infeasible",
    index: first,
    found: String((period?.safetyStock ?? 0) - (period?.closingStock ?? 0)),
  });
});

test("demand is the effective demand; regular time falls short by the most any stretch of months needs beyond it", () => {
  const result = review();
  expect(Array.from(result.demand)).toEqual(seedRollingPlan.map((p) => p.effectiveDemand));
  // By the end of month t, Σ demand + that month's safety stock − the opening stock must have
  // been made, (t + 1) × 12,000 of it on regular time at most: the rest is the largest excess.
  let demand = 0;
  let needed = 0;
  seedRollingPlan.forEach((p, t) => {
    demand += p.effectiveDemand;
    needed = Math.max(needed, demand + p.safetyStock - seedSeries.openingStock - 12_000 * (t + 1));
  });
  const beyond = result.shortage
    .filter((line) => line.lever === "overtime" || line.lever === "subcontract")
    .reduce((s, line) => s + line.quantity, 0);
  expect(needed).toBeGreaterThan(0);
  expect(beyond).toBeCloseTo(needed, 6);
  // Subcontracting (80) is cheaper than overtime (100): every period it is used it runs first.
  for (const line of result.shortage.filter((l) => l.lever === "overtime")) {
    const sub = result.shortage.find((l) => l.period === line.period && l.lever === "subcontract");
    expect(sub?.quantity).toBeCloseTo(2_500, 6);
  }
});

test("the optimum costs no more than the level or the chase plan, where they can be made", () => {
  const result = review();
  let compared = 0;
  for (const baseline of ["level", "chase"] as const) {
    const outcome = result.baselines[baseline];
    if (!outcome.ok) continue;
    compared++;
    expect(result.optimized.cost).toBeLessThanOrEqual(outcome.value.cost + 1e-6);
  }
  expect(compared).toBeGreaterThan(0);
});

test("the planner's plan, made feasible by the rolling gap, costs no less than the optimum", () => {
  const plan = seedPlan();
  // Closing each rolling gap (CONTRACT: 0, 1700, 2300, 0, 0, 0) gives a plan that holds safety stock.
  const gaps = seedRollingPlan.map((p, t) =>
    t === 0 ? 0 : Math.max(0, p.safetyStock - p.closingStock)
  );
  plan.production.set(seedSeries.production.map((p, t) => p + (gaps[t] ?? 0)));
  const result = review(plan, [{ ...LINE, regular_capacity: 15_000 }]);
  const planner = result.baselines.planner;
  if (!planner.ok) throw new Error(JSON.stringify(planner.problems));
  expect(result.optimized.cost).toBeLessThanOrEqual(planner.value.cost + 1e-6);
});

test("a production no lever can make is named: the period and the units beyond every lever", () => {
  const plan = seedPlan();
  plan.production.set([11_000, 17_000, 13_000, 12_000, 10_500, 13_500]);
  const planner = review(plan).baselines.planner;
  // 12,000 + 1,500 + 2,500 = 16,000 a month at most.
  expect(!planner.ok && planner.problems[0]).toMatchObject({
    kind: "overCapacity",
    index: 1,
    found: "1000",
  });
});
