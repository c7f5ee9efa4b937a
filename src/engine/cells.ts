import { isErrorClass, type ErrorClass } from "./errors";
import type { Problem } from "./problems";

/**
 * The one place where a raw cell value becomes a quantity. Excel hands custom functions and
 * `range.values` the same kinds of values: numbers, "" or null for blanks, text, booleans and error
 * values (a string such as "#N/A" from `range.values`, an object with an error code in custom
 * functions and in the playground).
 */

/** Recognises an Excel error value, whatever shape the host gave it. */
export function errorClassOf(value: unknown): ErrorClass | undefined {
  if (typeof value === "string") {
    return isErrorClass(value) ? value : undefined;
  }
  if (typeof value === "object" && value !== null) {
    // CustomFunctions.Error has `code`; other hosts use `type` or `value`.
    const record = value as Record<string, unknown>;
    for (const key of ["code", "errorCode", "value", "type"]) {
      const field = record[key];
      if (isErrorClass(field)) return field;
    }
  }
  return undefined;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Describes an input value for a message: text is quoted, numbers are shown as they are. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value).toUpperCase();
  const error = errorClassOf(value);
  if (error) return error;
  return Object.prototype.toString.call(value);
}

export type QuantityReading = number | Omit<Problem, "argument">;

/**
 * Reads one cell as a quantity: numbers as they are, blanks as 0, anything else is a problem.
 * Numeric text is refused on purpose: Excel's own arithmetic on ranges ignores text, so a number
 * stored as text is a data error the planner should see, not silently use.
 */
export function readQuantity(value: unknown): QuantityReading {
  if (typeof value === "number") {
    // x - x is 0 for a finite number, NaN otherwise: no global to look up, once per cell.
    return value - value === 0
      ? value
      : { kind: "notANumber", errorClass: "#NUM!", found: String(value) };
  }
  if (isBlank(value)) return 0;
  const error = errorClassOf(value);
  if (error) return { kind: "errorValue", errorClass: error, found: error };
  return { kind: "notANumber", errorClass: "#VALUE!", found: describeValue(value) };
}
