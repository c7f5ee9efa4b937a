import {
  ACCURACY_METRICS,
  balancePlan,
  forecastAccuracy,
  forecastSeries,
  gapScenarios,
  isBlank,
  planParameters,
  PLAN_SERIES,
  Status,
  SUPPLY_FIELDS,
  supplyPlan,
  type LpSolver,
  type ParameterEntry,
  type AccuracyMetric,
  type ErrorClass,
  type ForecastMethod,
  type GapOption,
  type PlanInput,
  type PlanSeries,
  type Problem,
  type StatusCode,
} from "../engine";
import {
  describeProblem,
  describeProblems,
  statusWord,
  translate,
  type Language,
  type MessageKey,
  type PositionKind,
} from "../i18n";
import {
  asMatrix,
  readChoice,
  readHistory,
  readLabels,
  readLanguage,
  readMaybeNumber,
  readNumber,
  readObservations,
  readOptionalNumber,
  readParameterRows,
  readSeries,
  numberArena,
  type Allocate,
  type Orientation,
  type Read,
  type Series,
} from "./arguments";
import {
  ACCURACY,
  BALANCE,
  FORECAST,
  GAP,
  isRange,
  PLAN,
  type ArgumentsOf,
  type FunctionSpec,
  type ParameterSpec,
} from "./parameters";

/**
 * What `SOP.BALANCE` and `SOP.GAP` compute, free of any host: results are plain matrices, and an
 * error is a value that says which Excel error it is and why. `functions.ts` hands these to Excel;
 * the playground hands the same values to its formula engine.
 */

/** An error in one cell of a result, or for the whole formula. */
export interface FormulaError {
  readonly errorClass: ErrorClass;
  readonly message: string;
}

export type ResultCell = number | string | FormulaError;
export type FormulaResult =
  | { readonly ok: true; readonly cells: ResultCell[][] }
  | { readonly ok: false; readonly error: FormulaError };

export function isFormulaError(cell: ResultCell): cell is FormulaError {
  return typeof cell === "object";
}

/** What a position in a problem is, for its message: list arguments count periods or options. */
function positionKinds(spec: FunctionSpec): (problem: Problem) => PositionKind {
  const lists = new Map<string, PositionKind>(
    spec.parameters
      .filter((parameter) => isRange(parameter.kind))
      .map((parameter) => [parameter.name, parameter.positions ?? spec.positions])
  );
  return (problem) => lists.get(problem.argument) ?? "item";
}

const POSITION_KINDS = new Map<FunctionSpec, (problem: Problem) => PositionKind>(
  [BALANCE, GAP, FORECAST, ACCURACY, PLAN].map((spec) => [spec, positionKinds(spec)])
);

function fail(spec: FunctionSpec, language: Language, problems: readonly Problem[]): FormulaResult {
  const first = problems[0];
  const positionKind = POSITION_KINDS.get(spec) ?? positionKinds(spec);
  return {
    ok: false,
    error: {
      errorClass: first?.errorClass ?? "#VALUE!",
      message: describeProblems(language, problems, positionKind),
    },
  };
}

/** What each kind of parameter reads as (`parameters.ts`). */
interface KindValues {
  readonly series: Series;
  readonly history: Series;
  readonly observations: Series;
  readonly choice: string;
  readonly costs: number[];
  readonly labels: string[];
  readonly number: number;
  readonly pairs: ParameterEntry[];
  readonly language: Language;
}

/** The arguments read: each parameter's value by name; an optional list left out is undefined. */
type ValuesOf<F extends FunctionSpec> = {
  readonly [P in F["parameters"][number] as P["name"]]:
    | KindValues[P["kind"]]
    | (P extends { optional: true } ? (P extends { default: unknown } ? never : undefined) : never);
};

type Reading<F extends FunctionSpec> =
  | {
      readonly ok: true;
      readonly language: Language;
      readonly values: ValuesOf<F>;
      /** Where the series were read into; the call's other number arrays come from it too. */
      readonly allocate: Allocate;
    }
  | { readonly ok: false; readonly language: Language; readonly problems: Problem[] };

/**
 * Reads every argument of a call as its parameter's kind says, collecting the problems of all of
 * them so that one call reports every bad argument. The language is read first, since every
 * message is written in it; its problem, if any, comes first.
 */
