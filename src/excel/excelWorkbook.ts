import { balancePlan, type Problem } from "../engine";
import { LANGUAGES, type Language } from "../i18n";
import {
  absoluteReference,
  parseCells,
  rangeAddress,
  splitReference,
  type CellBlock,
} from "./addresses";
import { interpretInputs, type RangeRead, type RangeReads } from "./inputs";
import {
  REQUIREMENT_OF,
  SOP_NAMES,
  type NameStatus,
  type PlanningWorkbook,
  type RunOptions,
  type RunOutcome,
  type SampleOutcome,
  type SetupReport,
  type SopName,
  type WorkbookProblem,
} from "./planningWorkbook";
import { sampleLayout } from "./sample";
import { createVersionOperations } from "./versionWorkbook";
import {
  balanceSheet,
  periodGaps,
  scenarioSheet,
  summarize,
  TABLE_HEADER_ROW,
  type OutputSheet,
} from "./tables";

/**
 * The Excel implementation of `PlanningWorkbook`: the only code that calls `Excel.run` and
 * `context.sync`. A run costs a fixed number of round trips: one to resolve the names, one to read
 * every input, then writes in as few requests as Excel on the web's payload limit allows
 * (two for 1,000 families × 36 periods), with calculation suspended while writing.
 */

/** How the add-in reaches Excel: `Excel.run` in Office, the stand-in in tests and the playground. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The sheets the add-in writes, fixed by CONTRACT.md, and the hidden names that mark them as ours. */
export const OUTPUT_SHEETS = {
  balance: { sheet: "S&OP Balance", marker: "SOP_Output_Balance" },
  scenarios: { sheet: "S&OP Scenarios", marker: "SOP_Output_Scenarios" },
  input: { sheet: "S&OP Input", marker: "SOP_Output_Input" },
} as const;
type OutputKind = keyof typeof OUTPUT_SHEETS;

/** A hidden workbook name holding the table language, so every planner gets the same text. */
export const LANGUAGE_NAME = "SOP_Language";

const MARKER_COMMENT = "Marks a sheet the S&OP add-in created and may replace. Do not edit.";

/** Input cells one run reads: far above 1,000 families × 36 periods, below Excel's response limit. */
export const MAX_INPUT_CELLS = 1_000_000;

/** Bytes of cell values per write request, under Excel on the web's 5 MB request limit. */
export const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/** Where a contract name points, once checked. */
interface ResolvedName {
  readonly name: SopName;
  readonly sheet: string;
  readonly block: CellBlock;
}

interface Resolution {
  readonly resolved: Partial<Record<SopName, ResolvedName>>;
  readonly problems: WorkbookProblem[];
  /** Sheet names in the workbook. */
  readonly sheets: readonly string[];
  /** For each output kind, the sheet its marker points at, if that sheet still exists. */
  readonly ownSheets: Partial<Record<OutputKind, string>>;
  /**
   * Workbook-scoped names that exist (markers and contract names), loaded in this run: a name is
   * deleted only when it is known to exist, since any call on a missing one fails the request.
   */
  readonly existingNames: ReadonlyMap<string, Excel.NamedItem>;
}

export function createExcelPlanningWorkbook(
  host: ExcelHost,
  clock: () => Date = () => new Date()
): PlanningWorkbook {
  return {
    inspect: () => host.run(async (context) => setupReport(await resolveNames(context))),
    runRollingPlan: (options) => host.run((context) => runPlan(context, options, false, clock)),
    runGapScenarios: (options) => host.run((context) => runPlan(context, options, true, clock)),
    insertSampleData: (options) => host.run((context) => insertSample(context, options.language)),
    showSheet: (sheet) =>
      host.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange("A1").select();
        await context.sync();
      }),
    loadLanguage: () =>
      host.run(async (context) => {
        const item = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME).load("type, value");
        await context.sync();
        if (item.isNullObject) return undefined;
        const text = String(item.value).replace(/^=?"?|"?$/g, "");
        return LANGUAGES.find((language) => language === text);
      }),
    saveLanguage: (language: Language) =>
      host.run(async (context) => {
        const existing = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME);
        await context.sync();
        if (!existing.isNullObject) existing.delete();
        const item = context.workbook.names.add(
          LANGUAGE_NAME,
          `="${language}"`,
          "S&OP add-in: language of the tables it writes."
        );
        item.visible = false;
        await context.sync();
      }),
    ...createVersionOperations(host, clock),
  };
}

