import {
  BASELINES,
  parameterEntries,
  planParameters,
  type BindingLimit,
  type PlanParameters,
  type Problem,
  type SupplyReview,
} from "../../engine";
import { translate, type Language, type MessageKey } from "../../i18n";
import type {
  BaselineResult,
  InfeasiblePoint,
  SupplyLimit,
  SupplySummary,
  WorkbookProblem,
} from "../../workbook";
import { cellAddress, rangeAddress } from "./addresses";
import { lineCells, periodAxis, shapeText, type PlanData, type RangeReads } from "./inputs";
import {
  MONEY,
  QUANTITY,
  TEXT,
  amountText,
  familyName,
  stamp,
  type OutputColumn,
  type OutputSheet,
  type SheetContext,
} from "./tables";

/**
 * The supply review's sheet cells, pure: SOP_PlanParameters and SOP_Resources read and checked
 * (every problem naming its cell), and `S&OP Supply Plan` built from the engine's review.
 */

/** What the supply review reads besides the plan: each family's parameters and resource. */
export interface SupplyData {
  readonly parameters: readonly PlanParameters[];
  readonly resources: readonly (string | undefined)[];
}

/** Problems of the parameter rows that are about the name cell (the others are about the value). */
const NAME_KINDS: readonly Problem["kind"][] = ["unknownParameter", "duplicateParameter", "empty"];

/**
 * SOP_PlanParameters: rows of name and value, one value column for every family or one per family
 * (in SOP_Families' order); SOP_Resources: one cell for every family or one per family, the
 * resource each makes on (blank: a resource of its own).
 */
export function interpretSupply(
  reads: RangeReads,
  plan: PlanData
):
  | { readonly ok: true; readonly data: SupplyData }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] } {
  const families = plan.input.families;
  const read = reads.SOP_PlanParameters;
  if (!read) {
    return { ok: false, problems: [{ kind: "missingName", range: "SOP_PlanParameters" }] };
  }
  const problems: WorkbookProblem[] = [];
  const columns = read.values[0]?.length ?? 0;
  const valueColumns = columns - 1;
  if (valueColumns !== 1 && valueColumns !== families) {
    return {
      ok: false,
      problems: [
        {
          kind: "shapeMismatch",
          range: "SOP_PlanParameters",
          found: shapeText(read.values),
          rule: "parameterColumns",
          expected: String(families),
        },
      ],
    };
  }
  const at = (row: number, column: number) =>
    cellAddress(read.sheet, read.row + row, read.column + column);
  const named = (problem: Problem, column: number): WorkbookProblem => {
    const row = problem.index;
    const nameCell = NAME_KINDS.includes(problem.kind) || column === 0;
    return {
      kind: problem.kind,
      range: "SOP_PlanParameters",
      ...(row === undefined
        ? {
            cell: rangeAddress(read.sheet, read.row, read.column + column, read.values.length, 1),
          }
        : { cell: at(row, nameCell ? 0 : column) }),
      errorClass: problem.errorClass,
      ...(problem.found === undefined ? {} : { found: problem.found }),
      ...(problem.expected === undefined ? {} : { expected: problem.expected }),
    };
  };
  const parameters: PlanParameters[] = [];
  for (let column = 1; column <= valueColumns; column++) {
    const entries = parameterEntries(read.values, column, "SOP_PlanParameters");
    if (!entries.ok) {
      problems.push(...entries.problems.map((problem) => named(problem, column)));
      continue;
    }
    const checked = planParameters(entries.value);
    if (!checked.ok) {
      // The names are the same in every column: their problems are told once, by the first.
      const own = checked.problems.filter(
        (problem) => column === 1 || !NAME_KINDS.includes(problem.kind)
      );
      problems.push(...own.map((problem) => named(problem, column)));
      continue;
    }
    parameters.push(checked.value);
  }
  const resources = readResources(reads, families, problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    data: {
      parameters: Array.from({ length: families }, (_, f) =>
        valueColumns === 1 ? (parameters[0] ?? {}) : (parameters[f] ?? {})
      ),
      resources,
    },
  };
}

