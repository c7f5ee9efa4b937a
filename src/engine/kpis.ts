import type { PlanBalance, PlanInput } from "./plan";
import { Status } from "./plan";

/**
 * The meeting's KPIs (seeds 002 and 004), computed from a plan and its balance, the decision log
 * and the previous cycle's plan. Each is a plain number with the counts it came from, so the
 * meeting pack can show both the figure and how it was made.
 */

export interface StatusShares {
  /** Family × period cells counted. */
  readonly cells: number;
  readonly shortage: number;
  readonly balanced: number;
  readonly excess: number;
}

/** Shares (0–1) of family × period cells in each status; all 0 for an empty plan. */
export function statusShares(balance: PlanBalance): StatusShares {
  const cells = balance.status.length;
  let shortage = 0;
  let excess = 0;
  for (const status of balance.status) {
    if (status === Status.Shortage) shortage++;
    else if (status === Status.Excess) excess++;
  }
  const share = (n: number): number => (cells === 0 ? 0 : n / cells);
  return {
    cells,
    shortage: share(shortage),
    balanced: share(cells - shortage - excess),
    excess: share(excess),
  };
}

/** Mean stock days over every family × period cell (negative days, backlog, count as they are). */
export function averageStockDays(balance: PlanBalance): number {
  const { stockDays } = balance;
  if (stockDays.length === 0) return 0;
  let sum = 0;
  for (const days of stockDays) sum += days;
  return sum / stockDays.length;
}

/**
 * Capacity utilization per family over the whole horizon: total production ÷ total capacity
 * (not the mean of the periods' ratios, which a small-capacity period would distort). NaN for a
 * family with no capacity at all.
 */
export function utilizationByFamily(input: PlanInput): Float64Array {
  const result = new Float64Array(input.families);
  for (let family = 0; family < input.families; family++) {
    let production = 0;
    let capacity = 0;
    for (let period = 0; period < input.periods; period++) {
      const cell = family * input.periods + period;
      production += input.production[cell] ?? 0;
      capacity += input.capacity[cell] ?? 0;
    }
    result[family] = capacity === 0 ? Number.NaN : production / capacity;
  }
  return result;
}

export type DecisionStatus = "open" | "done" | "dropped";

/** What the execution rate needs of a decision. */
export interface DecisionProgress {
  readonly status: DecisionStatus;
  /** ISO date (yyyy-mm-dd) it was due; undefined when no date was set. */
  readonly due?: string;
}

export interface ExecutionRate {
  /** Decisions due by the date and not dropped. */
  readonly due: number;
  /** Of those, done. */
  readonly done: number;
  /** done ÷ due; undefined when nothing is due yet. */
  readonly rate?: number;
}

/**
 * Decision execution rate: done ÷ due. A decision counts as due when its due date is on or before
 * `asOf` (yyyy-mm-dd); dropped decisions are left out, and so is one without a due date unless it
 * is already done.
 */
export function executionRate(decisions: readonly DecisionProgress[], asOf: string): ExecutionRate {
  let due = 0;
  let done = 0;
  for (const decision of decisions) {
    if (decision.status === "dropped") continue;
    const isDue = decision.due !== undefined ? decision.due <= asOf : decision.status === "done";
    if (!isDue) continue;
    due++;
    if (decision.status === "done") done++;
  }
  return due === 0 ? { due, done } : { due, done, rate: done / due };
}

/** One plan's demand and production by family name and period label, for the change KPI. */
export interface PlanSnapshot {
  readonly families: readonly string[];
  readonly periods: readonly string[];
  /** Family-major, as the engine's arrays. */
  readonly effectiveDemand: ArrayLike<number>;
  readonly production: ArrayLike<number>;
}

export interface PlanChange {
  /** The periods compared: the current plan's first `horizon` periods the previous plan also has. */
  readonly periods: readonly string[];
  /** Family × period cells compared. */
  readonly cells: number;
  /** Cells whose effective demand or production changed. */
  readonly changedCells: number;
  /** changedCells ÷ cells; undefined when nothing could be compared. */
  readonly frequency?: number;
  /** Σ|Δ demand| + Σ|Δ production| ÷ (Σ previous demand + Σ previous production). */
  readonly magnitude?: number;
}

/**
 * Plan-change frequency (seed 003, plan stability): how much the next `horizon` periods (3 by
 * default) changed since the previous cycle's plan, matched by family name and period label.
 */
export function planChange(current: PlanSnapshot, previous: PlanSnapshot, horizon = 3): PlanChange {
  const periods = current.periods
    .slice(0, horizon)
    .filter((period) => previous.periods.includes(period));
  let cells = 0;
  let changedCells = 0;
  let moved = 0;
  let base = 0;
  current.families.forEach((family, f) => {
    const pf = previous.families.indexOf(family);
    if (pf < 0) return;
    for (const period of periods) {
      const a = pf * previous.periods.length + previous.periods.indexOf(period);
      const b = f * current.periods.length + current.periods.indexOf(period);
      const demandBefore = previous.effectiveDemand[a] ?? 0;
      const productionBefore = previous.production[a] ?? 0;
      const demandChange = Math.abs((current.effectiveDemand[b] ?? 0) - demandBefore);
      const productionChange = Math.abs((current.production[b] ?? 0) - productionBefore);
      cells++;
      if (demandChange !== 0 || productionChange !== 0) changedCells++;
      moved += demandChange + productionChange;
      base += demandBefore + productionBefore;
    }
  });
  return {
    periods,
    cells,
    changedCells,
    ...(cells > 0 ? { frequency: changedCells / cells } : {}),
    ...(base > 0 ? { magnitude: moved / base } : {}),
  };
}