/**
 * Round trip 1: where every name points. Names missing at workbook scope are looked up on every
 * sheet in a second request, and `prefetch` may queue reads into that same request for the names
 * already resolved, so that the lookup costs no extra round trip.
 */
async function resolveNames(
  context: Excel.RequestContext,
  prefetch?: (partial: Resolution) => void
): Promise<Resolution> {
  const { workbook } = context;
  const items = SOP_NAMES.map((name) =>
    workbook.names.getItemOrNullObject(name).load("name, type, value")
  );
  const kinds = Object.keys(OUTPUT_SHEETS) as OutputKind[];
  const markers = kinds.map((kind) =>
    workbook.names.getItemOrNullObject(OUTPUT_SHEETS[kind].marker).load("name, type, value")
  );
  const worksheets = workbook.worksheets.load("items/name");
  await context.sync();
  const sheets = worksheets.items.map((sheet) => sheet.name);

  const existingNames = new Map<string, Excel.NamedItem>();
  for (const item of [...items, ...markers]) {
    if (!item.isNullObject) existingNames.set(item.name, item);
  }
  const ownSheets: Partial<Record<OutputKind, string>> = {};
  kinds.forEach((kind, i) => {
    const marker = markers[i];
    if (!marker || marker.isNullObject || marker.type !== "Range") return;
    const sheet = splitReference(String(marker.value))?.sheet;
    if (sheet !== undefined && sheets.includes(sheet)) ownSheets[kind] = sheet;
  });
  const resolution: Resolution = { resolved: {}, problems: [], sheets, ownSheets, existingNames };
  const resolve = (name: SopName, candidates: readonly Excel.NamedItem[]): void => {
    if (candidates.length > 1) {
      resolution.problems.push({ kind: "ambiguousName", range: name });
      return;
    }
    const only = candidates[0];
    if (!only) return;
    const checked = checkName(name, only);
    if ("problem" in checked) resolution.problems.push(checked.problem);
    else resolution.resolved[name] = checked;
  };
  SOP_NAMES.forEach((name, i) => {
    const item = items[i];
    if (item && !item.isNullObject) resolve(name, [item]);
  });

  // Excel users expect a name that exists on one sheet only to work too.
  const missing = SOP_NAMES.filter((_, i) => items[i]?.isNullObject === true);
  if (missing.length > 0 && sheets.length > 0) {
    const lookups = missing.map((name) => ({
      name,
      items: worksheets.items.map((sheet) =>
        sheet.names.getItemOrNullObject(name).load("name, type, value")
      ),
    }));
    prefetch?.(resolution);
    await context.sync();
    for (const lookup of lookups) {
      resolve(
        lookup.name,
        lookup.items.filter((item) => !item.isNullObject)
      );
    }
  }
  return resolution;
}

/**
 * Checks a name before touching its range: asking Excel for the range of a name that points at
 * #REF! has crashed it, so the type and the reference text decide.
 */
function checkName(
  name: SopName,
  item: Excel.NamedItem
): ResolvedName | { problem: WorkbookProblem } {
  const value = String(item.value);
  if (item.type === "Error" || value.includes("#REF!"))
    return { problem: { kind: "refError", range: name } };
  if (item.type !== "Range")
    return { problem: { kind: "notARange", range: name, found: describeConstant(value) } };
  const parts = splitReference(value);
  const block = parts ? parseCells(parts.cells) : undefined;
  if (!parts || !block) return { problem: { kind: "notARange", range: name, found: value } };
  return { name, sheet: parts.sheet, block };
}

