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
 *
 * Many families are one program: each family has its own R, V, C, I, S and stock balance; the
 * families of one resource share its capacity rows and its W, H, L (Σ_f hours_per_unit_f · R_f,t ≤
 * hours_per_worker · W_t, or Σ_f R_f,t ≤ regular_capacity), so they compete for it in one solve.
 * The resource's parameters (RESOURCE_PARAMETERS) must be the same for all its families.
 */
import { failure, success, type Outcome, type Problem } from "../problems";
import { LpBuilder, type LinearProgram, type LpSolution, type LpSolver } from "./lp";
import type { PlanParameterName, PlanParameters } from "./parameters";

export interface SupplyInput {
  readonly demand: ArrayLike<number>;
  readonly openingStock: number;
  /** Least closing stock per period (0 when undefined). */
  readonly safetyStock?: ArrayLike<number>;
  readonly parameters: PlanParameters;
  /** A production plan to cost (regular + overtime + subcontracted per period), not to choose. */
  readonly production?: ArrayLike<number>;
}

/** A family of a plan with many: the resource it makes on (families of one resource share it). */
export interface FamilySupply extends SupplyInput {
  /** Families with the same resource share its capacity (or workforce); none: a resource of its own. */
  readonly resource?: string;
}

/**
 * The parameters that belong to the resource, not the family: its capacity, or its workforce and
 * what people cost. Families that share a resource must give them the same values.
 */
export const RESOURCE_PARAMETERS: readonly PlanParameterName[] = [
  "regular_capacity",
  "overtime_capacity",
  "workforce_start",
  "hours_per_worker",
  "regular_wage",
  "overtime_wage",
  "overtime_hours_max",
  "hire_cost",
  "layoff_cost",
];

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

/** A limit the cheapest plan runs into: a resource's (regular, overtime) or a family's. */
export interface BindingLimit {
  readonly period: number;
  readonly limit: "regular" | "overtime" | "subcontract" | "safetyStock" | "endStock";
}

export interface SupplyPlan {
  /**
   * Workforce, hired and laid off, and the wages and hiring costs in `cost`, are the family's
   * resource's when the family has it alone; 0 when it shares it (they are the resource's then).
   */
  readonly periods: readonly SupplyPeriod[];
  /** Σ of the periods' costs. */
  readonly cost: number;
  /** What one more unit of demand in each period would cost (the stock balance's dual). */
  readonly marginalCost: Float64Array;
  /** The family's limits, and its resource's when it has it alone. */
  readonly binding: readonly BindingLimit[];
  /** Each period's cost by the lever it is spent on (regular includes material, and so on). */
  readonly leverCosts: readonly Readonly<Record<ColumnField, number>>[];
}

/** One period of a resource: what its families use of it. */
export interface ResourcePeriod {
  /**
   * Regular capacity used and available: units, or hours with a workforce. Without a limit
   * (blank `regular_capacity`) available is Infinity and used is NaN: no row measures it.
   */
  readonly regularUsed: number;
  readonly regularAvailable: number;
  /** Overtime used (units or hours); NaN where overtime has no limit. */
  readonly overtimeUsed: number;
  readonly workforce: number;
  readonly hired: number;
  readonly laidOff: number;
  /** Wages, hiring and layoffs (0 without a workforce: then every cost is per unit, the family's). */
  readonly cost: number;
  /** The hiring part of `cost`. */
  readonly hiringCost: number;
  /** What one more unit (or hour) of regular capacity would save in this period (≥ 0). */
  readonly capacityValue: number;
}

export interface ResourcePlan {
  /** As the families named it; undefined for a family's own. */
  readonly name?: string;
  /** 0-based families making on it, in input order. */
  readonly families: readonly number[];
  /** Capacity in hours (a workforce) rather than units. */
  readonly hours: boolean;
  readonly periods: readonly ResourcePeriod[];
  readonly binding: readonly BindingLimit[];
}

export interface SharedSupplyPlan {
  readonly families: readonly SupplyPlan[];
  readonly resources: readonly ResourcePlan[];
  /** Every family's cost and every shared resource's. */
  readonly cost: number;
}

/** One lever a resource's families use beyond its regular capacity, in one period. */
export interface ShortageLine {
  readonly resource: number;
  readonly period: number;
  readonly lever: "overtime" | "subcontract" | "hire" | "backlog";
  /** Units (workers, for hire). */
  readonly quantity: number;
  readonly cost: number;
}

