/** English strings. `zh-CN.ts` must have exactly the same keys (the type enforces it). */
export const enUS = {
  "status.balanced": "Balanced",
  "status.shortage": "Shortage",
  "status.excess": "Excess",

  "gap.sufficient": "Capacity is sufficient",
  "gap.cheapestMix": "Cheapest mix",

  "accuracy.mape": "MAPE",
  "accuracy.wmape": "WMAPE",
  "accuracy.smape": "sMAPE",
  "accuracy.bias": "Bias",
  "accuracy.mad": "MAD",
  "accuracy.rmse": "RMSE",
  "accuracy.trackingSignal": "Tracking signal",
  "accuracy.fva": "FVA",
  "accuracy.notComputable":
    "{metric} cannot be computed: its denominator is 0 (no actual, or no period with both an actual and a forecast)",

  "position.period": "period {n}",
  "position.option": "option {n}",
  "position.family": "family {n}",
  "position.item": "value {n}",
  "position.row": "row {n}",

  "problem.notANumber": "{found} is not a number",
  "problem.errorValue": "the input is the error {found}",
  "problem.negative": "{found} is negative; it must be 0 or more",
  "problem.zeroCapacity": "capacity is 0, so utilization cannot be computed",
  "problem.lengthMismatch": "has {found} values but the plan has {expected}",
  "problem.lengthNotActual": "has {found} values but actual has {expected}",
  "problem.unknownParameter": '"{found}" is not a parameter of SOP.PLAN',
  "problem.duplicateParameter": "{found} is given twice",
  "problem.missingParameter": "needs {found}",
  "problem.infeasible": "{found} units short with every lever at its limit",
  "problem.resourceConflict":
    "{found} differs from the other families on resource {expected}; families that share a resource give it the same value",
  "problem.overCapacity": "{found} units more than every lever can make",
  "problem.solverFailed": "the solver stopped without a plan ({found})",
  "problem.solverUnavailable": "the solver could not be loaded: {found}",
  "problem.notOneDimensional": "is {found}; give one row or one column",
  "problem.notSingleValue": "is {found}; give a single value",
  "problem.empty": "is empty",
  "problem.invalidOption": "{found} is not allowed; use {expected}",
  "problem.tooLarge": "has {found} cells; the most is {expected}",
  "problem.tooShort": "needs at least {expected} values, has {found}",
  "problem.more.one": "and 1 more problem",
  "problem.more.other": "and {n} more problems",

  "expect.atLeastOneCell": "at least 1 family × 1 period",
  "expect.periodForms":
    "a label such as 2024-10, 2024/10, 2024年10月, 2024-W42, 2024年第42周, 2024-Q4, Oct 2024, Oct-24, 2024-10-01, P10, or real dates",
  "expect.dates": "dates",
  "expect.languageCode": '"en" or "zh"',
  "expect.oneOf": "one of {n}",
  "expect.number": "a number",
  "expect.percentFloor": "a percentage of -100 or more",
  "expect.indexRange": "0 to {n}",
  "expect.eachFamilyOnce": "each family once",
  "expect.periodFrom": "a period from {n} on",
  "expect.decisionText": "what was decided",
  "expect.owner": "who carries it out",
  "expect.isoDate": "a date written yyyy-mm-dd",
  "expect.cycle": "the cycle it was decided in",
  "expect.loggedDecision": "a decision of the log",
  "expect.openDecision": "an open decision",

  "shape.cells": "{rows} rows × {columns} columns",
} as const;

export type MessageKey = keyof typeof enUS;