function readArguments<F extends FunctionSpec>(spec: F, args: ArgumentsOf<F>): Reading<F> {
  const raw = args as Readonly<Record<string, unknown>>;
  const languageParameter = spec.parameters.find((parameter) => parameter.kind === "language");
  const languageRead = languageParameter
    ? readLanguage(raw[languageParameter.name], languageParameter.name, languageDefault(spec))
    : undefined;
  const language = languageRead?.ok ? languageRead.value : "en";
  let problems: Problem[] | undefined =
    languageRead?.ok === false ? [...languageRead.problems] : undefined;
  // Every call's values take the shape of one object that lives as long as the module: shapes
  // only its own calls' objects held would die at each full GC, and the optimised code with them.
  const values: Record<string, unknown> = { ...shapeOf(spec) };
  const allocate = numberArena();
  for (const parameter of spec.parameters) {
    const reading =
      parameter === languageParameter && languageRead
        ? languageRead
        : readParameter(parameter, raw[parameter.name], allocate);
    if (reading.ok) values[parameter.name] = reading.value;
    else if (parameter !== languageParameter) (problems ??= []).push(...reading.problems);
  }
  return problems
    ? { ok: false, language, problems }
    : { ok: true, language, values: values as ValuesOf<F>, allocate };
}

/** One object per function with a property per parameter, in order: the shape of its values. */
const SHAPES = new Map<FunctionSpec, Readonly<Record<string, unknown>>>();

function shapeOf(spec: FunctionSpec): Readonly<Record<string, unknown>> {
  let shape = SHAPES.get(spec);
  if (!shape) {
    const fields: Record<string, unknown> = {};
    for (const parameter of spec.parameters) fields[parameter.name] = undefined;
    shape = fields;
    SHAPES.set(spec, shape);
  }
  return shape;
}

function languageDefault(spec: FunctionSpec): Language {
  const fallback = spec.parameters.find((parameter) => parameter.kind === "language")?.default;
  return fallback === "zh" ? "zh" : "en";
}

function readParameter(parameter: ParameterSpec, raw: unknown, allocate: Allocate): Read<unknown> {
  const { name, kind } = parameter;
  switch (kind) {
    case "series":
      return readSeries(name, raw, allocate);
    case "costs":
      // Left out (not a blank cell: that is a cost missing) means no costs.
      return raw === undefined || raw === null
        ? { ok: true, value: undefined }
        : readUnitCosts(name, raw);
    case "labels":
      return readLabels(name, raw);
    case "history":
      return readHistory(name, raw);
    case "observations":
      // Left out (an optional line such as naive) is undefined.
      return parameter.optional && (raw === undefined || raw === null)
        ? { ok: true, value: undefined }
        : readObservations(name, raw);
    case "choice":
      return readChoice(name, raw, parameter.choices ?? [], String(parameter.default ?? ""));
    case "number":
      if (!parameter.optional) return readNumber(name, raw);
      return typeof parameter.default === "number"
        ? readOptionalNumber(name, raw, parameter.default)
        : readMaybeNumber(name, raw);
    case "pairs":
      return readParameterRows(name, raw);
    case "language":
      return readLanguage(raw, name, parameter.default === "zh" ? "zh" : "en");
  }
}

export type BalanceArguments = ArgumentsOf<typeof BALANCE>;

/** The engine's series and the `SOP.BALANCE` parameters that give them. */
const SERIES_PARAMETER = {
  forecast: "forecast",
  orders: "orders",
  production: "production",
  capacity: "capacity",
  safetyStock: "safety_stock",
} as const satisfies Record<PlanSeries, keyof ValuesOf<typeof BALANCE>>;

/** The six fields of one period, in the contract's order. */
export const BALANCE_FIELDS = [
  "effectiveDemand",
  "openingStock",
  "closingStock",
  "stockDays",
  "utilization",
  "status",
] as const;

/** The status words by status code, per language: looked up once, not once a period. */
const STATUS_WORDS = new Map<Language, readonly string[]>();

function statusWordsOf(language: Language): readonly string[] {
  let words = STATUS_WORDS.get(language);
  if (!words) {
    words = [];
    for (const code of [Status.Balanced, Status.Shortage, Status.Excess])
      (words as string[])[code] = statusWord(language, code);
    STATUS_WORDS.set(language, words);
  }
  return words;
}