/** Where each family's columns are in the program. */
interface FamilyLayout {
  readonly regular: number[];
  readonly overtime: number[];
  readonly subcontract: number[];
  readonly closing: number[];
  readonly backlog: number[];
  readonly balance: number[];
  readonly shortfall: number[];
  /** With a given production and `shortfall`: what of it no lever can make. */
  readonly unmade: number[];
}

/** Where each resource's columns and capacity rows are (NONE: no such row). */
interface ResourceLayout {
  readonly name?: string;
  readonly families: number[];
  readonly parameters: PlanParameters;
  readonly workforce: number[];
  readonly hired: number[];
  readonly laidOff: number[];
  readonly regularRow: number[];
  readonly overtimeRow: number[];
}

const NONE = -1;
type Terms = [number, number][];

/** The families grouped by resource, in order of first use; or the parameters that disagree. */
function resourcesOf(families: readonly FamilySupply[]): Outcome<ResourceLayout[]> {
  const resources: ResourceLayout[] = [];
  const byName = new Map<string, ResourceLayout>();
  const problems: Problem[] = [];
  families.forEach((family, f) => {
    const shared = family.resource === undefined ? undefined : byName.get(family.resource);
    if (shared === undefined) {
      const resource: ResourceLayout = {
        ...(family.resource === undefined ? {} : { name: family.resource }),
        families: [f],
        parameters: family.parameters,
        workforce: [],
        hired: [],
        laidOff: [],
        regularRow: [],
        overtimeRow: [],
      };
      resources.push(resource);
      if (family.resource !== undefined) byName.set(family.resource, resource);
      return;
    }
    shared.families.push(f);
    for (const name of RESOURCE_PARAMETERS) {
      if (family.parameters[name] !== shared.parameters[name]) {
        problems.push({
          kind: "resourceConflict",
          errorClass: "#VALUE!",
          argument: "parameters",
          family: f,
          found: name,
          expected: family.resource,
        });
      }
    }
  });
  return problems.length > 0 ? failure(problems) : success(resources);
}

/**
 * The program. With `shortfall`, every period may also leave demand unmet at a cost (and every
 * other cost is 0): the least total shortfall, later periods preferred, tells which period cannot
 * be met when the plan itself is infeasible.
 */