function describeConstant(value: string): string {
  return value.startsWith("=") ? value.slice(1) : value;
}

function setupReport(resolution: Resolution): SetupReport {
  const problemOf = new Map(resolution.problems.map((problem) => [problem.range, problem]));
  const names: NameStatus[] = SOP_NAMES.map((name) => {
    const found = resolution.resolved[name];
    const problem = problemOf.get(name);
    return {
      name,
      requirement: REQUIREMENT_OF[name],
      ...(found
        ? {
            address: rangeAddress(
              found.sheet,
              found.block.row,
              found.block.column,
              found.block.rows,
              found.block.columns
            ),
            rows: found.block.rows,
            columns: found.block.columns,
          }
        : {}),
      ...(problem ? { problem } : {}),
    };
  });
  const { SOP_Periods: periodsName, SOP_Forecast: forecast } = resolution.resolved;
  const periods = periodsName
    ? Math.max(periodsName.block.rows, periodsName.block.columns)
    : undefined;
  const acrossColumns = periodsName ? periodsName.block.rows === 1 : true;
  const families =
    forecast && periods !== undefined
      ? acrossColumns
        ? forecast.block.rows
        : forecast.block.columns
      : undefined;
  // A broken name that a run would read blocks it, optional or not; SOP_Options only blocks scenarios.
  const usable = (name: SopName): boolean => !problemOf.has(name);
  const planNames = SOP_NAMES.filter((name) => name !== "SOP_Options");
  const familiesOk =
    families === undefined || families <= 1 || resolution.resolved.SOP_Families !== undefined;
  const readyForPlan =
    planNames.every(
      (name) =>
        usable(name) &&
        (REQUIREMENT_OF[name] !== "required" || resolution.resolved[name] !== undefined)
    ) && familiesOk;
  return {
    names,
    ...(families !== undefined ? { families } : {}),
    ...(periods !== undefined ? { periods } : {}),
    readyForPlan,
    readyForScenarios:
      readyForPlan && resolution.resolved.SOP_Options !== undefined && usable("SOP_Options"),
  };
}

/** The input ranges a run reads: every resolved contract name it uses. */
function inputTargets(resolution: Resolution, withOptions: boolean): ResolvedName[] {
  return SOP_NAMES.filter((name) => withOptions || name !== "SOP_Options").flatMap((name) => {
    const found = resolution.resolved[name];
    return found ? [found] : [];
  });
}

/** Refuses a run whose inputs would not fit in one Excel response. */
function sizeProblem(targets: readonly ResolvedName[]): WorkbookProblem | undefined {
  const size = (target: ResolvedName): number => target.block.rows * target.block.columns;
  const cells = targets.reduce((sum, target) => sum + size(target), 0);
  if (cells <= MAX_INPUT_CELLS) return undefined;
  const largest = targets.reduce((a, b) => (size(a) >= size(b) ? a : b));
  return {
    kind: "tooLarge",
    range: largest.name,
    found: String(cells),
    expected: String(MAX_INPUT_CELLS),
  };
}

interface QueuedRead {
  readonly target: ResolvedName;
  readonly range: Excel.Range;
}

/** Queues the values of the ranges; they are read by whichever `context.sync()` comes next. */
function queueReads(context: Excel.RequestContext, targets: readonly ResolvedName[]): QueuedRead[] {
  return targets.map((target) => {
    const { row, column, rows, columns } = target.block;
    const range = context.workbook.worksheets
      .getItem(target.sheet)
      .getRangeByIndexes(row, column, rows, columns);
    // Period labels may be dates: their format tells how the planner reads them.
    range.load(target.name === "SOP_Periods" ? "values, numberFormat" : "values");
    return { target, range };
  });
}

function collectReads(queued: readonly QueuedRead[]): RangeReads {
  const reads: RangeReads = {};
  for (const { target, range } of queued) {
    const read: RangeRead = {
      sheet: target.sheet,
      row: target.block.row,
      column: target.block.column,
      values: range.values,
      ...(target.name === "SOP_Periods" ? { numberFormat: range.numberFormat } : {}),
    };
    reads[target.name] = read;
  }
  return reads;
}

