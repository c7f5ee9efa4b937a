/**
 * The seed's 6-month demo: its inputs and the output the seed's own Python code printed
 * (copied from shared/reference/seed-demo.json). Tests compare with these, never with hand-typed
 * numbers.
 */
import { emptyPlan, type PlanInput } from "../../src/engine";
import input from "../fixtures/seed-demo-input.json";
import output from "../fixtures/seed-demo.json";

type MonthPlanRow = [string, number, number, number, number, number, number];

const rows = input.monthlyPlans as MonthPlanRow[];

export const seedMonths = rows.map((row) => row[0]);
export const seedSeries = {
  forecast: rows.map((row) => row[1]),
  orders: rows.map((row) => row[2]),
  openingStock: rows[0]?.[3] ?? 0,
  production: rows.map((row) => row[4]),
  capacity: rows.map((row) => row[5]),
  safetyStock: rows.map((row) => row[6]),
};

export const seedGap = {
  demand: input.gap.demand,
  supply: input.gap.currentCapacity,
  names: input.gap.options.map((option) => option[0] as string),
  capacities: input.gap.options.map((option) => option[1] as number),
};

export interface SeedPeriod {
  readonly month: string;
  readonly effectiveDemand: number;
  readonly production: number;
  readonly openingStock: number;
  readonly closingStock: number;
  /** Rounded by the seed to one decimal. */
  readonly stockDays: number;
  readonly safetyStock: number;
  /** The seed's text, e.g. "73.3%". */
  readonly utilization: string;
  /** The seed's text, e.g. "供不应求 — 需扩产或增库存". */
  readonly status: string;
}

export const seedRollingPlan: SeedPeriod[] = output.rolling_plan.map((period) => ({
  month: period["月份"],
  effectiveDemand: period["有效需求"],
  production: period["生产计划"],
  openingStock: period["期初库存"],
  closingStock: period["期末库存"],
  stockDays: period["库存天数"],
  safetyStock: period["安全库存目标"],
  utilization: period["产能利用率"],
  status: period["供需平衡"],
}));

export interface SeedScenario {
  readonly name: string;
  readonly addedCapacity: number;
  readonly gapFilled: number;
  readonly remainingGap: number;
  /** The seed's text, e.g. "75%". */
  readonly fillRate: string;
}

export const seedScenarios: SeedScenario[] = output.gap_scenarios.map((row) => ({
  name: row["方案"],
  addedCapacity: row["新增产能"],
  gapFilled: row["可填补差距"],
  remainingGap: row["剩余缺口"],
  fillRate: row["填补率"],
}));

/** The demo as a one-family engine plan. */
export function seedPlan(): PlanInput {
  const plan = emptyPlan(1, rows.length);
  plan.forecast.set(seedSeries.forecast);
  plan.orders.set(seedSeries.orders);
  plan.production.set(seedSeries.production);
  plan.capacity.set(seedSeries.capacity);
  plan.safetyStock.set(seedSeries.safetyStock);
  plan.openingStock.set([seedSeries.openingStock]);
  return plan;
}

/** The seed's display rounding: round(x, 1) and "{:.1f}%". The demo has no exact ties, where Python would round half to even. */
export function oneDecimal(value: number): number {
  return Number(value.toFixed(1));
}
export function pythonPercent(fraction: number, decimals: number): string {
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** The seed's status text starts with the contract's Chinese status word. */
export function seedStatusWord(text: string): string {
  return text.split(" ")[0] ?? text;
}
