import {
  balancePlan,
  DEFAULT_DAYS_PER_PERIOD,
  DEFAULT_EXCESS_MULTIPLE,
  gapScenarios,
  isBlank,
  PLAN_SERIES,
  type ErrorClass,
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
  type PositionKind,
} from "../i18n";
import {
  asMatrix,
  readLabels,
  readLanguage,
  readNumber,
  readOptionalNumber,
  readSeries,
  type Orientation,
  type Read,
  type Series,
} from "./arguments";

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

const OPTION_ARGUMENTS: ReadonlySet<string> = new Set([
  "option_names",
  "option_capacities",
  "option_unit_costs",
]);
const SERIES_ARGUMENTS: ReadonlySet<string> = new Set([
  "forecast",
  "orders",
  "production",
  "capacity",
  "safety_stock",
]);

function positionKindOf(problem: Problem): PositionKind {
  if (OPTION_ARGUMENTS.has(problem.argument)) return "option";
  return SERIES_ARGUMENTS.has(problem.argument) ? "period" : "item";
}

function fail(language: Language, problems: readonly Problem[]): FormulaResult {
  const first = problems[0];
  return {
    ok: false,
    error: {
      errorClass: first?.errorClass ?? "#VALUE!",
      message: describeProblems(language, problems, positionKindOf),
    },
  };
}

/** Collects the problems of several readings, so one call reports every bad argument. */
function problemsOf(readings: readonly Read<unknown>[]): Problem[] {
  return readings.flatMap((reading) => (reading.ok ? [] : reading.problems));
}

export interface BalanceArguments {
  readonly forecast: unknown;
  readonly orders: unknown;
  readonly openingStock: unknown;
  readonly production: unknown;
  readonly capacity: unknown;
  readonly safetyStock: unknown;
  readonly excessMultiple?: unknown;
  readonly daysPerPeriod?: unknown;
  readonly language?: unknown;
}

/** The six fields of one period, in the contract's order. */
export const BALANCE_FIELDS = [
  "effectiveDemand",
  "openingStock",
  "closingStock",
  "stockDays",
  "utilization",
  "status",
] as const;

export function balanceFormula(args: BalanceArguments): FormulaResult {
  const languageRead = readLanguage(args.language);
  const language = languageRead.ok ? languageRead.value : "en";
  const series: Record<PlanSeries, Read<Series>> = {
    forecast: readSeries("forecast", args.forecast),
    orders: readSeries("orders", args.orders),
    production: readSeries("production", args.production),
    capacity: readSeries("capacity", args.capacity),
    safetyStock: readSeries("safety_stock", args.safetyStock),
  };
  const opening = readNumber("opening_stock", args.openingStock);
  const excessMultiple = readOptionalNumber(
    "excess_multiple",
    args.excessMultiple,
    DEFAULT_EXCESS_MULTIPLE
  );
  const daysPerPeriod = readOptionalNumber(
    "days_per_period",
    args.daysPerPeriod,
    DEFAULT_DAYS_PER_PERIOD
  );
  const problems = problemsOf([
    languageRead,
    ...Object.values(series),
    opening,
    excessMultiple,
    daysPerPeriod,
  ]);
  if (problems.length > 0 || !opening.ok || !excessMultiple.ok || !daysPerPeriod.ok)
    return fail(language, problems);

  const lines = PLAN_SERIES.map((name) => {
    const reading = series[name];
    return reading.ok
      ? reading.value
      : { values: new Float64Array(0), orientation: "single" as const };
  });
  const periods = Math.max(...lines.map((line) => line.values.length));
  const mismatched = PLAN_SERIES.flatMap((name, i): Problem[] => {
    const length = lines[i]?.values.length ?? 0;
    return length === 1 || length === periods
      ? []
      : [
          {
            kind: "lengthMismatch",
            errorClass: "#N/A",
            argument: argumentName(name),
            found: String(length),
            expected: String(periods),
          },
        ];
  });
  if (mismatched.length > 0) return fail(language, mismatched);

  const orientation: Orientation =
    lines.find((line) => line.orientation !== "single")?.orientation ?? "single";
  const [forecast, orders, production, capacity, safetyStock] = lines.map((line) =>
    repeatTo(line.values, periods)
  );
  const input: PlanInput = {
    families: 1,
    periods,
    forecast: forecast as Float64Array,
    orders: orders as Float64Array,
    production: production as Float64Array,
    capacity: capacity as Float64Array,
    safetyStock: safetyStock as Float64Array,
    openingStock: Float64Array.of(opening.value),
  };
  const outcome = balancePlan(input, {
    excessMultiple: excessMultiple.value,
    daysPerPeriod: daysPerPeriod.value,
  });
  // A formula plans one family, so "family 1" would only be noise in the message.
  if (!outcome.ok)
    return fail(
      language,
      outcome.problems.map(({ family: _family, ...problem }) => problem)
    );

  const plan = outcome.value;
  const records: ResultCell[][] = [];
  for (let period = 0; period < periods; period++) {
    const utilization = plan.utilization[period] as number;
    records.push([
      plan.effectiveDemand[period] as number,
      plan.openingStock[period] as number,
      plan.closingStock[period] as number,
      plan.stockDays[period] as number,
      Number.isNaN(utilization) ? zeroCapacityError(language, period) : utilization,
      statusWord(language, plan.status[period] as StatusCode),
    ]);
  }
  return { ok: true, cells: orientation === "row" ? transpose(records) : records };
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

function argumentName(series: PlanSeries): string {
  return series === "safetyStock" ? "safety_stock" : series;
}

function repeatTo(values: Float64Array, periods: number): Float64Array {
  return values.length === periods ? values : new Float64Array(periods).fill(values[0] ?? 0);
}

function transpose(rows: ResultCell[][]): ResultCell[][] {
  const columns = rows[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, column) =>
    rows.map((row) => row[column] as ResultCell)
  );
}

