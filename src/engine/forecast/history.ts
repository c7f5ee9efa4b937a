import { errorClassOf, isBlank, readQuantity } from "../cells";
import { failure, success, type Outcome, type Problem } from "../problems";

/**
 * Past actuals as a forecast reads them (CONTRACT.md, `SOP.FORECAST`'s history): leading blank
 * cells are skipped (a family launched later), a blank after the first value is 0, negative values
 * (net returns) are allowed, and text or an error value is a problem at its position.
 */
export interface History {
  readonly values: Float64Array;
  /** The position of the first value kept: the number of leading blanks skipped. */
  readonly start: number;
}

/** The fewest values a forecast needs. */
export const MIN_HISTORY = 2;

export function historyValues(cells: readonly unknown[], argument = "history"): Outcome<History> {
  let start = 0;
  while (start < cells.length && isBlank(cells[start])) start++;
  const values = new Float64Array(cells.length - start);
  const problems: Problem[] = [];
  for (let index = start; index < cells.length; index++) {
    const reading = readQuantity(cells[index]);
    if (typeof reading === "number") values[index - start] = reading;
    else problems.push({ ...reading, argument, index });
  }
  if (problems.length > 0) return failure(problems);
  if (values.length < MIN_HISTORY) {
    return failure([
      {
        kind: "tooShort",
        errorClass: "#VALUE!",
        argument,
        found: String(values.length),
        expected: String(MIN_HISTORY),
      },
    ]);
  }
  return success({ values, start });
}

/**
 * A row or column of observations in which a blank is "not given" (NaN): an actual not yet in, a
 * forecast not yet made. Text and error values are problems at their positions.
 */
export function observedValues(cells: readonly unknown[], argument: string): Outcome<Float64Array> {
  const values = new Float64Array(cells.length);
  const problems: Problem[] = [];
  cells.forEach((cell, index) => {
    if (isBlank(cell)) {
      values[index] = NaN;
      return;
    }
    const error = errorClassOf(cell);
    const reading = error
      ? { kind: "errorValue" as const, errorClass: error, found: error }
      : readQuantity(cell);
    if (typeof reading === "number") values[index] = reading;
    else problems.push({ ...reading, argument, index });
  });
  return problems.length > 0 ? failure(problems) : success(values);
}