function buildProgram(
  families: readonly FamilySupply[],
  resources: readonly ResourceLayout[],
  shortfall: boolean
): { lp: LinearProgram; at: FamilyLayout[] } {
  const n = families[0]?.demand.length ?? 0;
  const lp = new LpBuilder();
  const price = (x: number) => (shortfall ? 0 : x);
  const at: FamilyLayout[] = families.map(() => ({
    regular: [],
    overtime: [],
    subcontract: [],
    closing: [],
    backlog: [],
    balance: [],
    shortfall: [],
    unmade: [],
  }));
  const resourceOf = new Map<number, ResourceLayout>();
  for (const resource of resources) for (const f of resource.families) resourceOf.set(f, resource);

  families.forEach((family, f) => {
    const p = family.parameters;
    const r = (resourceOf.get(f) as ResourceLayout).parameters;
    const columns = at[f] as FamilyLayout;
    const workforce = r.workforce_start !== undefined;
    const material = p.material_cost ?? 0;
    const hpu = p.hours_per_unit ?? 1;
    const overtimeUnitCost = workforce
      ? r.overtime_wage === undefined
        ? undefined
        : r.overtime_wage * hpu + material
      : p.overtime_cost === undefined
        ? undefined
        : p.overtime_cost + material;
    for (let t = 0; t < n; t++) {
      const last = t === n - 1;
      const safety = family.safetyStock?.[t] ?? 0;
      columns.regular.push(
        lp.column(price(workforce ? material : (p.regular_cost ?? 0) + material))
      );
      columns.overtime.push(
        lp.column(price(overtimeUnitCost ?? 0), 0, overtimeUnitCost === undefined ? 0 : Infinity)
      );
      columns.subcontract.push(
        lp.column(
          price(p.subcontract_cost ?? 0),
          0,
          p.subcontract_cost === undefined ? 0 : (p.subcontract_capacity ?? Infinity)
        )
      );
      const least = last ? Math.max(safety, p.end_stock_min ?? 0) : safety;
      columns.closing.push(lp.column(price(p.holding_cost ?? 0), least, Infinity));
      const backlogAllowed = p.backlog_cost !== undefined && safety <= 0 && !last;
      columns.backlog.push(lp.column(price(p.backlog_cost ?? 0), 0, backlogAllowed ? Infinity : 0));
      if (shortfall) {
        // 1 a unit, a little less the later the period: the least total, as late as it can be.
        columns.shortfall.push(lp.column(1 + (1e-3 * (n - 1 - t)) / n));
      }
    }
  });

  for (const resource of resources) {
    const r = resource.parameters;
    if (r.workforce_start === undefined) continue;
    for (let t = 0; t < n; t++) {
      resource.workforce.push(lp.column(price((r.regular_wage ?? 0) * (r.hours_per_worker ?? 0))));
      resource.hired.push(
        lp.column(price(r.hire_cost ?? 0), 0, r.hire_cost === undefined ? 0 : Infinity)
      );
      resource.laidOff.push(
        lp.column(price(r.layoff_cost ?? 0), 0, r.layoff_cost === undefined ? 0 : Infinity)
      );
    }
  }

  for (let t = 0; t < n; t++) {
    families.forEach((family, f) => {
      const columns = at[f] as FamilyLayout;
      const supply: Terms = [
        [columns.regular[t] as number, 1],
        [columns.overtime[t] as number, 1],
        [columns.subcontract[t] as number, 1],
        [columns.closing[t] as number, -1],
        [columns.backlog[t] as number, 1],
      ];
      if (t > 0) {
        supply.push([columns.closing[t - 1] as number, 1], [columns.backlog[t - 1] as number, -1]);
      }
      if (shortfall) supply.push([columns.shortfall[t] as number, 1]);
      const demand = (family.demand[t] as number) - (t === 0 ? family.openingStock : 0);
      columns.balance.push(lp.row(supply, demand, demand));
      if (family.production) {
        const planned = family.production[t] as number;
        const made: Terms = [
          [columns.regular[t] as number, 1],
          [columns.overtime[t] as number, 1],
          [columns.subcontract[t] as number, 1],
        ];
        if (shortfall) {
          columns.unmade.push(lp.column(1 + (1e-3 * (n - 1 - t)) / n));
          made.push([columns.unmade[t] as number, 1]);
        }
        lp.row(made, planned, planned);
      }
    });
    for (const resource of resources) {
      const r = resource.parameters;
      const hoursOf = (f: number) =>
        r.workforce_start === undefined ? 1 : (families[f]?.parameters.hours_per_unit ?? 1);
      const use = (field: "regular" | "overtime"): Terms =>
        resource.families.map((f) => [(at[f] as FamilyLayout)[field][t] as number, hoursOf(f)]);
      if (r.workforce_start === undefined) {
        const regular = r.regular_capacity ?? Infinity;
        const overtime = r.overtime_capacity ?? Infinity;
        resource.regularRow.push(
          Number.isFinite(regular) ? lp.row(use("regular"), -Infinity, regular) : NONE
        );
        resource.overtimeRow.push(
          Number.isFinite(overtime) ? lp.row(use("overtime"), -Infinity, overtime) : NONE
        );
        continue;
      }
      const w = resource.workforce[t] as number;
      const change: Terms = [
        [w, 1],
        [resource.hired[t] as number, -1],
        [resource.laidOff[t] as number, 1],
      ];
      if (t > 0) change.push([resource.workforce[t - 1] as number, -1]);
      const start = t === 0 ? (r.workforce_start ?? 0) : 0;
      lp.row(change, start, start);
      resource.regularRow.push(
        lp.row([...use("regular"), [w, -(r.hours_per_worker ?? 0)]], -Infinity, 0)
      );
      resource.overtimeRow.push(
        r.overtime_hours_max === undefined
          ? NONE
          : lp.row([...use("overtime"), [w, -r.overtime_hours_max]], -Infinity, 0)
      );
    }
  }
  return { lp: lp.build(), at };
}

const TOLERANCE = 1e-7;
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));

/** The fields of a family's period that are a column of the program (cost is theirs, priced). */
const FAMILY_FIELDS = [
  "regular",
  "overtime",
  "subcontract",
  "closing",
  "backlog",
] as const satisfies readonly (SupplyField & keyof FamilyLayout)[];
const RESOURCE_FIELDS = ["workforce", "hired", "laidOff"] as const satisfies readonly (SupplyField &
  keyof ResourceLayout)[];
type ColumnField = (typeof FAMILY_FIELDS)[number] | (typeof RESOURCE_FIELDS)[number];

/** The value of a column and its cost in the objective; 0 where the column does not exist. */
function valueOf(lp: LinearProgram, x: Float64Array, column: number | undefined): [number, number] {
  if (column === undefined) return [0, 0];
  const value = x[column] as number;
  return [value, (lp.cost[column] as number) * value];
}

