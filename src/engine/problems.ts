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
  /** SOP.ACCURACY: a forecast that does not have as many periods as the actuals. */
  | "lengthNotActual"
  /** A range that should be one row or one column is a block. */
  | "notOneDimensional"
  /** A single value was expected but a range of several cells was given. */
  | "notSingleValue"
  /** A required value or range is empty. */
  | "empty"
  /** An option argument is outside its allowed set or range. */
  | "invalidOption"
  /** More cells than the engine accepts in one plan. */
  | "tooLarge"
  /** Fewer values than a method needs (a forecast needs 2). */
  | "tooShort"
  /** SOP.PLAN: a parameter name that is not one of the contract's. */
  | "unknownParameter"
  /** SOP.PLAN: a parameter given twice. */
  | "duplicateParameter"
  /** SOP.PLAN: a parameter the plan cannot do without. */
  | "missingParameter"
  /** SOP.PLAN: no plan meets the demand; `index` is the first period that cannot be met. */
  | "infeasible"
  /** A given production plan asks more of a period than every lever makes (found: units). */
  | "overCapacity"
  /** Families sharing a resource give one of its parameters (found) different values. */
  | "resourceConflict"
  /** The solver stopped without an answer (found: its status). */
  | "solverFailed"
  /** The solver could not be loaded (found: why). */
  | "solverUnavailable";

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
  /**
   * What was expected instead, as a value only (a count, a bound such as `≥ 1`, a list of codes),
   * never as prose: `rule`, when set, says how i18n words it.
   */
  readonly expected?: string;
  readonly rule?: ExpectedRule;
}

/**
 * How an expectation is worded, in every language (`expect.<rule>` in src/i18n, where `{n}` is
 * the problem's `expected` value).
 */
export type ExpectedRule =
  /** At least 1 family × 1 period. */
  | "atLeastOneCell"
  /** One of the period label forms the roll forward knows. */
  | "periodForms"
  /** Real dates (Excel date serials). */
  | "dates"
  /** "en" or "zh". */
  | "languageCode"
  /** One of the codes in `{n}`. */
  | "oneOf"
  | "number"
  /** A percentage of -100 or more. */
  | "percentFloor"
  /** A position from 0 to `{n}`. */
  | "indexRange"
  | "eachFamilyOnce"
  /** A period from position `{n}` on. */
  | "periodFrom"
  /** A decision: what was decided, who carries it out, a yyyy-mm-dd date, the cycle. */
  | "decisionText"
  | "owner"
  | "isoDate"
  | "cycle"
  /** A decision id of the log; an open decision. */
  | "loggedDecision"
  | "openDecision";

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(problems: readonly Problem[]): Outcome<T> {
  return { ok: false, problems };
}