export interface GapArguments {
  readonly demand: unknown;
  readonly supply: unknown;
  readonly optionNames: unknown;
  readonly optionCapacities: unknown;
  readonly optionUnitCosts?: unknown;
  readonly language?: unknown;
}

export function gapFormula(args: GapArguments): FormulaResult {
  const languageRead = readLanguage(args.language);
  const language = languageRead.ok ? languageRead.value : "en";
  const demand = readNumber("demand", args.demand);
  const supply = readNumber("supply", args.supply);
  const names = readLabels("option_names", args.optionNames);
  const capacities = readSeries("option_capacities", args.optionCapacities);
  const costsGiven = args.optionUnitCosts !== undefined && args.optionUnitCosts !== null;
  const costs = costsGiven ? readUnitCosts(args.optionUnitCosts) : undefined;
  const problems = problemsOf([
    languageRead,
    demand,
    supply,
    names,
    capacities,
    ...(costs ? [costs] : []),
  ]);
  if (
    problems.length > 0 ||
    !demand.ok ||
    !supply.ok ||
    !names.ok ||
    !capacities.ok ||
    (costs && !costs.ok)
  ) {
    return fail(language, problems);
  }

  const count = names.value.length;
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
  checkLength("option_capacities", capacities.value.values.length);
  if (costs?.ok) checkLength("option_unit_costs", costs.value.length);
  if (mismatched.length > 0) return fail(language, mismatched);

  const options: GapOption[] = names.value.map((name, i) => {
    const option = { name, capacity: capacities.value.values[i] as number };
    const unitCost = costs?.ok ? costs.value[i] : undefined;
    return unitCost === undefined ? option : { ...option, unitCost };
  });
  const outcome = gapScenarios(demand.value, supply.value, options);
  if (!outcome.ok) return fail(language, outcome.problems);

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
function readUnitCosts(raw: unknown): Read<number[]> {
  const costs = readSeries("option_unit_costs", raw);
  if (!costs.ok) return costs;
  const blanks: Problem[] = asMatrix(raw)
    .flat()
    .flatMap((cell, index): Problem[] =>
      isBlank(cell)
        ? [{ kind: "empty", errorClass: "#VALUE!", argument: "option_unit_costs", index }]
        : []
    );
  return blanks.length > 0
    ? { ok: false, problems: blanks }
    : { ok: true, value: Array.from(costs.value.values) };
}
