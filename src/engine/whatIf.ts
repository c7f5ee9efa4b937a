import type { PlanInput, PlanSeries } from "./plan";
import { failure, success, type Outcome, type ExpectedRule, type Problem } from "./problems";

/**
 * What-if variants: adjustments stacked on a plan's inputs without touching the planner's ranges
 * ("promotion +10 % in June", "line 2 down 500 in August").
 */

/** What an adjustment changes. `demand` changes forecast and orders alike. */
export const ADJUSTMENT_TARGETS = [
  "demand",
  "forecast",
  "orders",
  "production",
  "capacity",
] as const;
export type AdjustmentTarget = (typeof ADJUSTMENT_TARGETS)[number];

/** `percent`: +10 multiplies by 1.10; `quantity`: added to every chosen period (negative lowers it). */
export const ADJUSTMENT_MODES = ["percent", "quantity"] as const;
export type AdjustmentMode = (typeof ADJUSTMENT_MODES)[number];

export interface Adjustment {
  readonly target: AdjustmentTarget;
  readonly mode: AdjustmentMode;
  readonly amount: number;
  /** 0-based family indexes; empty means every family. */
  readonly families: readonly number[];
  /** 0-based first and last period, inclusive. */
  readonly fromPeriod: number;
  readonly toPeriod: number;
}

const SERIES_OF: Readonly<Record<AdjustmentTarget, readonly PlanSeries[]>> = {
  demand: ["forecast", "orders"],
  forecast: ["forecast"],
  orders: ["orders"],
  production: ["production"],
  capacity: ["capacity"],
};

function problem(
  index: number,
  field: string,
  found: unknown,
  rule: ExpectedRule,
  expected?: string
): Problem {
  return {
    kind: "invalidOption",
    errorClass: "#VALUE!",
    argument: field,
    index,
    found: String(found),
    rule,
    ...(expected !== undefined ? { expected } : {}),
  };
}

/** Every problem of one adjustment (it may come from stored JSON, so nothing is assumed). */
function check(adjustment: Adjustment, index: number, input: PlanInput): Problem[] {
  const problems: Problem[] = [];
  const { target, mode, amount, families, fromPeriod, toPeriod } = adjustment;
  if (!ADJUSTMENT_TARGETS.includes(target))
    problems.push(problem(index, "target", target, "oneOf", ADJUSTMENT_TARGETS.join(", ")));
  if (!ADJUSTMENT_MODES.includes(mode))
    problems.push(problem(index, "mode", mode, "oneOf", ADJUSTMENT_MODES.join(", ")));
  if (typeof amount !== "number" || !Number.isFinite(amount))
    problems.push(problem(index, "amount", amount, "number"));
  else if (mode === "percent" && amount < -100)
    problems.push(problem(index, "amount", amount, "percentFloor"));
  const seen = new Set<number>();
  for (const family of families) {
    if (!Number.isInteger(family) || family < 0 || family >= input.families)
      problems.push(problem(index, "families", family, "indexRange", String(input.families - 1)));
    else if (seen.has(family)) problems.push(problem(index, "families", family, "eachFamilyOnce"));
    seen.add(family);
  }
  const lastPeriod = String(input.periods - 1);
  const validPeriod = (period: number): boolean =>
    Number.isInteger(period) && period >= 0 && period < input.periods;
  if (!validPeriod(fromPeriod))
    problems.push(problem(index, "fromPeriod", fromPeriod, "indexRange", lastPeriod));
  if (!validPeriod(toPeriod))
    problems.push(problem(index, "toPeriod", toPeriod, "indexRange", lastPeriod));
  if (validPeriod(fromPeriod) && validPeriod(toPeriod) && fromPeriod > toPeriod)
    problems.push(problem(index, "toPeriod", toPeriod, "periodFrom", String(fromPeriod)));
  return problems;
}

/**
 * The plan with the adjustments applied in order (stacked: +10 % then +100 gives x·1.1 + 100).
 * A new plan: the input is never changed. Quantities never go below 0.
 */
export function applyAdjustments(
  input: PlanInput,
  adjustments: readonly Adjustment[]
): Outcome<PlanInput> {
  const problems = adjustments.flatMap((adjustment, index) => check(adjustment, index, input));
  if (problems.length > 0) return failure(problems);
  const result: PlanInput = {
    families: input.families,
    periods: input.periods,
    forecast: Float64Array.from(input.forecast),
    orders: Float64Array.from(input.orders),
    production: Float64Array.from(input.production),
    capacity: Float64Array.from(input.capacity),
    safetyStock: Float64Array.from(input.safetyStock),
    openingStock: Float64Array.from(input.openingStock),
  };
  for (const adjustment of adjustments) {
    const { mode, amount, fromPeriod, toPeriod } = adjustment;
    const families =
      adjustment.families.length > 0
        ? adjustment.families
        : Array.from({ length: input.families }, (_, family) => family);
    for (const series of SERIES_OF[adjustment.target]) {
      const values = result[series];
      for (const family of families) {
        for (let period = fromPeriod; period <= toPeriod; period++) {
          const cell = family * input.periods + period;
          const value = values[cell] ?? 0;
          const changed = mode === "percent" ? value * (1 + amount / 100) : value + amount;
          values[cell] = Math.max(0, changed);
        }
      }
    }
  }
  return success(result);
}
