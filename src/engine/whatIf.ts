import type { PlanInput } from "./plan";
import type { Outcome } from "./problems";

/**
 * What-if variants: adjustments stacked on a plan's inputs without touching the planner's ranges.
 * (Interface fixed here; implementation follows.)
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

export declare function applyAdjustments(
  input: PlanInput,
  adjustments: readonly Adjustment[]
): Outcome<PlanInput>;
