/** English strings. `zh-CN.ts` must have exactly the same keys (the type enforces it). */
export const enUS = {
  "status.balanced": "Balanced",
  "status.shortage": "Shortage",
  "status.excess": "Excess",

  "gap.sufficient": "Capacity is sufficient",
  "gap.cheapestMix": "Cheapest mix",

  "position.period": "period {n}",
  "position.option": "option {n}",
  "position.family": "family {n}",
  "position.item": "value {n}",

  "problem.notANumber": "{found} is not a number",
  "problem.errorValue": "the input is the error {found}",
  "problem.negative": "{found} is negative; it must be 0 or more",
  "problem.zeroCapacity": "capacity is 0, so utilization cannot be computed",
  "problem.lengthMismatch": "has {found} values but the plan has {expected}",
  "problem.notOneDimensional": "is {found}; give one row or one column",
  "problem.notSingleValue": "is {found}; give a single value",
  "problem.empty": "is empty",
  "problem.invalidOption": "{found} is not allowed; use {expected}",
  "problem.tooLarge": "has {found} cells; the most is {expected}",
  "problem.more": "and {n} more problem(s)",

  "shape.cells": "{rows} rows × {columns} columns",
} as const;

export type MessageKey = keyof typeof enUS;
