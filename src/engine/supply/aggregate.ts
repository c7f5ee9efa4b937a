/**
 * The cheapest production plan over the whole horizon: the aggregate-planning linear program of
 * Chopra & Meindl, *Supply Chain Management: Strategy, Planning, and Operation*, ch. 8 (the Red
 * Tomato Tools model), with the levers of CONTRACT.md's `SOP.PLAN`. Per period t:
 *
 *   R_t regular production, V_t overtime production, C_t subcontracted, I_t closing stock,
 *   S_t closing backlog; with `workforce_start`, W_t workforce, H_t hired, L_t laid off.
 *
 *   stock balance   I_{t−1} − S_{t−1} + R_t + V_t + C_t − I_t + S_t = D_t   (I_0 − S_0 = opening)
 *   workforce       W_t = W_{t−1} + H_t − L_t                            (W_0 = workforce_start)
 *   regular time    hours_per_unit · R_t ≤ hours_per_worker · W_t        (or R_t ≤ regular_capacity)
 *   overtime        hours_per_unit · V_t ≤ overtime_hours_max · W_t      (or V_t ≤ overtime_capacity)
 *   limits          C_t ≤ subcontract_capacity, I_t ≥ safety stock, S_t = 0 where safety stock > 0
 *                   or backlog has no cost, I_N ≥ end_stock_min and S_N = 0
 *
 *   minimize Σ_t  regular_wage · hours_per_worker · W_t + hire_cost · H_t + layoff_cost · L_t
 *               + (overtime_wage · hours_per_unit) · V_t + material_cost · (R_t + V_t)
 *               + subcontract_cost · C_t + holding_cost · I_t + backlog_cost · S_t
 *   (without a workforce: regular_cost · R_t + overtime_cost · V_t instead of the wages)
 *
 * A lever whose cost is blank is not available (no overtime without a cost, no hiring without a
 * hire cost). Quantities may be fractional: it is the LP, as in the textbook.
 */
import { failure, success, type Outcome } from "../problems";
import { LpBuilder, type LinearProgram, type LpSolution, type LpSolver } from "./lp";
import type { PlanParameters } from "./parameters";

export interface SupplyInput {
  readonly demand: ArrayLike<number>;
  readonly openingStock: number;
  /** Least closing stock per period (0 when undefined). */
  readonly safetyStock?: ArrayLike<number>;
  readonly parameters: PlanParameters;
  /** A production plan to cost (regular + overtime + subcontracted per period), not to choose. */
  readonly production?: ArrayLike<number>;
}

/** The fields of one period, in CONTRACT.md's order. */
export const SUPPLY_FIELDS = [
  "regular",
  "overtime",
  "subcontract",
  "closing",
  "backlog",
  "workforce",
  "hired",
  "laidOff",
  "cost",
] as const;
export type SupplyField = (typeof SUPPLY_FIELDS)[number];
export type SupplyPeriod = Readonly<Record<SupplyField, number>>;

/** A limit the cheapest plan runs into. */
export interface BindingLimit {
  readonly period: number;
  readonly limit: "regular" | "overtime" | "subcontract" | "safetyStock" | "endStock";
}

export interface SupplyPlan {
  readonly periods: readonly SupplyPeriod[];
  /** Σ of the periods' costs. */
  readonly cost: number;
  /** What one more unit of demand in each period would cost (the stock balance's dual). */
  readonly marginalCost: Float64Array;
  readonly binding: readonly BindingLimit[];
}

/** Where each period's columns are in the program. */
interface Layout {
  readonly regular: number[];
  readonly overtime: number[];
  readonly subcontract: number[];
  readonly closing: number[];
  readonly backlog: number[];
  readonly workforce: number[];
  readonly hired: number[];
  readonly laidOff: number[];
  readonly balance: number[];
  readonly shortfall: number[];
  readonly regularRow: number[];
  readonly overtimeRow: number[];
}

const NONE = -1;

/**
 * The program. With `shortfall`, every period may also leave demand unmet at a cost (and every
 * other cost is 0): the least total shortfall, later periods preferred, tells which period cannot
 * be met when the plan itself is infeasible.
 */