function readResources(
  reads: RangeReads,
  families: number,
  problems: WorkbookProblem[]
): (string | undefined)[] {
  const none = Array.from({ length: families }, (): string | undefined => undefined);
  const read = reads.SOP_Resources;
  if (!read) return none;
  const cells = lineCells(read);
  if (!cells || (cells.length !== 1 && cells.length !== families)) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_Resources",
      found: shapeText(read.values),
      ...(families > 1
        ? { rule: "singleOrPerFamily", expected: String(families) }
        : { rule: "singleCell" }),
    });
    return none;
  }
  return none.map((_, f) => {
    const value = (cells.length === 1 ? cells[0] : cells[f])?.value;
    const text =
      typeof value === "string"
        ? value.trim()
        : typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : "";
    return text === "" ? undefined : text;
  });
}

/** Where a parameter of a family is, for a problem the engine names by family and parameter. */
export function parameterCell(reads: RangeReads, family: number, name: string): string | undefined {
  const read = reads.SOP_PlanParameters;
  if (!read) return undefined;
  const row = read.values.findIndex(
    (cells) => typeof cells[0] === "string" && cells[0].trim().toLowerCase() === name
  );
  const valueColumns = (read.values[0]?.length ?? 0) - 1;
  const column = valueColumns === 1 ? 1 : family + 1;
  return row < 0 ? undefined : cellAddress(read.sheet, read.row + row, read.column + column);
}

/** The SOP_Forecast cell of a family's period, where the periods run the way the plan's do. */
function demandCell(reads: RangeReads, family: number, period: number): string | undefined {
  const forecast = reads.SOP_Forecast;
  const periods = reads.SOP_Periods;
  if (!forecast || !periods) return undefined;
  const [r, c] = periodAxis(periods, forecast) === "columns" ? [family, period] : [period, family];
  return cellAddress(forecast.sheet, forecast.row + r, forecast.column + c);
}

/** The engine's problems with a supply review, as the planner fixes them: which range, which cell. */
export function supplyProblems(problems: readonly Problem[], reads: RangeReads): WorkbookProblem[] {
  return problems.map((problem) => {
    if (problem.kind === "resourceConflict") {
      const cell = parameterCell(reads, problem.family ?? 0, problem.found ?? "");
      return {
        kind: problem.kind,
        range: "SOP_PlanParameters",
        ...(cell === undefined ? {} : { cell }),
        found: problem.found ?? "",
        expected: problem.expected ?? "",
      };
    }
    if (problem.kind === "infeasible") {
      // The demand that cannot be met: its forecast's cell (the demand is max(forecast, orders)).
      const cell = demandCell(reads, problem.family ?? 0, problem.index ?? 0);
      return {
        kind: problem.kind,
        range: "SOP_Forecast",
        ...(cell === undefined ? {} : { cell }),
        found: problem.found ?? "",
      };
    }
    return {
      kind: problem.kind,
      range: "workbook",
      errorClass: problem.errorClass,
      ...(problem.found === undefined ? {} : { found: problem.found }),
    };
  });
}

/** The main table's columns: one row per family × period. */
const COLUMNS: readonly (readonly [MessageKey, string])[] = [
  ["wb.col.family", TEXT],
  ["wb.supply.col.resource", TEXT],
  ["wb.col.period", TEXT],
  ["wb.supply.col.demand", QUANTITY],
  ["wb.supply.col.regular", QUANTITY],
  ["wb.supply.col.overtime", QUANTITY],
  ["wb.supply.col.subcontract", QUANTITY],
  ["wb.supply.col.production", QUANTITY],
  ["wb.supply.col.planner", QUANTITY],
  ["wb.col.closingStock", QUANTITY],
  ["wb.supply.col.backlog", QUANTITY],
  ["wb.col.safetyStock", QUANTITY],
  ["wb.supply.col.workforce", QUANTITY],
  ["wb.supply.col.hired", QUANTITY],
  ["wb.supply.col.laidOff", QUANTITY],
  ["wb.col.cost", MONEY],
  ["wb.supply.col.marginal", MONEY],
];

export const SHORTAGE_COLUMNS: readonly (readonly [MessageKey, string])[] = [
  ["wb.supply.col.resource", TEXT],
  ["wb.col.period", TEXT],
  ["wb.supply.col.lever", TEXT],
  ["wb.supply.col.quantity", QUANTITY],
  ["wb.col.cost", MONEY],
];