export function balanceFormula(args: BalanceArguments): FormulaResult {
  const reading = readArguments(BALANCE, args);
  const { language } = reading;
  if (!reading.ok) return fail(BALANCE, language, reading.problems);
  const { values, allocate } = reading;

  const lines = PLAN_SERIES.map((series) => values[SERIES_PARAMETER[series]]);
  let periods = 0;
  for (const line of lines) if (line.values.length > periods) periods = line.values.length;
  const mismatched = PLAN_SERIES.flatMap((series, i): Problem[] => {
    const length = lines[i]?.values.length ?? 0;
    return length === 1 || length === periods
      ? []
      : [
          {
            kind: "lengthMismatch",
            errorClass: "#N/A",
            argument: SERIES_PARAMETER[series],
            found: String(length),
            expected: String(periods),
          },
        ];
  });
  if (mismatched.length > 0) return fail(BALANCE, language, mismatched);

  const orientation: Orientation =
    lines.find((line) => line.orientation !== "single")?.orientation ?? "single";
  const [forecast, orders, production, capacity, safetyStock] = lines.map((line) =>
    repeatTo(line.values, periods, allocate)
  );
  const openingStock = allocate(1);
  openingStock[0] = values.opening_stock;
  const input: PlanInput = {
    families: 1,
    periods,
    forecast: forecast as Float64Array,
    orders: orders as Float64Array,
    production: production as Float64Array,
    capacity: capacity as Float64Array,
    safetyStock: safetyStock as Float64Array,
    openingStock,
  };
  const outcome = balancePlan(input, {
    excessMultiple: values.excess_multiple,
    daysPerPeriod: values.days_per_period,
  });
  // A formula plans one family, so "family 1" would only be noise in the message.
  if (!outcome.ok)
    return fail(
      BALANCE,
      language,
      outcome.problems.map(({ family: _family, ...problem }) => problem)
    );

  const plan = outcome.value;
  const words = statusWordsOf(language);
  const { effectiveDemand, openingStock: opening, closingStock, stockDays, utilization } = plan;
  // Utilization is NaN only where capacity is 0 (x !== x is NaN's test, with no global to look up).
  const utilizationCell = (period: number): ResultCell => {
    const value = utilization[period] as number;
    return value !== value ? zeroCapacityError(language, period) : value;
  };
  // The result is built the way it spills: one row per field, or one row per period.
  if (orientation === "row") {
    const fields: ResultCell[][] = [[], [], [], [], [], []];
    const [demandRow, openingRow, closingRow, daysRow, utilizationRow, statusRow] = fields as [
      ResultCell[],
      ResultCell[],
      ResultCell[],
      ResultCell[],
      ResultCell[],
      ResultCell[],
    ];
    for (let period = 0; period < periods; period++) {
      demandRow.push(effectiveDemand[period] as number);
      openingRow.push(opening[period] as number);
      closingRow.push(closingStock[period] as number);
      daysRow.push(stockDays[period] as number);
      utilizationRow.push(utilizationCell(period));
      statusRow.push(words[plan.status[period] as StatusCode] as string);
    }
    return { ok: true, cells: fields };
  }
  const records: ResultCell[][] = [];
  for (let period = 0; period < periods; period++) {
    records.push([
      effectiveDemand[period] as number,
      opening[period] as number,
      closingStock[period] as number,
      stockDays[period] as number,
      utilizationCell(period),
      words[plan.status[period] as StatusCode] as string,
    ]);
  }
  return { ok: true, cells: records };
}

function zeroCapacityError(language: Language, period: number): FormulaError {
  const problem: Problem = {
    kind: "zeroCapacity",
    errorClass: "#DIV/0!",
    argument: "capacity",
    index: period,
  };
  return { errorClass: "#DIV/0!", message: describeProblem(language, problem, "period") };
}

function repeatTo(values: Float64Array, periods: number, allocate: Allocate): Float64Array {
  return values.length === periods ? values : allocate(periods).fill(values[0] ?? 0);
}

export type GapArguments = ArgumentsOf<typeof GAP>;