function buildProgram(input: SupplyInput, shortfall: boolean): { lp: LinearProgram; at: Layout } {
  const p = input.parameters;
  const n = input.demand.length;
  const lp = new LpBuilder();
  const workforce = p.workforce_start !== undefined;
  const price = (x: number) => (shortfall ? 0 : x);
  const material = p.material_cost ?? 0;
  const at: Layout = {
    regular: [],
    overtime: [],
    subcontract: [],
    closing: [],
    backlog: [],
    workforce: [],
    hired: [],
    laidOff: [],
    balance: [],
    shortfall: [],
    regularRow: [],
    overtimeRow: [],
  };
  const hpu = p.hours_per_unit ?? 1;
  for (let t = 0; t < n; t++) {
    const last = t === n - 1;
    const safety = input.safetyStock?.[t] ?? 0;
    const regularCost = workforce ? material : (p.regular_cost ?? 0) + material;
    at.regular.push(
      lp.column(price(regularCost), 0, workforce ? Infinity : (p.regular_capacity ?? Infinity))
    );
    const overtimeUnitCost = workforce
      ? p.overtime_wage === undefined
        ? undefined
        : p.overtime_wage * hpu + material
      : p.overtime_cost === undefined
        ? undefined
        : p.overtime_cost + material;
    at.overtime.push(
      lp.column(
        price(overtimeUnitCost ?? 0),
        0,
        overtimeUnitCost === undefined
          ? 0
          : workforce
            ? Infinity
            : (p.overtime_capacity ?? Infinity)
      )
    );
    at.subcontract.push(
      lp.column(
        price(p.subcontract_cost ?? 0),
        0,
        p.subcontract_cost === undefined ? 0 : (p.subcontract_capacity ?? Infinity)
      )
    );
    const least = last ? Math.max(safety, p.end_stock_min ?? 0) : safety;
    at.closing.push(lp.column(price(p.holding_cost ?? 0), least, Infinity));
    const backlogAllowed = p.backlog_cost !== undefined && safety <= 0 && !last;
    at.backlog.push(lp.column(price(p.backlog_cost ?? 0), 0, backlogAllowed ? Infinity : 0));
    if (workforce) {
      at.workforce.push(lp.column(price((p.regular_wage ?? 0) * (p.hours_per_worker ?? 0))));
      at.hired.push(
        lp.column(price(p.hire_cost ?? 0), 0, p.hire_cost === undefined ? 0 : Infinity)
      );
      at.laidOff.push(
        lp.column(price(p.layoff_cost ?? 0), 0, p.layoff_cost === undefined ? 0 : Infinity)
      );
    }
    if (shortfall) {
      // 1 a unit, a little less the later the period: the least total, as late as it can be.
      at.shortfall.push(lp.column(1 + (1e-3 * (n - 1 - t)) / n));
    }
  }
  for (let t = 0; t < n; t++) {
    const supply: [number, number][] = [
      [at.regular[t] as number, 1],
      [at.overtime[t] as number, 1],
      [at.subcontract[t] as number, 1],
      [at.closing[t] as number, -1],
      [at.backlog[t] as number, 1],
    ];
    if (t > 0) supply.push([at.closing[t - 1] as number, 1], [at.backlog[t - 1] as number, -1]);
    if (shortfall) supply.push([at.shortfall[t] as number, 1]);
    const demand = (input.demand[t] as number) - (t === 0 ? input.openingStock : 0);
    at.balance.push(lp.row(supply, demand, demand));
    if (input.production) {
      const planned = input.production[t] as number;
      lp.row(
        [
          [at.regular[t] as number, 1],
          [at.overtime[t] as number, 1],
          [at.subcontract[t] as number, 1],
        ],
        planned,
        planned
      );
    }
    if (workforce) {
      const w = at.workforce[t] as number;
      const change: [number, number][] = [
        [w, 1],
        [at.hired[t] as number, -1],
        [at.laidOff[t] as number, 1],
      ];
      if (t > 0) change.push([at.workforce[t - 1] as number, -1]);
      const start = t === 0 ? (p.workforce_start ?? 0) : 0;
      lp.row(change, start, start);
      at.regularRow.push(
        lp.row(
          [
            [at.regular[t] as number, hpu],
            [w, -(p.hours_per_worker ?? 0)],
          ],
          -Infinity,
          0
        )
      );
      at.overtimeRow.push(
        p.overtime_hours_max === undefined
          ? NONE
          : lp.row(
              [
                [at.overtime[t] as number, hpu],
                [w, -p.overtime_hours_max],
              ],
              -Infinity,
              0
            )
      );
    }
  }
  return { lp: lp.build(), at };
}

const TOLERANCE = 1e-7;
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));

/** The fields of a period that are a column of the program (cost is theirs, priced). */
const COLUMN_FIELDS = [
  "regular",
  "overtime",
  "subcontract",
  "closing",
  "backlog",
  "workforce",
  "hired",
  "laidOff",
] as const satisfies readonly (SupplyField & keyof Layout)[];

function periodsOf(lp: LinearProgram, at: Layout, x: Float64Array, n: number): SupplyPeriod[] {
  return Array.from({ length: n }, (_, t) => {
    const period = { cost: 0 } as Record<SupplyField, number>;
    for (const field of COLUMN_FIELDS) {
      // Without a workforce its three columns do not exist: 0.
      const column = at[field][t];
      const value = column === undefined ? 0 : (x[column] as number);
      period[field] = value;
      if (column !== undefined) period.cost += (lp.cost[column] as number) * value;
    }
    return period;
  });
}

