import {
  chaseProduction,
  levelProduction,
  planParameters,
  supplyPlan,
  type LpSolver,
  type PlanParameters,
  type SupplyInput,
  type SupplyPeriod,
} from "../../../src/engine";
import { loadSolver } from "../../../src/solver/highs";
import {
  RED_TOMATO_DEMAND,
  RED_TOMATO_OPENING_STOCK,
  RED_TOMATO_OPTIMUM,
  RED_TOMATO_ROWS,
} from "../../support/redTomato";

/**
 * The aggregate plan against the textbook: Chopra & Meindl, Supply Chain Management, ch. 8, Red
 * Tomato Tools, whose optimal aggregate plan costs $422,275 (Table 8-3 … 8-5).
 */

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadSolver();
});

const RED_TOMATO: PlanParameters = Object.fromEntries(RED_TOMATO_ROWS);
const redTomato: SupplyInput = {
  demand: RED_TOMATO_DEMAND,
  openingStock: RED_TOMATO_OPENING_STOCK,
  parameters: RED_TOMATO,
};

function planOf(input: SupplyInput) {
  const outcome = supplyPlan(input, solve);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

/** The stock balance, period by period, from the plan's own numbers. */
function balanceHolds(input: SupplyInput, periods: readonly SupplyPeriod[]): void {
  let net = input.openingStock;
  periods.forEach((period, t) => {
    net += period.regular + period.overtime + period.subcontract - (input.demand[t] as number);
    expect(period.closing - period.backlog).toBeCloseTo(net, 6);
  });
}

describe("Red Tomato Tools (Chopra & Meindl, ch. 8)", () => {
  test("the optimum costs $422,275.00, to the cent", () => {
    const plan = planOf(redTomato);
    expect(Math.round(plan.cost * 100) / 100).toBe(RED_TOMATO_OPTIMUM);
  });
  test("the plan is feasible: stock balance, capacity and end stock hold, period costs add up", () => {
    const plan = planOf(redTomato);
    balanceHolds(redTomato, plan.periods);
    let workforce = 80;
    for (const period of plan.periods) {
      workforce += period.hired - period.laidOff;
      expect(period.workforce).toBeCloseTo(workforce, 6);
      expect(4 * period.regular).toBeLessThanOrEqual(160 * period.workforce + 1e-6);
      expect(4 * period.overtime).toBeLessThanOrEqual(10 * period.workforce + 1e-6);
    }
    const last = plan.periods.at(-1);
    expect(last?.closing).toBeGreaterThanOrEqual(500 - 1e-6);
    expect(last?.backlog).toBeCloseTo(0, 9);
    const sum = plan.periods.reduce((s, p) => s + p.cost, 0);
    expect(sum).toBeCloseTo(plan.cost, 6);
    // Each period's cost is every cost incurred in it, recomputed here from the parameters.
    for (const p of plan.periods) {
      const recomputed =
        640 * p.workforce +
        300 * p.hired +
        500 * p.laidOff +
        6 * 4 * p.overtime +
        10 * (p.regular + p.overtime) +
        30 * p.subcontract +
        2 * p.closing +
        5 * p.backlog;
      expect(p.cost).toBeCloseTo(recomputed, 6);
    }
  });
  test("what one more unit of demand costs, per period, is the balance's dual: a finite-difference check", () => {
    const plan = planOf(redTomato);
    for (let t = 0; t < RED_TOMATO_DEMAND.length; t++) {
      const more = RED_TOMATO_DEMAND.map((d, i) => (i === t ? d + 1 : d));
      const next = planOf({ ...redTomato, demand: more });
      expect(plan.marginalCost[t]).toBeCloseTo(next.cost - plan.cost, 4);
    }
  });
});

describe("the levers and limits", () => {
  const simple: PlanParameters = { regular_capacity: 100, regular_cost: 10, holding_cost: 1 };
  test("capacity mode: regular time first, then overtime, then subcontracting, by cost", () => {
    const plan = planOf({
      demand: [150],
      openingStock: 0,
      parameters: { ...simple, overtime_capacity: 30, overtime_cost: 15, subcontract_cost: 20 },
    });
    expect(plan.periods[0]).toMatchObject({ regular: 100, overtime: 30, subcontract: 20 });
    expect(plan.cost).toBeCloseTo(100 * 10 + 30 * 15 + 20 * 20, 9);
    expect(plan.binding).toEqual([
      { period: 0, limit: "regular" },
      { period: 0, limit: "overtime" },
    ]);
  });
  test("building stock ahead is cheaper than overtime when holding costs less than the premium", () => {
    const plan = planOf({
      demand: [50, 150],
      openingStock: 0,
      parameters: { ...simple, overtime_cost: 15 },
    });
    // 50 carried from period 1 costs 10 + 1 a unit against 15 on overtime in period 2.
    expect(plan.periods.map((p) => [p.regular, p.overtime, p.closing])).toEqual([
      [100, 0, 50],
      [100, 0, 0],
    ]);
  });
  test("backlog only with a backlog cost, never where a safety stock is, never at the end", () => {
    const input = {
      demand: [150, 50],
      openingStock: 0,
      parameters: { ...simple, backlog_cost: 2 },
    };
    const plan = planOf(input);
    expect(plan.periods[0]?.backlog).toBeCloseTo(50, 9);
    balanceHolds(input, plan.periods);
    const none = supplyPlan({ ...input, parameters: simple }, solve);
    expect(!none.ok && none.problems[0]).toMatchObject({
      kind: "infeasible",
      index: 0,
      found: "50",
    });
    const safety = supplyPlan({ ...input, safetyStock: [1, 0] }, solve);
    expect(!safety.ok && safety.problems[0]).toMatchObject({ kind: "infeasible", index: 0 });
  });
  test("infeasible: the first period that cannot be met and by how much", () => {
    const outcome = supplyPlan(
      { demand: [50, 50, 300], openingStock: 0, parameters: simple },
      solve
    );
    // 100 a period: 50 + 50 built ahead still leaves 300 − 200 = 100 short in period 3.
    expect(!outcome.ok && outcome.problems).toEqual([
      { kind: "infeasible", errorClass: "#NUM!", argument: "demand", index: 2, found: "100" },
    ]);
  });
  test("a given production plan is costed: the cheapest way to make exactly it", () => {
    const input: SupplyInput = {
      demand: [50, 150],
      openingStock: 0,
      parameters: { ...simple, overtime_cost: 15 },
    };
    const plan = planOf({ ...input, production: [50, 150] });
    expect(plan.cost).toBeCloseTo(50 * 10 + 100 * 10 + 50 * 15, 9);
  });
});

describe("properties", () => {
  const random = (() => {
    let s = 12345;
    return () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  })();
  const cases = Array.from({ length: 12 }, () => {
    const n = 3 + Math.floor(random() * 6);
    const demand = Array.from({ length: n }, () => Math.round(1000 + 3000 * random()));
    const parameters: PlanParameters = {
      ...RED_TOMATO,
      workforce_start: Math.round(40 + 60 * random()),
      hire_cost: Math.round(100 + 600 * random()),
      holding_cost: Math.round(1 + 4 * random()),
    };
    return { demand, openingStock: Math.round(1500 * random()), parameters };
  });
  test.each(cases.map((c, i) => [i, c] as const))(
    "case %i: the optimum never costs more than the level or the chase plan",
    (_, input) => {
      const best = planOf(input).cost;
      for (const production of [levelProduction(input), chaseProduction(input)]) {
        // Hiring and subcontracting are unlimited here: every baseline can be made.
        const baseline = supplyPlan({ ...input, production }, solve);
        if (!baseline.ok) throw new Error(JSON.stringify(baseline.problems));
        expect(best).toBeLessThanOrEqual(baseline.value.cost + 1e-6);
      }
    }
  );
  test.each(cases.map((c, i) => [i, c] as const))(
    "case %i: the optimum never costs more than a planner's own feasible plan",
    (_, input) => {
      const best = planOf(input).cost;
      // The chase plan with more made in some periods: stock is carried, never short, and with
      // hiring and subcontracting unlimited every such plan can be made.
      const chase = chaseProduction(input);
      const own = chase.map((made, t) => made + (t % 2 === 0 ? Math.round(400 * random()) : 0));
      const costed = supplyPlan({ ...input, production: own }, solve);
      if (!costed.ok) throw new Error(JSON.stringify(costed.problems));
      expect(best).toBeLessThanOrEqual(costed.value.cost + 1e-6);
    }
  );
  test.each(cases.slice(0, 6).map((c, i) => [i, c] as const))(
    "case %i: raising any cost never lowers the optimum; removing a lever never lowers it",
    (_, input) => {
      const best = planOf(input).cost;
      for (const name of [
        "regular_wage",
        "overtime_wage",
        "hire_cost",
        "layoff_cost",
        "material_cost",
        "subcontract_cost",
        "holding_cost",
        "backlog_cost",
      ] as const) {
        const raised = { ...input.parameters, [name]: (input.parameters[name] ?? 0) * 1.5 + 1 };
        expect(planOf({ ...input, parameters: raised }).cost).toBeGreaterThanOrEqual(best - 1e-6);
      }
      for (const lever of [
        "overtime_wage",
        "subcontract_cost",
        "backlog_cost",
        "hire_cost",
      ] as const) {
        const { [lever]: _removed, ...rest } = input.parameters;
        // One lever at a time: the others still make every plan feasible.
        expect(planOf({ ...input, parameters: rest }).cost).toBeGreaterThanOrEqual(best - 1e-6);
      }
    }
  );
});

describe("the parameters block", () => {
  test("names in any case and order; a blank value is not given", () => {
    const outcome = planParameters([
      { name: "Regular_Cost", value: 5, row: 0 },
      { name: "holding_cost", value: undefined, row: 1 },
    ]);
    expect(outcome).toEqual({ ok: true, value: { regular_cost: 5 } });
  });
  test("an unknown name, a name given twice, a negative value and a missing one are named", () => {
    const outcome = planParameters([
      { name: "regular_cost", value: 5, row: 0 },
      { name: "overtime", value: 5, row: 1 },
      { name: "REGULAR_COST", value: 6, row: 2 },
      { name: "holding_cost", value: -1, row: 3 },
    ]);
    expect(!outcome.ok && outcome.problems.map((p) => [p.kind, p.index, p.found])).toEqual([
      ["unknownParameter", 1, "overtime"],
      ["duplicateParameter", 2, "regular_cost"],
      ["negative", 3, "-1"],
    ]);
    const workforce = planParameters([{ name: "workforce_start", value: 10, row: 0 }]);
    expect(!workforce.ok && workforce.problems.map((p) => p.found)).toEqual([
      "hours_per_unit",
      "hours_per_worker",
      "regular_wage",
    ]);
  });
});