function resourcePlanOf(
  lp: LinearProgram,
  resource: ResourceLayout,
  solution: LpSolution,
  n: number
): ResourcePlan {
  const { x, rowValue, rowDual } = solution;
  const r = resource.parameters;
  const hours = r.workforce_start !== undefined;
  const binding: BindingLimit[] = [];
  const periods = Array.from({ length: n }, (_, t): ResourcePeriod => {
    const [workforce, wages] = valueOf(lp, x, resource.workforce[t]);
    const [hired, hiring] = valueOf(lp, x, resource.hired[t]);
    const [laidOff, layoffs] = valueOf(lp, x, resource.laidOff[t]);
    const regularRow = resource.regularRow[t] as number;
    const overtimeRow = resource.overtimeRow[t] as number;
    // With a workforce a row holds used − available ≤ 0; without, used ≤ capacity.
    const available = hours
      ? workforce * (r.hours_per_worker ?? 0)
      : (r.regular_capacity ?? Infinity);
    const overtimeAvailable = hours
      ? workforce * (r.overtime_hours_max ?? Infinity)
      : (r.overtime_capacity ?? Infinity);
    const usedOf = (row: number, limit: number) =>
      row === NONE ? undefined : (rowValue[row] as number) + (hours ? limit : 0);
    const regularUsed = usedOf(regularRow, available);
    const overtimeUsed = usedOf(overtimeRow, overtimeAvailable);
    if (regularUsed !== undefined && regularUsed > TOLERANCE && near(regularUsed, available)) {
      binding.push({ period: t, limit: "regular" });
    }
    if (
      overtimeUsed !== undefined &&
      overtimeUsed > TOLERANCE &&
      near(overtimeUsed, overtimeAvailable)
    ) {
      binding.push({ period: t, limit: "overtime" });
    }
    return {
      regularUsed: regularUsed ?? NaN,
      regularAvailable: available,
      overtimeUsed: overtimeUsed ?? NaN,
      workforce,
      hired,
      laidOff,
      cost: wages + hiring + layoffs,
      hiringCost: hiring,
      capacityValue: regularRow === NONE ? 0 : Math.max(0, -(rowDual[regularRow] as number)),
    };
  });
  return {
    ...(resource.name === undefined ? {} : { name: resource.name }),
    families: resource.families,
    hours,
    periods,
    binding,
  };
}

function familyPlanOf(
  lp: LinearProgram,
  columns: FamilyLayout,
  family: FamilySupply,
  solution: LpSolution,
  own: ResourcePlan | undefined,
  resource: ResourceLayout
): SupplyPlan {
  const n = columns.balance.length;
  const { x } = solution;
  const leverCosts: Record<ColumnField, number>[] = [];
  const periods = Array.from({ length: n }, (_, t) => {
    const period = { cost: 0 } as Record<SupplyField, number>;
    const costs = {} as Record<ColumnField, number>;
    for (const field of FAMILY_FIELDS) {
      [period[field], costs[field]] = valueOf(lp, x, columns[field][t]);
    }
    for (const field of RESOURCE_FIELDS) {
      [period[field], costs[field]] =
        own === undefined ? [0, 0] : valueOf(lp, x, resource[field][t]);
    }
    for (const field of [...FAMILY_FIELDS, ...RESOURCE_FIELDS]) period.cost += costs[field];
    leverCosts.push(costs);
    return period;
  });
  const binding: BindingLimit[] = [];
  for (let t = 0; t < n; t++) {
    binding.push(...(own?.binding.filter((limit) => limit.period === t) ?? []));
    const subcontract = columns.subcontract[t] as number;
    const cap = lp.upper[subcontract] as number;
    if (Number.isFinite(cap) && cap > 0 && near(x[subcontract] as number, cap)) {
      binding.push({ period: t, limit: "subcontract" });
    }
    const closing = columns.closing[t] as number;
    const least = lp.lower[closing] as number;
    if (least > 0 && near(x[closing] as number, least)) {
      const safety = family.safetyStock?.[t] ?? 0;
      binding.push({
        period: t,
        limit: t === n - 1 && least > safety ? "endStock" : "safetyStock",
      });
    }
  }
  return {
    periods,
    cost: periods.reduce((sum, period) => sum + period.cost, 0),
    marginalCost: Float64Array.from(columns.balance, (row) => solution.rowDual[row] as number),
    binding,
    leverCosts,
  };
}

/**
 * Why no plan meets the demand: the first period (and family) that cannot be met, and by how
 * much; or, costing a given production, the first period that asks more than every lever makes.
 */