function sourcesLine(resolution: Resolution, withOptions: boolean): string {
  return SOP_NAMES.filter((name) => withOptions || name !== "SOP_Options")
    .flatMap((name) => {
      const found = resolution.resolved[name];
      if (!found) return [];
      const { row, column, rows, columns } = found.block;
      return [`${name} (${rangeAddress(found.sheet, row, column, rows, columns)})`];
    })
    .join(", ");
}

async function runPlan(
  context: Excel.RequestContext,
  options: RunOptions,
  withScenarios: boolean,
  clock: () => Date
): Promise<RunOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");
  const kind: OutputKind = withScenarios ? "scenarios" : "balance";
  // Loaded with the inputs: our previous result's tables, deleted before writing anew.
  let oldTables: Excel.TableCollection | undefined;
  const queueOldTables = (resolution: Resolution): void => {
    const own = resolution.ownSheets[kind];
    if (own !== undefined && !oldTables) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  };
  let queued: QueuedRead[] = [];
  const resolution = await resolveNames(context, (partial) => {
    const targets = inputTargets(partial, withScenarios);
    if (sizeProblem(targets)) return;
    queued = queueReads(context, targets);
    queueOldTables(partial);
  });
  const missing: WorkbookProblem[] = SOP_NAMES.filter((name) => {
    const requirement = REQUIREMENT_OF[name];
    const needed = requirement === "required" || (withScenarios && requirement === "scenarios");
    return (
      needed &&
      !resolution.resolved[name] &&
      !resolution.problems.some((problem) => problem.range === name)
    );
  }).map((name) => ({ kind: "missingName", range: name }));
  // A broken SOP_Options does not stop the rolling plan, which does not read it.
  const problems = resolution.problems.filter(
    (problem) => withScenarios || problem.range !== "SOP_Options"
  );
  if (problems.length > 0 || missing.length > 0) {
    return { ok: false, problems: [...problems, ...missing] };
  }
  const targets = inputTargets(resolution, withScenarios);
  const tooLarge = sizeProblem(targets);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  // Round trip 2 reads every input not read yet (all of them unless a name was sheet-scoped).
  const unread = targets.filter((target) => !queued.some((read) => read.target === target));
  if (unread.length > 0 || (resolution.ownSheets[kind] !== undefined && !oldTables)) {
    queued = [...queued, ...queueReads(context, unread)];
    queueOldTables(resolution);
    await context.sync();
  }
  const reads = collectReads(queued);
  progress("validating");
  const interpretation = interpretInputs(reads, { withOptions: withScenarios });
  if (!interpretation.ok) return { ok: false, problems: interpretation.problems };
  const { plan } = interpretation;

  progress("computing");
  const outcome = balancePlan(plan.input);
  // The inputs were checked cell by cell, so the engine can only refuse the plan's size.
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map(toWorkbookProblem) };
  const balance = outcome.value;
  const sheetContext = {
    language: options.language,
    computedAt: clock(),
    sources: sourcesLine(resolution, withScenarios),
  };
  const summary = summarize(plan, balance, options.language);

  progress("writing");
  const gaps = withScenarios ? periodGaps(plan, balance) : undefined;
  const output = gaps
    ? scenarioSheet(plan, gaps, sheetContext)
    : balanceSheet(plan, balance, sheetContext);
  const written = await writeOutput(context, resolution, kind, output, oldTables);
  const scenarioTables = gaps?.length;
  progress("done");
  return {
    ok: true,
    ...written,
    summary: scenarioTables === undefined ? summary : { ...summary, scenarioTables },
  };
}

function toWorkbookProblem(problem: Problem): WorkbookProblem {
  return {
    kind: problem.kind,
    range: "workbook",
    ...(problem.found ? { found: problem.found } : {}),
    ...(problem.expected ? { expected: problem.expected } : {}),
  };
}

