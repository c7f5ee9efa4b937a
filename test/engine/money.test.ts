import {
  balancePlan,
  emptyPlan,
  planMoney,
  type MoneyInput,
  type PlanBalance,
} from "../../src/engine";
import { seedPlan, seedRollingPlan } from "../support/seedDemo";

/** The plan in money: hand-computed cases, the seed demo from its own output, and properties. */

function balanced(demand: number[], production: number[], opening: number, families = 1) {
  const periods = demand.length / families;
  const plan = emptyPlan(families, periods);
  plan.forecast.set(demand);
  plan.production.set(production);
  plan.capacity.fill(1e9);
  plan.openingStock.fill(opening);
  const outcome = balancePlan(plan);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}
const flat = (cells: number, value: number) => new Float64Array(cells).fill(value);
const money = (balance: PlanBalance, price: number, cost: number, budget?: MoneyInput["budget"]) =>
  planMoney(balance, {
    price: flat(balance.effectiveDemand.length, price),
    unitCost: flat(balance.effectiveDemand.length, cost),
    ...(budget ? { budget } : {}),
  });

test.each([
  {
    name: "a shortage becomes backlog, shipped the next period when production catches up",
    demand: [100, 100],
    production: [60, 140],
    opening: 0,
    // Period 1 ships the 60 made; period 2 its own 100 and the 40 owed.
    shipped: [60, 140],
    stockValue: [0, 0],
  },
  {
    name: "excess stock: demand shipped in full, the rest valued at cost",
    demand: [50],
    production: [30],
    opening: 100,
    shipped: [50],
    stockValue: [80 * 6],
  },
  {
    name: "a backlog that grows: only what is made ships",
    demand: [50],
    production: [40],
    opening: -20,
    shipped: [40],
    stockValue: [0],
  },
])("$name", ({ demand, production, opening, shipped, stockValue }) => {
  const result = money(balanced(demand, production, opening), 10, 6);
  expect(Array.from(result.shipped)).toEqual(shipped);
  expect(Array.from(result.revenue)).toEqual(shipped.map((s) => s * 10));
  expect(Array.from(result.cogs)).toEqual(shipped.map((s) => s * 6));
  expect(Array.from(result.margin)).toEqual(shipped.map((s) => s * 4));
  expect(Array.from(result.stockValue)).toEqual(stockValue);
});

test("a zero price: no revenue, the margin is minus the cost of what ships", () => {
  const result = money(balanced([100], [100], 0), 0, 6);
  expect(Array.from(result.revenue)).toEqual([0]);
  expect(Array.from(result.margin)).toEqual([-600]);
});

test("the seed demo: what ships each month, from the seed's own opening and closing stocks", () => {
  const balance = balancePlan(seedPlan());
  if (!balance.ok) throw new Error("the seed plan is valid");
  const result = money(balance.value, 100, 60);
  seedRollingPlan.forEach((p, t) => {
    const units = p.effectiveDemand + Math.max(0, -p.openingStock) - Math.max(0, -p.closingStock);
    expect(result.shipped[t]).toBeCloseTo(units, 9);
    expect(result.revenue[t]).toBeCloseTo(units * 100, 9);
    expect(result.stockValue[t]).toBeCloseTo(Math.max(0, p.closingStock) * 60, 9);
  });
});

test("budget per family and in total: revenue less the target", () => {
  // Two families, two periods: family 1 ships 100 and 100, family 2 ships 50 and 50, at 10.
  const balance = balanced([100, 100, 50, 50], [100, 100, 50, 50], 0, 2);
  const perFamily = money(balance, 10, 6, {
    per: "family",
    values: Float64Array.from([900, 1100, 500, 400]),
  });
  expect(Array.from(perFamily.budgetGap ?? [])).toEqual([100, -100, 0, 100]);
  // Added up per period: budgets 900 + 500 and 1,100 + 400 against revenue 1,500 and 1,500.
  expect(Array.from(perFamily.totals.budget ?? [])).toEqual([1400, 1500]);
  expect(Array.from(perFamily.totals.budgetGap ?? [])).toEqual([100, 0]);
  const total = money(balance, 10, 6, { per: "total", values: Float64Array.from([1600, 1400]) });
  expect(Array.from(total.budgetGap ?? [])).toEqual([-100, 100]);
  // All families together, per period: (100 + 50) × 10 revenue, × 4 margin.
  expect(Array.from(total.totals.revenue)).toEqual([1500, 1500]);
  expect(Array.from(total.totals.margin)).toEqual([600, 600]);
});

describe("properties over random plans", () => {
  let state = 99;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const cases = Array.from({ length: 20 }, () => {
    const n = 2 + Math.floor(random() * 10);
    return {
      demand: Array.from({ length: n }, () => Math.round(200 * random())),
      production: Array.from({ length: n }, () => Math.round(200 * random())),
      opening: Math.round(300 * random()) - 150,
    };
  });
  test.each(cases.map((c, i) => [i, c] as const))(
    "case %i: ships no more than is on hand nor than is owed; over the horizon, demand plus the backlog in less the backlog left",
    (_, { demand, production, opening }) => {
      const balance = balanced(demand, production, opening);
      const { shipped } = money(balance, 1, 1);
      let owedTotal = Math.max(0, -opening);
      shipped.forEach((units, t) => {
        const open = balance.openingStock[t] ?? 0;
        expect(units).toBeLessThanOrEqual(Math.max(0, open) + (production[t] ?? 0) + 1e-9);
        expect(units).toBeLessThanOrEqual((demand[t] ?? 0) + Math.max(0, -open) + 1e-9);
        expect(units).toBeGreaterThanOrEqual(-1e-9);
        owedTotal += demand[t] ?? 0;
      });
      const left = Math.max(0, -(balance.closingStock.at(-1) ?? 0));
      const sum = shipped.reduce((s, u) => s + u, 0);
      expect(sum).toBeCloseTo(owedTotal - left, 9);
    }
  );
});