/** How many places a line of limits names before "and n more". */
const LISTED = 6;

function columnsOf(
  language: Language,
  list: readonly (readonly [MessageKey, string])[]
): OutputColumn[] {
  return list.map(([key, numberFormat]) => ({ header: translate(language, key), numberFormat }));
}

/** Each resource's name: as SOP_Resources gives it, else its only family's. */
export function resourceNames(plan: PlanData, review: SupplyReview, language: Language): string[] {
  return review.optimized.resources.map(
    (resource) => resource.name ?? familyName(plan, resource.families[0] ?? 0, language)
  );
}

export function baselineResults(
  plan: PlanData,
  review: SupplyReview,
  language: Language
): BaselineResult[] {
  return BASELINES.map((baseline): BaselineResult => {
    const outcome = review.baselines[baseline];
    if (outcome.ok) return { baseline, cost: outcome.value.cost };
    const problem = outcome.problems[0];
    const infeasible: InfeasiblePoint = {
      kind: problem?.kind === "overCapacity" ? "overCapacity" : "infeasible",
      family: familyName(plan, problem?.family ?? 0, language),
      period: plan.periods[problem?.index ?? 0] ?? "",
      units: Number(problem?.found ?? 0),
    };
    return { baseline, infeasible };
  });
}

/** The limits that bind, grouped by kind and place, in period order. */
function limitsOf(
  plan: PlanData,
  review: SupplyReview,
  names: readonly string[],
  language: Language
): SupplyLimit[] {
  const groups = new Map<
    string,
    { limit: BindingLimit["limit"]; where: string; periods: string[] }
  >();
  const add = (limit: BindingLimit, where: string) => {
    const key = `${limit.limit} ${where}`;
    const group = groups.get(key) ?? { limit: limit.limit, where, periods: [] };
    group.periods.push(plan.periods[limit.period] ?? "");
    groups.set(key, group);
  };
  const order: readonly BindingLimit["limit"][] = [
    "regular",
    "overtime",
    "subcontract",
    "safetyStock",
    "endStock",
  ];
  const { resources, families } = review.optimized;
  resources.forEach((resource, r) => {
    for (const limit of resource.binding) add(limit, names[r] ?? "");
  });
  families.forEach((family, f) => {
    const alone = resources.some((r) => r.families.length === 1 && r.families[0] === f);
    for (const limit of family.binding) {
      // A resource of its own reports its capacity limits above already.
      if (alone && (limit.limit === "regular" || limit.limit === "overtime")) continue;
      add(limit, familyName(plan, f, language));
    }
  });
  return [...groups.values()].sort((a, b) => order.indexOf(a.limit) - order.indexOf(b.limit));
}

/** The shortage list as the sheets show it: resource names and period labels. */
export function shortageLines(
  plan: PlanData,
  review: SupplyReview,
  language: Language
): SupplySummary["shortages"] {
  const names = resourceNames(plan, review, language);
  return review.shortage.map((line) => ({
    resource: names[line.resource] ?? "",
    period: plan.periods[line.period] ?? "",
    lever: line.lever,
    quantity: line.quantity,
    cost: line.cost,
  }));
}

/** The shortage list's table rows: resource, period, lever, quantity, cost. */
export function shortageRows(
  language: Language,
  lines: SupplySummary["shortages"]
): (string | number)[][] {
  return lines.map((line) => [
    line.resource,
    line.period,
    translate(language, `wb.supply.lever.${line.lever}`),
    line.quantity,
    line.cost,
  ]);
}

export interface SupplyLayout {
  readonly output: OutputSheet;
  readonly summary: Omit<SupplySummary, "solveMs">;
  /** The optimized total production, F × N, for Use optimized plan. */
  readonly production: Float64Array;
}

