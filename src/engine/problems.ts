/**
 * Problems are values, not exceptions: every engine entry point returns an `Outcome`, and each
 * problem names the argument and the position it was found at, so every layer above (custom
 * functions, taskpane) can tell the planner exactly which cell to fix.
 */

import type { ErrorClass } from "./errors";

export type { ErrorClass } from "./errors";

export type ProblemKind =
  /** Text (or a boolean) where a number belongs. */
  | "notANumber"
  /** An Excel error value arrived as input; it is passed on as it is. */
  | "errorValue"
  /** A quantity that cannot be negative (capacity, production, …) is. */
  | "negative"
  /** Capacity 0: utilization cannot be computed for that period. */
  | "zeroCapacity"
  /** A series does not have the same number of periods as the others. */
  | "lengthMismatch"
  /** A range that should be one row or one column is a block. */
  | "notOneDimensional"
  /** A single value was expected but a range of several cells was given. */
  | "notSingleValue"
  /** A required value or range is empty. */
  | "empty"
  /** An option argument is outside its allowed set or range. */
  | "invalidOption"
  /** More cells than the engine accepts in one plan. */
  | "tooLarge";

export interface Problem {
  readonly kind: ProblemKind;
  readonly errorClass: ErrorClass;
  /** The argument or range, as the planner knows it: `forecast`, `option_capacities`, … */
  readonly argument: string;
  /** 0-based position inside the argument (period index, option index), when it applies. */
  readonly index?: number;
  /** 0-based product family, for multi-family plans. */
  readonly family?: number;
  /** The offending input as text (`"n/a"`, `#N/A`, `-5`), for the message. */
  readonly found?: string;
  /** What was expected instead: a count, or a list of allowed values. */
  readonly expected?: string;
}

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(problems: readonly Problem[]): Outcome<T> {
  return { ok: false, problems };
}