export function gapFormula(args: GapArguments): FormulaResult {
  const reading = readArguments(GAP, args);
  const { language } = reading;
  if (!reading.ok) return fail(GAP, language, reading.problems);
  const { demand, supply, option_names: names, option_capacities: capacities } = reading.values;
  const costs = reading.values.option_unit_costs;

  const count = names.length;
  const mismatched: Problem[] = [];
  const checkLength = (argument: string, length: number): void => {
    if (length !== count) {
      mismatched.push({
        kind: "lengthMismatch",
        errorClass: "#N/A",
        argument,
        found: String(length),
        expected: String(count),
      });
    }
  };
  checkLength("option_capacities", capacities.values.length);
  if (costs) checkLength("option_unit_costs", costs.length);
  if (mismatched.length > 0) return fail(GAP, language, mismatched);

  const options: GapOption[] = names.map((name, i) => {
    const option = { name, capacity: capacities.values[i] as number };
    const unitCost = costs ? costs[i] : undefined;
    return unitCost === undefined ? option : { ...option, unitCost };
  });
  const outcome = gapScenarios(demand, supply, options);
  if (!outcome.ok) return fail(GAP, language, outcome.problems);

  const analysis = outcome.value;
  if (analysis.sufficient) return { ok: true, cells: [[translate(language, "gap.sufficient")]] };
  const rows: ResultCell[][] = analysis.scenarios.map((s) => {
    const row: ResultCell[] = [s.name, s.addedCapacity, s.gapFilled, s.remainingGap, s.fillRate];
    return s.cost === undefined ? row : [...row, s.cost];
  });
  const mix = analysis.cheapestMix;
  if (mix) {
    const recipe = mix.parts.map((part) => `${part.name} ${part.quantity}`).join(" + ");
    const label = `${translate(language, "gap.cheapestMix")}: ${recipe}`;
    rows.push([label, mix.addedCapacity, mix.gapFilled, mix.remainingGap, mix.fillRate, mix.cost]);
  }
  return { ok: true, cells: rows };
}

/** Unit costs must be given for every option: a blank cost would silently make an option free. */
function readUnitCosts(argument: string, raw: unknown): Read<number[]> {
  const costs = readSeries(argument, raw);
  if (!costs.ok) return costs;
  const blanks: Problem[] = asMatrix(raw)
    .flat()
    .flatMap((cell, index): Problem[] =>
      isBlank(cell) ? [{ kind: "empty", errorClass: "#VALUE!", argument, index }] : []
    );
  return blanks.length > 0
    ? { ok: false, problems: blanks }
    : { ok: true, value: Array.from(costs.value.values) };
}

export type ForecastArguments = ArgumentsOf<typeof FORECAST>;

/**
 * `SOP.FORECAST`: the forecasts spill the way the history runs: a row gives 1 × horizon (3 ×
 * horizon with an interval: forecast, lower, upper), a column horizon × 1 (horizon × 3).
 */
export function forecastFormula(args: ForecastArguments): FormulaResult {
  const reading = readArguments(FORECAST, args);
  const { language } = reading;
  if (!reading.ok) return fail(FORECAST, language, reading.problems);
  const { history, horizon, season_length, method, interval } = reading.values;
  const outcome = forecastSeries(history.values, {
    horizon,
    seasonLength: season_length,
    method: method as ForecastMethod,
    ...(interval === undefined ? {} : { coverage: interval }),
  });
  if (!outcome.ok) return fail(FORECAST, language, outcome.problems);
  const { forecast, lower, upper } = outcome.value;
  const lines = lower && upper ? [forecast, lower, upper] : [forecast];
  if (history.orientation === "row")
    return { ok: true, cells: lines.map((line) => Array.from(line)) };
  return {
    ok: true,
    cells: Array.from(forecast, (_, j) => lines.map((line) => line[j] as number)),
  };
}

export type AccuracyArguments = ArgumentsOf<typeof ACCURACY>;

const METRIC_KEYS: Record<AccuracyMetric, MessageKey> = {
  mape: "accuracy.mape",
  wmape: "accuracy.wmape",
  smape: "accuracy.smape",
  bias: "accuracy.bias",
  mad: "accuracy.mad",
  rmse: "accuracy.rmse",
  trackingSignal: "accuracy.trackingSignal",
  fva: "accuracy.fva",
};