function bindingOf(
  lp: LinearProgram,
  at: Layout,
  solution: LpSolution,
  safetyStock: ArrayLike<number> | undefined
): BindingLimit[] {
  const n = at.balance.length;
  const { x, rowValue } = solution;
  const binding: BindingLimit[] = [];
  const atUpper = (column: number) =>
    Number.isFinite(lp.upper[column]) &&
    (lp.upper[column] as number) > 0 &&
    near(x[column] as number, lp.upper[column] as number);
  const tightRow = (row: number | undefined, column: number) =>
    row !== undefined &&
    row !== NONE &&
    (x[column] as number) > TOLERANCE &&
    near(rowValue[row] as number, 0);
  for (let t = 0; t < n; t++) {
    const regular = at.regular[t] as number;
    const overtime = at.overtime[t] as number;
    if (atUpper(regular) || tightRow(at.regularRow[t], regular))
      binding.push({ period: t, limit: "regular" });
    if (atUpper(overtime) || tightRow(at.overtimeRow[t], overtime))
      binding.push({ period: t, limit: "overtime" });
    if (atUpper(at.subcontract[t] as number)) binding.push({ period: t, limit: "subcontract" });
    const closing = at.closing[t] as number;
    const least = lp.lower[closing] as number;
    if (least > 0 && near(x[closing] as number, least)) {
      const safety = safetyStock?.[t] ?? 0;
      binding.push({
        period: t,
        limit: t === n - 1 && least > safety ? "endStock" : "safetyStock",
      });
    }
  }
  return binding;
}

/** Why no plan meets the demand: the first period that cannot be met, and by how much. */
function shortfallOf(input: SupplyInput, solve: LpSolver): Outcome<never> {
  const n = input.demand.length;
  const { lp, at } = buildProgram(input, true);
  const solution = solve(lp);
  const t =
    solution.status === "optimal"
      ? at.shortfall.findIndex((column) => (solution.x[column] as number) > 1e-6)
      : -1;
  const short = t >= 0 ? (solution.x[at.shortfall[t] as number] as number) : 0;
  return failure([
    {
      kind: "infeasible",
      errorClass: "#NUM!",
      argument: "demand",
      ...(t >= 0 ? { index: t } : { index: n - 1 }),
      found: String(Math.round(short * 100) / 100),
    },
  ]);
}

/**
 * The cheapest plan (or, with `production`, the cheapest way to make that production), or why
 * there is none: a problem naming the first period that cannot be met.
 */
export function supplyPlan(input: SupplyInput, solve: LpSolver): Outcome<SupplyPlan> {
  const n = input.demand.length;
  const { lp, at } = buildProgram(input, false);
  const solution = solve(lp);
  if (solution.status === "infeasible") return shortfallOf(input, solve);
  if (solution.status !== "optimal") {
    return failure([
      { kind: "solverFailed", errorClass: "#NUM!", argument: "parameters", found: solution.status },
    ]);
  }
  const periods = periodsOf(lp, at, solution.x, n);
  return success({
    periods,
    cost: periods.reduce((sum, period) => sum + period.cost, 0),
    marginalCost: Float64Array.from(at.balance, (row) => solution.rowDual[row] as number),
    binding: bindingOf(lp, at, solution, input.safetyStock),
  });
}

/** The least closing stock of each period: its safety stock, and end_stock_min in the last. */
function leastClosing(input: SupplyInput): Float64Array {
  const n = input.demand.length;
  return Float64Array.from({ length: n }, (_, t) => {
    const safety = input.safetyStock?.[t] ?? 0;
    return t === n - 1 ? Math.max(safety, input.parameters.end_stock_min ?? 0) : safety;
  });
}

/** The chase plan: each period makes what brings its closing stock to its least. */
export function chaseProduction(input: SupplyInput): Float64Array {
  const least = leastClosing(input);
  let stock = input.openingStock;
  return Float64Array.from(least, (floor, t) => {
    const make = Math.max(0, (input.demand[t] as number) + floor - stock);
    stock += make - (input.demand[t] as number);
    return make;
  });
}

/** The level plan: the same every period, enough for the demand and the last period's least stock. */
export function levelProduction(input: SupplyInput): Float64Array {
  const n = input.demand.length;
  let total = 0;
  for (let t = 0; t < n; t++) total += input.demand[t] as number;
  const least = leastClosing(input);
  const rate = Math.max(0, (total + (least[n - 1] ?? 0) - input.openingStock) / Math.max(1, n));
  return new Float64Array(n).fill(rate);
}