/** The sheet to write: ours if the marker finds it, else the contract's name, else the first free variant. */
function targetSheet(
  resolution: Resolution,
  kind: OutputKind
): { sheet: string; exists: boolean; preferredSheet?: string } {
  const own = resolution.ownSheets[kind];
  const preferred = OUTPUT_SHEETS[kind].sheet;
  if (own !== undefined)
    return {
      sheet: own,
      exists: true,
      ...(own !== preferred ? { preferredSheet: preferred } : {}),
    };
  const taken = new Set(resolution.sheets.map((sheet) => sheet.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return { sheet: preferred, exists: false };
  let n = 2;
  while (taken.has(`${preferred} (${n})`.toLowerCase())) n++;
  return { sheet: `${preferred} (${n})`, exists: false, preferredSheet: preferred };
}

/** Splits rows into write requests that each stay under the payload budget. */
export function chunkRows<T>(rows: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length + 1;
    if (chunk.length > 0 && bytes + size > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0 || chunks.length === 0) chunks.push(chunk);
  return chunks;
}

const STATUS_STYLES = [
  { key: 1, fill: "#FFC7CE", font: "#9C0006" },
  { key: 2, fill: "#FFEB9C", font: "#9C5700" },
  { key: 0, fill: "#C6EFCE", font: "#006100" },
] as const;

/**
 * Writes an output sheet: clears our previous result (no stale rows when the plan got shorter) or
 * creates the sheet and marks it as ours, then writes the rows in budgeted requests and formats
 * the table in the last one.
 */
async function writeOutput(
  context: Excel.RequestContext,
  resolution: Resolution,
  kind: OutputKind,
  output: OutputSheet,
  /** The tables on our previous result sheet, loaded by an earlier request of this run. */
  oldTables: Excel.TableCollection | undefined
): Promise<{ sheet: string; preferredSheet?: string }> {
  const { workbook } = context;
  const target = targetSheet(resolution, kind);
  const worksheet = target.exists
    ? workbook.worksheets.getItem(target.sheet)
    : workbook.worksheets.add(target.sheet);

  const width = output.columns.length;
  const header = output.columns.map((column) => column.header);
  const chunks = chunkRows(output.rows, WRITE_BUDGET_BYTES);
  let nextRow = TABLE_HEADER_ROW + 1;
  for (const [index, chunk] of chunks.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    if (index === 0) {
      for (const table of oldTables?.items ?? []) table.delete();
      if (target.exists) {
        worksheet.getRange().clear("All");
        worksheet.freezePanes.unfreeze();
      }
      markSheet(context, resolution, kind, worksheet);
      worksheet.getRange("A1:A2").values = [[output.title], [output.note]];
      worksheet.getRange("A1").format.font.bold = true;
      worksheet.getRangeByIndexes(TABLE_HEADER_ROW, 0, 1, width).values = [header];
      // Formats go first: Excel types text such as "2024-04" into a date unless the cell is text.
      const rows = output.rows.length;
      if (rows > 0) {
        output.columns.forEach((column, index) => {
          const cells = worksheet.getRangeByIndexes(TABLE_HEADER_ROW + 1, index, rows, 1);
          cells.numberFormat = [[column.numberFormat]];
        });
      }
    }
    if (chunk.length > 0) {
      worksheet.getRangeByIndexes(nextRow, 0, chunk.length, width).values = chunk.map((row) => [
        ...row,
      ]);
      nextRow += chunk.length;
    }
    if (index === chunks.length - 1) formatOutput(worksheet, output);
    await context.sync();
  }
  return {
    sheet: target.sheet,
    ...(target.preferredSheet ? { preferredSheet: target.preferredSheet } : {}),
  };
}

function formatOutput(worksheet: Excel.Worksheet, output: OutputSheet): void {
  const rows = output.rows.length;
  const width = output.columns.length;
  const headerRange = worksheet.getRangeByIndexes(TABLE_HEADER_ROW, 0, 1, width);
  if (rows > 0) {
    const table = worksheet.tables.add(
      worksheet.getRangeByIndexes(TABLE_HEADER_ROW, 0, rows + 1, width),
      true
    );
    table.style = "TableStyleMedium2";
    if (output.statusColumn !== undefined) {
      const statusCells = worksheet.getRangeByIndexes(
        TABLE_HEADER_ROW + 1,
        output.statusColumn,
        rows,
        1
      );
      for (const style of STATUS_STYLES) {
        const word = output.statusWords?.[style.key];
        if (word === undefined) continue;
        const format = statusCells.conditionalFormats.add("ContainsText");
        format.textComparison.rule = { operator: "Contains", text: word };
        format.textComparison.format.fill.color = style.fill;
        format.textComparison.format.font.color = style.font;
      }
    }
  } else {
    headerRange.format.font.bold = true;
  }
  worksheet.freezePanes.freezeRows(TABLE_HEADER_ROW + 1);
  worksheet.getRangeByIndexes(TABLE_HEADER_ROW, 0, rows + 1, width).format.autofitColumns();
}

/** Points the kind's hidden marker name at the sheet, replacing the old marker. */
function markSheet(
  context: Excel.RequestContext,
  resolution: Resolution,
  kind: OutputKind,
  worksheet: Excel.Worksheet
): void {
  const marker = OUTPUT_SHEETS[kind].marker;
  resolution.existingNames.get(marker)?.delete();
  context.workbook.names.add(marker, worksheet.getRange("A1"), MARKER_COMMENT).visible = false;
}

async function insertSample(
  context: Excel.RequestContext,
  language: Language
): Promise<SampleOutcome> {
  const resolution = await resolveNames(context);
  const layout = sampleLayout(language);
  const own = resolution.ownSheets.input;
  // Names that point at the planner's own cells (or hold the planner's constants) are never
  // replaced; names into our previous sample, and broken #REF! names, are.
  const taken: WorkbookProblem[] = SOP_NAMES.flatMap((name): WorkbookProblem[] => {
    const found = resolution.resolved[name];
    if (found) {
      if (found.sheet === own) return [];
      const { row, column, rows, columns } = found.block;
      return [
        {
          kind: "nameTaken",
          range: name,
          found: rangeAddress(found.sheet, row, column, rows, columns),
        },
      ];
    }
    const problem = resolution.problems.find((p) => p.range === name);
    return problem && problem.kind !== "refError"
      ? [{ kind: "nameTaken", range: name, found: problem.found ?? "" }]
      : [];
  });
  if (taken.length > 0) return { ok: false, problems: taken };

  const target = targetSheet(resolution, "input");
  const { workbook } = context;
  const worksheet = target.exists
    ? workbook.worksheets.getItem(target.sheet)
    : workbook.worksheets.add(target.sheet);
  context.application.suspendApiCalculationUntilNextSync();
  if (target.exists) worksheet.getRange().clear("All");
  const rows = layout.values.length;
  const width = layout.values[0]?.length ?? 0;
  // Period labels stay text ("2024-04"), as in a text-formatted row of a planner's sheet.
  const periods = layout.names.find((entry) => entry.name === "SOP_Periods");
  if (periods) {
    const labels = worksheet.getRangeByIndexes(
      periods.row,
      periods.column,
      periods.rows,
      periods.columns
    );
    labels.numberFormat = [["@"]];
  }
  worksheet.getRangeByIndexes(0, 0, rows, width).values = layout.values.map((row) => [...row]);
  worksheet.getRange("A1").format.font.bold = true;
  markSheet(context, resolution, "input", worksheet);
  for (const { name, row, column, rows: height, columns } of layout.names) {
    resolution.existingNames.get(name)?.delete();
    workbook.names.add(name, absoluteReference(target.sheet, row, column, height, columns));
  }
  worksheet.getRangeByIndexes(0, 0, rows, width).format.autofitColumns();
  worksheet.activate();
  await context.sync();
  return { ok: true, sheet: target.sheet };
}