/** The name of an accuracy metric in a language, as `SOP.ACCURACY` and the sheets print it. */
export function metricName(language: Language, metric: AccuracyMetric): string {
  return translate(language, METRIC_KEYS[metric]);
}

/** `SOP.ACCURACY`: two columns, metric and value, in CONTRACT.md's order; FVA only with naive. */
export function accuracyFormula(args: AccuracyArguments): FormulaResult {
  const reading = readArguments(ACCURACY, args);
  const { language } = reading;
  if (!reading.ok) return fail(ACCURACY, language, reading.problems);
  const { actual, forecast, naive } = reading.values;
  const count = actual.values.length;
  const mismatched: Problem[] = [];
  for (const [argument, line] of [
    ["forecast", forecast],
    ["naive", naive],
  ] as const) {
    if (line && line.values.length !== count) {
      mismatched.push({
        kind: "lengthNotActual",
        errorClass: "#N/A",
        argument,
        found: String(line.values.length),
        expected: String(count),
      });
    }
  }
  if (mismatched.length > 0) return fail(ACCURACY, language, mismatched);
  const accuracy = forecastAccuracy(actual.values, forecast.values, naive?.values);
  const metrics = naive ? ACCURACY_METRICS : ACCURACY_METRICS.filter((metric) => metric !== "fva");
  return {
    ok: true,
    cells: metrics.map((metric) => {
      const value = accuracy[metric];
      const name = metricName(language, metric);
      return [
        name,
        Number.isFinite(value)
          ? value
          : {
              errorClass: "#DIV/0!",
              message: translate(language, "accuracy.notComputable", { metric: name }),
            },
      ];
    }),
  };
}

export type PlanArguments = ArgumentsOf<typeof PLAN>;

/**
 * `SOP.PLAN`: the cheapest plan over the horizon (src/engine/supply), one record of 9 fields per
 * period (SUPPLY_FIELDS), running the way demand runs: a row gives 9 rows × N columns, a column
 * N rows × 9 columns, one period one row of 9. `solve` is the loaded solver.
 */
export function planFormula(args: PlanArguments, solve: LpSolver): FormulaResult {
  const reading = readArguments(PLAN, args);
  const { language } = reading;
  if (!reading.ok) return fail(PLAN, language, reading.problems);
  const { demand, opening_stock, parameters, safety_stock } = reading.values;
  const periods = demand.values.length;
  const problems: Problem[] = [];
  const safety = safety_stock?.values ?? Float64Array.of(0);
  if (safety.length !== 1 && safety.length !== periods) {
    problems.push({
      kind: "lengthMismatch",
      errorClass: "#N/A",
      argument: "safety_stock",
      found: String(safety.length),
      expected: String(periods),
    });
  }
  for (const [argument, line] of [
    ["demand", demand.values],
    ["safety_stock", safety],
  ] as const) {
    line.forEach((value, index) => {
      if (value < 0)
        problems.push({
          kind: "negative",
          errorClass: "#VALUE!",
          argument,
          index,
          found: String(value),
        });
    });
  }
  const named = planParameters(parameters);
  if (!named.ok) problems.push(...named.problems);
  if (problems.length > 0 || !named.ok) return fail(PLAN, language, problems);
  const outcome = supplyPlan(
    {
      demand: demand.values,
      openingStock: opening_stock,
      safetyStock: safety.length === 1 ? new Float64Array(periods).fill(safety[0] ?? 0) : safety,
      parameters: named.value,
    },
    solve
  );
  if (!outcome.ok) return fail(PLAN, language, outcome.problems);
  const records = outcome.value.periods;
  if (demand.orientation === "column" || demand.orientation === "single") {
    return {
      ok: true,
      cells: records.map((record) => SUPPLY_FIELDS.map((field) => record[field])),
    };
  }
  return {
    ok: true,
    cells: SUPPLY_FIELDS.map((field) => records.map((record) => record[field])),
  };
}

/** `SOP.PLAN` when the solver could not be loaded: `#N/A` saying why, in the formula's language. */
export function solverUnavailable(args: PlanArguments, message: string): FormulaResult {
  const language = readLanguage(args.language);
  return fail(PLAN, language.ok ? language.value : "en", [
    { kind: "solverUnavailable", errorClass: "#N/A", argument: "parameters", found: message },
  ]);
}