function shortfallOf(
  families: readonly FamilySupply[],
  resources: readonly ResourceLayout[],
  solve: LpSolver
): Outcome<never> {
  const n = families[0]?.demand.length ?? 0;
  const { lp, at } = buildProgram(families, resources, true);
  const solution = solve(lp);
  let first:
    { t: number; f: number; units: number; kind: "infeasible" | "overCapacity" } | undefined;
  const consider = (columns: readonly number[], f: number, kind: "infeasible" | "overCapacity") => {
    const t = columns.findIndex((column) => (solution.x[column] as number) > 1e-6);
    if (t < 0) return;
    // The earliest period; in one period, what cannot be made comes before what it leaves short.
    if (first === undefined || t < first.t || (t === first.t && kind === "overCapacity")) {
      first = { t, f, units: solution.x[columns[t] as number] as number, kind };
    }
  };
  if (solution.status === "optimal") {
    at.forEach((columns, f) => {
      consider(columns.unmade, f, "overCapacity");
      consider(columns.shortfall, f, "infeasible");
    });
  }
  return failure([
    {
      kind: first?.kind ?? "infeasible",
      errorClass: "#NUM!",
      argument: first?.kind === "overCapacity" ? "production" : "demand",
      index: first?.t ?? n - 1,
      ...(families.length > 1 && first !== undefined ? { family: first.f } : {}),
      found: String(Math.round((first?.units ?? 0) * 100) / 100),
    },
  ]);
}

/**
 * The cheapest plan for many families in one solve, families of one resource competing for its
 * capacity (or, with `production`, the cheapest way to make those plans); or why there is none:
 * parameters a resource's families disagree on, or the first period that cannot be met.
 */
export function sharedSupplyPlan(
  families: readonly FamilySupply[],
  solve: LpSolver
): Outcome<SharedSupplyPlan> {
  const grouped = resourcesOf(families);
  if (!grouped.ok) return grouped;
  const layouts = grouped.value;
  const n = families[0]?.demand.length ?? 0;
  const { lp, at } = buildProgram(families, layouts, false);
  const solution = solve(lp);
  if (solution.status === "infeasible") return shortfallOf(families, layouts, solve);
  if (solution.status !== "optimal") {
    return failure([
      { kind: "solverFailed", errorClass: "#NUM!", argument: "parameters", found: solution.status },
    ]);
  }
  const resources = layouts.map((layout) => resourcePlanOf(lp, layout, solution, n));
  const plans = families.map((family, f) => {
    const r = layouts.findIndex((layout) => layout.families.includes(f));
    const layout = layouts[r] as ResourceLayout;
    const own = layout.families.length === 1 ? resources[r] : undefined;
    return familyPlanOf(lp, at[f] as FamilyLayout, family, solution, own, layout);
  });
  const sharedCost = resources
    .filter((resource) => resource.families.length > 1)
    .reduce((sum, resource) => sum + resource.periods.reduce((s, p) => s + p.cost, 0), 0);
  return success({
    families: plans,
    resources,
    cost: plans.reduce((sum, plan) => sum + plan.cost, 0) + sharedCost,
  });
}

/**
 * The cheapest plan for one family (or, with `production`, the cheapest way to make that
 * production), or why there is none: a problem naming the first period that cannot be met.
 */
export function supplyPlan(input: SupplyInput, solve: LpSolver): Outcome<SupplyPlan> {
  const outcome = sharedSupplyPlan([input], solve);
  return outcome.ok ? success(outcome.value.families[0] as SupplyPlan) : outcome;
}

/**
 * The resource shortage list: every resource and period where the plan needs more than the
 * regular capacity, one line per lever it uses (overtime, subcontracting, hiring, backlog), with
 * what that lever costs in the period.
 */
export function shortageList(plan: SharedSupplyPlan): ShortageLine[] {
  const lines: ShortageLine[] = [];
  const n = plan.families[0]?.periods.length ?? 0;
  for (let t = 0; t < n; t++) {
    plan.resources.forEach((resource, r) => {
      const total = (field: "overtime" | "subcontract" | "backlog"): [number, number] => {
        let quantity = 0;
        let cost = 0;
        for (const f of resource.families) {
          const family = plan.families[f] as SupplyPlan;
          quantity += (family.periods[t] as SupplyPeriod)[field];
          cost += (family.leverCosts[t] as Record<ColumnField, number>)[field];
        }
        return [quantity, cost];
      };
      const at = resource.periods[t] as ResourcePeriod;
      const levers: [ShortageLine["lever"], [number, number]][] = [
        ["overtime", total("overtime")],
        ["subcontract", total("subcontract")],
        ["hire", [at.hired, at.hiringCost]],
        ["backlog", total("backlog")],
      ];
      for (const [lever, [quantity, cost]] of levers) {
        if (quantity > 1e-6) lines.push({ resource: r, period: t, lever, quantity, cost });
      }
    });
  }
  return lines;
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