export function supplySheet(
  plan: PlanData,
  review: SupplyReview,
  context: SheetContext
): SupplyLayout {
  const { language } = context;
  const { families, periods } = plan.input;
  const names = resourceNames(plan, review, language);
  const { optimized } = review;
  const resourceOf = new Map<number, number>();
  optimized.resources.forEach((resource, r) => {
    for (const f of resource.families) resourceOf.set(f, r);
  });
  const production = new Float64Array(families * periods);
  const rows: (string | number)[][] = [];
  let dearest: SupplySummary["dearest"];
  for (let f = 0; f < families; f++) {
    const family = optimized.families[f];
    const r = resourceOf.get(f) ?? 0;
    const resource = optimized.resources[r];
    for (let t = 0; t < periods; t++) {
      const cell = f * periods + t;
      const period = family?.periods[t];
      const shared = resource?.periods[t];
      if (!period || !shared) continue;
      const made = period.regular + period.overtime + period.subcontract;
      production[cell] = made;
      const marginal = family.marginalCost[t] ?? 0;
      const name = familyName(plan, f, language);
      if (dearest === undefined || marginal > dearest.cost + 1e-9) {
        dearest = { family: name, period: plan.periods[t] ?? "", cost: marginal };
      }
      rows.push([
        name,
        names[r] ?? "",
        plan.periods[t] ?? "",
        review.demand[cell] ?? 0,
        period.regular,
        period.overtime,
        period.subcontract,
        made,
        plan.input.production[cell] ?? 0,
        period.closing,
        period.backlog,
        plan.input.safetyStock[cell] ?? 0,
        shared.workforce,
        shared.hired,
        shared.laidOff,
        review.familyCosts[cell] ?? 0,
        marginal,
      ]);
    }
  }
  const shortages = shortageLines(plan, review, language);
  const baselines = baselineResults(plan, review, language);
  const limits = limitsOf(plan, review, names, language);
  const lines = [
    translate(language, "wb.supply.cost", {
      cost: amountText(optimized.cost, true),
      periods,
      families,
      resources: optimized.resources.length,
    }),
    ...baselines.map((result) => baselineLine(language, result, optimized.cost)),
    ...(limits.length === 0
      ? [translate(language, "wb.supply.noLimits")]
      : limits.slice(0, LISTED).map((limit) => limitLine(language, limit))),
    ...(limits.length > LISTED
      ? [translate(language, "wb.supply.more", { n: limits.length - LISTED }).trim()]
      : []),
    ...(dearest === undefined
      ? []
      : [
          translate(language, "wb.supply.dearest", {
            period: dearest.period,
            family: dearest.family,
            cost: amountText(dearest.cost, true),
          }),
        ]),
  ];
  const output: OutputSheet = {
    title: translate(language, "wb.supply.title"),
    note: translate(language, "wb.supply.note", {
      time: stamp(context.computedAt),
      sources: context.sources,
    }),
    lines,
    columns: columnsOf(language, COLUMNS),
    rows,
    side: {
      title: translate(
        language,
        shortages.length === 0 ? "wb.supply.noShortage" : "wb.supply.shortage"
      ),
      columns: columnsOf(language, SHORTAGE_COLUMNS),
      rows: shortageRows(language, shortages),
    },
  };
  return {
    output,
    production,
    summary: {
      families,
      periods,
      resources: optimized.resources.length,
      cost: optimized.cost,
      baselines,
      shortageLines: shortages.length,
      shortages: shortages.slice(0, LISTED),
      limits,
      ...(dearest === undefined ? {} : { dearest }),
    },
  };
}

export function baselineLine(language: Language, result: BaselineResult, best: number): string {
  const plan = translate(language, `wb.supply.baseline.${result.baseline}` as MessageKey);
  if ("cost" in result) {
    return translate(language, "wb.supply.baseline", {
      plan,
      cost: amountText(result.cost, true),
      difference: amountText(Math.max(0, result.cost - best), true),
    });
  }
  const { infeasible } = result;
  return translate(language, "wb.supply.baselineInfeasible", {
    plan,
    period: infeasible.period,
    family: infeasible.family,
    what: translate(language, `problem.${infeasible.kind}`, {
      found: amountText(infeasible.units, false),
    }),
  });
}

function limitLine(language: Language, limit: SupplyLimit): string {
  const listed = limit.periods.slice(0, LISTED).join(language === "zh" ? "、" : ", ");
  const more =
    limit.periods.length > LISTED
      ? translate(language, "wb.supply.more", { n: limit.periods.length - LISTED })
      : "";
  return translate(language, "wb.supply.limitLine", {
    limit: translate(language, `wb.supply.limit.${limit.limit}`),
    where: limit.where,
    periods: listed + more,
  });
}
