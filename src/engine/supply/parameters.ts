/**
 * The parameters of the aggregate plan (CONTRACT.md, `SOP.PLAN`): name–value rows, names
 * case-insensitive, a blank value "not given".
 */
import { errorClassOf, isBlank, readQuantity } from "../cells";
import type { Grid } from "../grid";
import { failure, success, type Outcome, type Problem } from "../problems";

export const PLAN_PARAMETERS = [
  "regular_capacity",
  "regular_cost",
  "overtime_capacity",
  "overtime_cost",
  "workforce_start",
  "hours_per_unit",
  "hours_per_worker",
  "regular_wage",
  "overtime_wage",
  "overtime_hours_max",
  "hire_cost",
  "layoff_cost",
  "material_cost",
  "subcontract_cost",
  "subcontract_capacity",
  "holding_cost",
  "backlog_cost",
  "end_stock_min",
] as const;

export type PlanParameterName = (typeof PLAN_PARAMETERS)[number];
export type PlanParameters = Readonly<Partial<Record<PlanParameterName, number>>>;

/** One row of the parameters block: its name and its value (undefined when blank). */
export interface ParameterEntry {
  readonly name: string;
  readonly value: number | undefined;
  /** 0-based row in the block, for messages. */
  readonly row: number;
}

/** With `workforce_start`, capacity comes from people and these apply instead. */
const WORKFORCE_REQUIRED: readonly PlanParameterName[] = [
  "hours_per_unit",
  "hours_per_worker",
  "regular_wage",
];
const CAPACITY_REQUIRED: readonly PlanParameterName[] = ["regular_cost"];
/** Must be more than 0 when given (they divide or scale hours). */
const POSITIVE: readonly PlanParameterName[] = ["hours_per_unit", "hours_per_worker"];

const isName = (name: string): name is PlanParameterName =>
  (PLAN_PARAMETERS as readonly string[]).includes(name);

/** The parameters by name, or every problem: unknown or repeated names, negatives, missing ones. */
export function planParameters(entries: readonly ParameterEntry[]): Outcome<PlanParameters> {
  const problems: Problem[] = [];
  const values: Partial<Record<PlanParameterName, number>> = {};
  const seen = new Set<string>();
  for (const { name: raw, value, row } of entries) {
    const name = raw.trim().toLowerCase();
    const at = { argument: "parameters", index: row } as const;
    if (!isName(name)) {
      problems.push({ kind: "unknownParameter", errorClass: "#VALUE!", ...at, found: raw });
      continue;
    }
    if (seen.has(name)) {
      problems.push({ kind: "duplicateParameter", errorClass: "#VALUE!", ...at, found: name });
      continue;
    }
    seen.add(name);
    if (value === undefined) continue;
    if (value < 0) {
      problems.push({ kind: "negative", errorClass: "#VALUE!", ...at, found: String(value) });
      continue;
    }
    if (POSITIVE.includes(name) && value === 0) {
      problems.push({
        kind: "invalidOption",
        errorClass: "#NUM!",
        ...at,
        found: String(value),
        expected: "> 0",
      });
      continue;
    }
    values[name] = value;
  }
  const required = values.workforce_start === undefined ? CAPACITY_REQUIRED : WORKFORCE_REQUIRED;
  for (const name of required) {
    if (values[name] === undefined && !problems.some((p) => p.found === name)) {
      problems.push({
        kind: "missingParameter",
        errorClass: "#VALUE!",
        argument: "parameters",
        found: name,
      });
    }
  }
  return problems.length > 0 ? failure(problems) : success(values);
}

/**
 * Reads a block of parameter rows: the name in column 0, the value in `valueColumn` (a blank value
 * is "not given", a row blank in both is skipped). Problems are indexed by row; `planParameters`
 * then checks the names.
 */
export function parameterEntries(
  rows: Grid,
  valueColumn: number,
  argument: string
): Outcome<ParameterEntry[]> {
  const problems: Problem[] = [];
  const entries: ParameterEntry[] = [];
  rows.forEach((cells, row) => {
    const name = cells[0];
    const value = cells[valueColumn];
    if (isBlank(name) && isBlank(value)) return;
    const nameError = errorClassOf(name);
    if (nameError) {
      problems.push({
        kind: "errorValue",
        errorClass: nameError,
        argument,
        index: row,
        found: nameError,
      });
      return;
    }
    if (isBlank(name)) {
      problems.push({ kind: "empty", errorClass: "#VALUE!", argument, index: row });
      return;
    }
    const label = typeof name === "string" ? name.trim() : String(name);
    if (isBlank(value)) {
      entries.push({ name: label, value: undefined, row });
      return;
    }
    const reading = readQuantity(value);
    if (typeof reading === "number") entries.push({ name: label, value: reading, row });
    else problems.push({ ...reading, argument, index: row });
  });
  return problems.length > 0 ? failure(problems) : success(entries);
}
