import {
  DEFAULT_DAYS_PER_PERIOD,
  DEFAULT_EXCESS_MULTIPLE,
  DEFAULT_SEASON_LENGTH,
  FORECAST_METHODS,
} from "../engine";

/**
 * Each custom function's parameters, declared once: the names as the planner types them (and as
 * the JSDoc of `functions.ts` publishes them, which a test holds to this table), in the contract's
 * order, with how each is read and its default. `formulas.ts` reads the arguments from it and the
 * playground's HyperFormula plugin takes its signatures from it.
 */

/** How an argument is read; `arguments.ts` has one reader for each. */
export type ParameterKind =
  /** One row or one column of quantities, blanks as 0; a single cell is repeated. */
  | "series"
  /** A series in which every cell must be given: a blank is an error. */
  | "costs"
  /** One row or one column of names. */
  | "labels"
  /** Past actuals: leading blanks skipped, later blanks 0 (CONTRACT.md, `SOP.FORECAST`). */
  | "history"
  /** One row or one column in which a blank is "not given" (an actual not yet in). */
  | "observations"
  /** One number; a blank cell is 0. An optional one without a default is undefined when left out. */
  | "number"
  /** One of a list of codes (`choices`), case-insensitive. */
  | "choice"
  /** A two-column block of name and value rows (`SOP.PLAN`'s parameters). */
  | "pairs"
  /** "en" or "zh". */
  | "language";

export interface ParameterSpec {
  readonly name: string;
  readonly kind: ParameterKind;
  readonly optional?: true;
  /** What an omitted optional number or language is; an optional list without one is undefined. */
  readonly default?: number | string;
  /** The codes a choice accepts. */
  readonly choices?: readonly string[];
  /** What a position inside it is, when not the function's `positions` (a parameter's row). */
  readonly positions?: "row";
}

export interface FunctionSpec {
  /** The id in functions.json (the manifest's namespace SOP prefixes it). */
  readonly id: string;
  /** The name as typed in a cell. */
  readonly name: string;
  /** What a position inside a list argument is, for messages: a period or an option. */
  readonly positions: "period" | "option";
  readonly parameters: readonly ParameterSpec[];
}

export const BALANCE = {
  id: "BALANCE",
  name: "SOP.BALANCE",
  positions: "period",
  parameters: [
    { name: "forecast", kind: "series" },
    { name: "orders", kind: "series" },
    { name: "opening_stock", kind: "number" },
    { name: "production", kind: "series" },
    { name: "capacity", kind: "series" },
    { name: "safety_stock", kind: "series" },
    { name: "excess_multiple", kind: "number", optional: true, default: DEFAULT_EXCESS_MULTIPLE },
    { name: "days_per_period", kind: "number", optional: true, default: DEFAULT_DAYS_PER_PERIOD },
    { name: "language", kind: "language", optional: true, default: "en" },
  ],
} as const satisfies FunctionSpec;

export const GAP = {
  id: "GAP",
  name: "SOP.GAP",
  positions: "option",
  parameters: [
    { name: "demand", kind: "number" },
    { name: "supply", kind: "number" },
    { name: "option_names", kind: "labels" },
    { name: "option_capacities", kind: "series" },
    { name: "option_unit_costs", kind: "costs", optional: true },
    { name: "language", kind: "language", optional: true, default: "en" },
  ],
} as const satisfies FunctionSpec;

export const FORECAST = {
  id: "FORECAST",
  name: "SOP.FORECAST",
  positions: "period",
  parameters: [
    { name: "history", kind: "history" },
    { name: "horizon", kind: "number" },
    { name: "season_length", kind: "number", optional: true, default: DEFAULT_SEASON_LENGTH },
    { name: "method", kind: "choice", optional: true, default: "auto", choices: FORECAST_METHODS },
    { name: "interval", kind: "number", optional: true },
    { name: "language", kind: "language", optional: true, default: "en" },
  ],
} as const satisfies FunctionSpec;

export const ACCURACY = {
  id: "ACCURACY",
  name: "SOP.ACCURACY",
  positions: "period",
  parameters: [
    { name: "actual", kind: "observations" },
    { name: "forecast", kind: "observations" },
    { name: "naive", kind: "observations", optional: true },
    { name: "language", kind: "language", optional: true, default: "en" },
  ],
} as const satisfies FunctionSpec;

export const PLAN = {
  id: "PLAN",
  name: "SOP.PLAN",
  positions: "period",
  parameters: [
    { name: "demand", kind: "series" },
    { name: "opening_stock", kind: "number" },
    { name: "parameters", kind: "pairs", positions: "row" },
    { name: "safety_stock", kind: "series", optional: true },
    { name: "language", kind: "language", optional: true, default: "en" },
  ],
} as const satisfies FunctionSpec;

export const FUNCTIONS: readonly FunctionSpec[] = [BALANCE, GAP, FORECAST, ACCURACY, PLAN];

/** Whether the argument is a range (Excel passes a matrix) rather than one value. */
export function isRange(kind: ParameterKind): boolean {
  return (
    kind === "series" ||
    kind === "costs" ||
    kind === "labels" ||
    kind === "history" ||
    kind === "observations" ||
    kind === "pairs"
  );
}

type ParametersOf<F extends FunctionSpec> = F["parameters"][number];

/** The arguments of a call by parameter name, as Excel passes them: any value, unchecked. */
export type ArgumentsOf<F extends FunctionSpec> = {
  readonly [P in ParametersOf<F> as P extends { optional: true } ? never : P["name"]]: unknown;
} & {
  readonly [P in ParametersOf<F> as P extends { optional: true } ? P["name"] : never]?: unknown;
};

/** The 0-based positions of the parameters of a kind, in order (for sizing a result by shape). */
export function positionsOf(spec: FunctionSpec, kind: ParameterKind): number[] {
  return spec.parameters.flatMap((parameter, index) => (parameter.kind === kind ? [index] : []));
}

/** Positional arguments (a formula's, in order) by parameter name. */
export function argumentsByName<F extends FunctionSpec>(
  spec: F,
  args: readonly unknown[]
): ArgumentsOf<F> {
  const named: Record<string, unknown> = {};
  spec.parameters.forEach((parameter, index) => {
    named[parameter.name] = args[index];
  });
  return named as ArgumentsOf<F>;
}
