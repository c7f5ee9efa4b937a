/**
 * A plan is F product families × N periods held as flat `Float64Array`s, family-major
 * (cell `family * periods + period`). One layout for one family or ten thousand keeps the hot loop
 * free of objects, so the rolling balance runs at the speed of plain typed-array arithmetic.
 */
export interface PlanInput {
  readonly families: number;
  readonly periods: number;
  readonly forecast: Float64Array;
  readonly orders: Float64Array;
  readonly production: Float64Array;
  readonly capacity: Float64Array;
  readonly safetyStock: Float64Array;
  /** Stock before the first period, one value per family. */
  readonly openingStock: Float64Array;
}

export interface BalanceOptions {
  /** Closing stock above this multiple of safety stock is Excess. Default 3 (seed 001). */
  readonly excessMultiple?: number;
  /** Days in one period, for stock days. Default 30. */
  readonly daysPerPeriod?: number;
}

export const DEFAULT_EXCESS_MULTIPLE = 3;
export const DEFAULT_DAYS_PER_PERIOD = 30;

/** Status codes, stored in a `Uint8Array`. Words for them live in `src/i18n`. */
export const Status = { Balanced: 0, Shortage: 1, Excess: 2 } as const;
export type StatusCode = (typeof Status)[keyof typeof Status];

/** The series of a plan that hold one value per family × period, in the order planners name them. */
export const PLAN_SERIES = ["forecast", "orders", "production", "capacity", "safetyStock"] as const;
export type PlanSeries = (typeof PLAN_SERIES)[number];

export interface PlanBalance {
  readonly families: number;
  readonly periods: number;
  /** max(forecast, orders). */
  readonly effectiveDemand: Float64Array;
  readonly openingStock: Float64Array;
  /** opening + production − effective demand; negative is backlog. */
  readonly closingStock: Float64Array;
  /** closing ÷ (effective demand ÷ days per period); 0 when effective demand is 0. */
  readonly stockDays: Float64Array;
  /** production ÷ capacity; NaN where capacity is 0 (see `zeroCapacity`). */
  readonly utilization: Float64Array;
  readonly status: Uint8Array;
  /** Extra supply each period needs to reach safety stock once earlier gaps are closed. */
  readonly rollingGap: Float64Array;
  /**
   * Cells whose utilization is undefined because capacity is 0. The rest of the plan is valid, so
   * these are reported per cell rather than failing the plan.
   */
  readonly zeroCapacity: readonly { readonly family: number; readonly period: number }[];
}

/** The largest plan accepted in one call: far above a monthly S&OP (1,000 families × 36 months). */
export const MAX_PLAN_CELLS = 5_000_000;

/** Allocates an empty plan of the given size, for builders and tests. */
export function emptyPlan(families: number, periods: number): PlanInput {
  const cells = families * periods;
  return {
    families,
    periods,
    forecast: new Float64Array(cells),
    orders: new Float64Array(cells),
    production: new Float64Array(cells),
    capacity: new Float64Array(cells),
    safetyStock: new Float64Array(cells),
    openingStock: new Float64Array(families),
  };
}
