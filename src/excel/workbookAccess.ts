import { freeName, type Problem } from "../engine";
import {
  absoluteReference,
  parseCells,
  rangeAddress,
  splitReference,
  type CellBlock,
} from "./sheets/addresses";
import type { RangeRead, RangeReads } from "./sheets/inputs";
import {
  describeSets,
  FEATURE_SETS,
  REQUIREMENT_OF,
  SOP_NAMES,
  type ApiSetName,
  type Feature,
  type SopName,
  type WorkbookProblem,
} from "../workbook";
import { CHANGE_ARROW } from "./sheets/compareSheet";
import { chunkRows, WRITE_BUDGET_BYTES } from "./sheets/payload";
import { readStamp, stampComment, type SheetStamp } from "./sheets/stamps";
import { headerRowOf, type OutputSheet, type SideTable } from "./sheets/tables";

/**
 * What every operation of the Excel layer shares: resolving the contract's names (round trip 1),
 * reading their values, and writing output sheets the add-in marks as its own, in requests that
 * stay under Excel on the web's payload limit. Only the Excel layer imports this.
 */

/** How the add-in reaches Excel: `Excel.run` in Office, the stand-in in tests and the playground. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported` in Office: which requirement sets Excel has. */
  isSetSupported(name: ApiSetName, version: string): boolean;
  /** The workbook as a file, where the host can give it (Freeze for sharing needs it). */
  readonly files?: WorkbookFiles;
}

export interface WorkbookFiles {
  /** The workbook as it is now, as .xlsx bytes. */
  read(): Promise<Uint8Array>;
  /** Hands a new workbook to the planner: opened in Excel, or downloaded in the playground. */
  deliver(bytes: Uint8Array, fileName: string): Promise<"opened" | "downloaded">;
}

/** Whether this Excel has every requirement set the feature needs (and the file, where it needs one). */
export function hostSupports(host: ExcelHost, feature: Feature): boolean {
  const sets = FEATURE_SETS[feature].every((set) => host.isSetSupported(set.name, set.version));
  return sets && (feature !== "freezeForSharing" || host.files !== undefined);
}

/** The refusal of a feature this Excel lacks: names the requirement sets it needs. */
export function needsNewerExcel(feature: Feature): {
  readonly ok: false;
  readonly problems: readonly WorkbookProblem[];
} {
  const found = describeSets(FEATURE_SETS[feature]);
  return { ok: false, problems: [{ kind: "needsNewerExcel", range: "workbook", feature, found }] };
}

/** The sheets the add-in writes, fixed by CONTRACT.md, and the hidden names that mark them as ours. */
export const OUTPUT_SHEETS = {
  balance: { sheet: "S&OP Balance", marker: "SOP_Output_Balance" },
  scenarios: { sheet: "S&OP Scenarios", marker: "SOP_Output_Scenarios" },
  input: { sheet: "S&OP Input", marker: "SOP_Output_Input" },
  compare: { sheet: "S&OP Compare", marker: "SOP_Output_Compare" },
  decisions: { sheet: "S&OP Decisions", marker: "SOP_Output_Decisions" },
  meeting: { sheet: "S&OP Meeting", marker: "SOP_Output_Meeting" },
  forecast: { sheet: "S&OP Forecast", marker: "SOP_Output_Forecast" },
  supply: { sheet: "S&OP Supply Plan", marker: "SOP_Output_Supply" },
  mps: { sheet: "S&OP MPS", marker: "SOP_Output_MPS" },
  data: { sheet: "S&OP Data", marker: "SOP_Output_Data" },
  /** Very hidden: the saved plan versions (versionStore.ts). */
  versions: { sheet: "SOP_Versions", marker: "SOP_Output_Versions" },
} as const;

export type OutputKind = keyof typeof OUTPUT_SHEETS;

const MARKER_COMMENT = "Marks a sheet the S&OP add-in created and may replace. Do not edit.";

/** Input cells one run reads: far above 1,000 families × 36 periods, below Excel's response limit. */
export const MAX_INPUT_CELLS = 1_000_000;

/** Where a contract name points, once checked. */
export interface ResolvedName {
  readonly name: SopName;
  readonly sheet: string;
  readonly block: CellBlock;
}

export interface Resolution {
  readonly resolved: Partial<Record<SopName, ResolvedName>>;
  readonly problems: WorkbookProblem[];
  /** Sheet names in the workbook. */
  readonly sheets: readonly string[];
  /** For each output kind, the sheet its marker points at, if that sheet still exists. */
  readonly ownSheets: Partial<Record<OutputKind, string>>;
  /** What the marker of each of those sheets records of the run that wrote it. */
  readonly stamps: Partial<Record<OutputKind, SheetStamp>>;
  /**
   * Workbook-scoped names that exist (markers and contract names), loaded in this run: a name is
   * deleted only when it is known to exist, since any call on a missing one fails the request.
   */
  readonly existingNames: ReadonlyMap<string, Excel.NamedItem>;
}

/**
 * Round trip 1: where every name points. Names missing at workbook scope are looked up on every
 * sheet in a second request, and `prefetch` may queue reads into that same request for the names
 * already resolved, so that the lookup costs no extra round trip.
 */
export async function resolveNames(
  context: Excel.RequestContext,
  prefetch?: (partial: Resolution) => void
): Promise<Resolution> {
  const { workbook } = context;
  const items = SOP_NAMES.map((name) =>
    workbook.names.getItemOrNullObject(name).load("name, type, value")
  );
  const kinds = Object.keys(OUTPUT_SHEETS) as OutputKind[];
  const markers = kinds.map((kind) =>
    workbook.names
      .getItemOrNullObject(OUTPUT_SHEETS[kind].marker)
      .load("name, type, value, comment")
  );
  const worksheets = workbook.worksheets.load("items/name");
  await context.sync();
  const sheets = worksheets.items.map((sheet) => sheet.name);

  const existingNames = new Map<string, Excel.NamedItem>();
  for (const item of [...items, ...markers]) {
    if (!item.isNullObject) existingNames.set(item.name, item);
  }
  const ownSheets: Partial<Record<OutputKind, string>> = {};
  const stamps: Partial<Record<OutputKind, SheetStamp>> = {};
  kinds.forEach((kind, i) => {
    const marker = markers[i];
    if (!marker || marker.isNullObject || marker.type !== "Range") return;
    const sheet = splitReference(String(marker.value))?.sheet;
    if (sheet === undefined || !sheets.includes(sheet)) return;
    ownSheets[kind] = sheet;
    stamps[kind] = readStamp(marker.comment);
  });
  const resolution: Resolution = {
    resolved: {},
    problems: [],
    sheets,
    ownSheets,
    stamps,
    existingNames,
  };
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

/** Which optional inputs an operation reads besides the plan's own. */
export interface InputUse {
  /** SOP_Options: needed (gap scenarios), read when defined (versions keep it), or not read. */
  readonly options: "required" | "ifDefined" | "no";
  /** SOP_ActualClosing, for roll forward. */
  readonly actualClosing: boolean;
  /** SOP_History and SOP_HistoryPeriods, for the demand review. */
  readonly history?: boolean;
  /** SOP_PlanParameters and SOP_Resources: needed (the supply review), or read when defined. */
  readonly supply?: "required" | "ifDefined";
}

export const PLAN_ONLY: InputUse = { options: "no", actualClosing: false };

function usesName(name: SopName, use: InputUse): boolean {
  if (name === "SOP_Options") return use.options !== "no";
  if (name === "SOP_ActualClosing") return use.actualClosing;
  if (name === "SOP_History" || name === "SOP_HistoryPeriods") return use.history === true;
  if (name === "SOP_PlanParameters" || name === "SOP_Resources") return use.supply !== undefined;
  return true;
}

/** The input ranges an operation reads: every resolved contract name it uses. */
export function inputTargets(resolution: Resolution, use: InputUse): ResolvedName[] {
  return SOP_NAMES.filter((name) => usesName(name, use)).flatMap((name) => {
    const found = resolution.resolved[name];
    return found ? [found] : [];
  });
}

/** Refuses a run whose inputs would not fit in one Excel response. */
export function sizeProblem(targets: readonly ResolvedName[]): WorkbookProblem | undefined {
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

export interface QueuedRead {
  readonly target: ResolvedName;
  readonly range: Excel.Range;
}

/**
 * Period labels may be dates: their format tells how the planner reads them. A price's format is
 * the planner's money format.
 */
const isLabels = (name: SopName): boolean =>
  name === "SOP_Periods" || name === "SOP_HistoryPeriods" || name === "SOP_Price";

/** Queues the values of the ranges; they are read by whichever `context.sync()` comes next. */
export function queueReads(
  context: Excel.RequestContext,
  targets: readonly ResolvedName[]
): QueuedRead[] {
  return targets.map((target) => {
    const { row, column, rows, columns } = target.block;
    const range = context.workbook.worksheets
      .getItem(target.sheet)
      .getRangeByIndexes(row, column, rows, columns);
    range.load(isLabels(target.name) ? "values, numberFormat" : "values");
    return { target, range };
  });
}

export function collectReads(queued: readonly QueuedRead[]): RangeReads {
  const reads: RangeReads = {};
  for (const { target, range } of queued) {
    const read: RangeRead = {
      sheet: target.sheet,
      row: target.block.row,
      column: target.block.column,
      values: range.values,
      ...(isLabels(target.name) ? { numberFormat: range.numberFormat } : {}),
    };
    reads[target.name] = read;
  }
  return reads;
}

export function sourcesLine(resolution: Resolution, use: InputUse): string {
  return SOP_NAMES.filter((name) => usesName(name, use))
    .flatMap((name) => {
      const found = resolution.resolved[name];
      if (!found) return [];
      const { row, column, rows, columns } = found.block;
      return [`${name} (${rangeAddress(found.sheet, row, column, rows, columns)})`];
    })
    .join(", ");
}

export function toWorkbookProblem(problem: Problem): WorkbookProblem {
  return {
    kind: problem.kind,
    range: "workbook",
    ...(problem.found ? { found: problem.found } : {}),
    ...(problem.expected ? { expected: problem.expected } : {}),
    ...(problem.rule ? { rule: problem.rule } : {}),
  };
}

/** The sheet to write: ours if the marker finds it, else the contract's name, else the first free variant. */
/**
 * Where a contract name points at the planner's own cells, or the constant it holds: what
 * redefining it would take from the planner. A name into the add-in's own sheet `own`, a missing
 * name and a broken #REF! one take nothing.
 */
export function plannersCells(
  resolution: Resolution,
  name: SopName,
  own: string | undefined
): string | undefined {
  const found = resolution.resolved[name];
  if (found) {
    if (found.sheet === own) return undefined;
    const { row, column, rows, columns } = found.block;
    return rangeAddress(found.sheet, row, column, rows, columns);
  }
  const problem = resolution.problems.find((p) => p.range === name);
  return problem && problem.kind !== "refError" ? (problem.found ?? "") : undefined;
}

/** Queues pointing a workbook name at a block of `sheet`, deleting the name it replaces. */
export function pointName(
  context: Excel.RequestContext,
  resolution: Resolution,
  name: SopName,
  sheet: string,
  block: CellBlock
): void {
  resolution.existingNames.get(name)?.delete();
  context.workbook.names.add(
    name,
    absoluteReference(sheet, block.row, block.column, block.rows, block.columns)
  );
}

export function targetSheet(
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
  const sheet = freeName(preferred, resolution.sheets);
  return sheet === preferred
    ? { sheet, exists: false }
    : { sheet, exists: false, preferredSheet: preferred };
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
export async function writeOutput(
  context: Excel.RequestContext,
  resolution: Resolution,
  kind: OutputKind,
  output: OutputSheet,
  /** The tables on our previous result sheet, loaded by an earlier request of this run. */
  oldTables: Excel.TableCollection | undefined,
  stamp: SheetStamp = {}
): Promise<{ sheet: string; preferredSheet?: string }> {
  const { workbook } = context;
  const target = targetSheet(resolution, kind);
  const worksheet = target.exists
    ? workbook.worksheets.getItem(target.sheet)
    : workbook.worksheets.add(target.sheet);

  const width = output.columns.length;
  const header = output.columns.map((column) => column.header);
  const chunks = chunkRows(output.rows, WRITE_BUDGET_BYTES);
  const headerRow = headerRowOf(output);
  let nextRow = headerRow + 1;
  for (const [index, chunk] of chunks.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    if (index === 0) {
      for (const table of oldTables?.items ?? []) table.delete();
      if (target.exists) {
        worksheet.getRange().clear("All");
        worksheet.freezePanes.unfreeze();
      }
      markSheet(context, resolution, kind, worksheet, stamp);
      const preamble = [output.title, output.note, ...(output.lines ?? [])];
      worksheet.getRangeByIndexes(0, 0, preamble.length, 1).values = preamble.map((line) => [line]);
      worksheet.getRange("A1").format.font.bold = true;
      worksheet.getRangeByIndexes(headerRow, 0, 1, width).values = [header];
      // Formats go first: Excel types text such as "2024-04" into a date unless the cell is text.
      const rows = output.rows.length;
      if (rows > 0) {
        output.columns.forEach((column, index) => {
          const cells = worksheet.getRangeByIndexes(headerRow + 1, index, rows, 1);
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
    if (index === chunks.length - 1) {
      formatOutput(worksheet, output);
      if (output.side) writeSide(worksheet, output.side, headerRow, width + 1);
    }
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
  const headerRow = headerRowOf(output);
  const headerRange = worksheet.getRangeByIndexes(headerRow, 0, 1, width);
  if (rows > 0) {
    const table = worksheet.tables.add(
      worksheet.getRangeByIndexes(headerRow, 0, rows + 1, width),
      true
    );
    table.style = "TableStyleMedium2";
    const columnCells = (column: number): Excel.Range =>
      worksheet.getRangeByIndexes(headerRow + 1, column, rows, 1);
    const statusColumns = [
      ...(output.statusColumn !== undefined ? [output.statusColumn] : []),
      ...(output.moreStatusColumns ?? []),
    ];
    for (const column of statusColumns) {
      colourStatuses(columnCells(column), output.statusWords ?? []);
    }
    if (output.changeColumn !== undefined) {
      // Changed cells hold "old → new"; unchanged ones are blank.
      const format = columnCells(output.changeColumn).conditionalFormats.add("ContainsText");
      format.textComparison.rule = { operator: "Contains", text: CHANGE_ARROW };
      format.textComparison.format.fill.color = "#F4B084";
      format.textComparison.format.font.bold = true;
    }
  } else {
    headerRange.format.font.bold = true;
  }
  worksheet.freezePanes.freezeRows(headerRow + 1);
  worksheet.getRangeByIndexes(headerRow, 0, rows + 1, width).format.autofitColumns();
}

/** The side table: its title above its header, on the main table's header row, from `column`. */
function writeSide(
  worksheet: Excel.Worksheet,
  side: SideTable,
  headerRow: number,
  column: number
): void {
  const width = side.columns.length;
  const rows = side.rows.length;
  const title = worksheet.getRangeByIndexes(headerRow - 1, column, 1, 1);
  title.values = [[side.title]];
  title.format.font.bold = true;
  const header = worksheet.getRangeByIndexes(headerRow, column, 1, width);
  header.values = [side.columns.map((c) => c.header)];
  if (rows > 0) {
    side.columns.forEach((c, i) => {
      worksheet.getRangeByIndexes(headerRow + 1, column + i, rows, 1).numberFormat = [
        [c.numberFormat],
      ];
    });
    worksheet.getRangeByIndexes(headerRow + 1, column, rows, width).values = side.rows.map(
      (row) => [...row]
    );
    const table = worksheet.tables.add(
      worksheet.getRangeByIndexes(headerRow, column, rows + 1, width),
      true
    );
    table.style = "TableStyleMedium7";
  } else {
    header.format.font.bold = true;
  }
  worksheet.getRangeByIndexes(headerRow, column, rows + 1, width).format.autofitColumns();
}

/**
 * Colours status words wherever they are in `cells` (Shortage red, Excess yellow, Balanced green),
 * by conditional formats, so the colours follow the words when a planner sorts or filters.
 */
export function colourStatuses(cells: Excel.Range, statusWords: readonly string[]): void {
  for (const style of STATUS_STYLES) {
    const word = statusWords[style.key];
    if (word === undefined) continue;
    const format = cells.conditionalFormats.add("ContainsText");
    format.textComparison.rule = { operator: "Contains", text: word };
    format.textComparison.format.fill.color = style.fill;
    format.textComparison.format.font.color = style.font;
  }
}

/**
 * Points the kind's hidden marker name at the sheet, replacing the old marker; its comment
 * records the stamp of the run (what the pane's step states compare with the workbook).
 */
export function markSheet(
  context: Excel.RequestContext,
  resolution: Resolution,
  kind: OutputKind,
  worksheet: Excel.Worksheet,
  stamp: SheetStamp = {}
): void {
  const marker = OUTPUT_SHEETS[kind].marker;
  resolution.existingNames.get(marker)?.delete();
  const comment = stampComment(MARKER_COMMENT, stamp);
  context.workbook.names.add(marker, worksheet.getRange("A1"), comment).visible = false;
}

export type InputsRead =
  | { readonly ok: true; readonly resolution: Resolution; readonly reads: RangeReads }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

/**
 * Resolves the names and reads every input an operation uses, in two round trips at most (one
 * when nothing needs the sheet-scoped lookup and nothing else is queued). `alsoLoad` queues what
 * the operation needs besides, once the names are known (sheet markers tell where its own sheets
 * are); it rides along with the input read, and is called exactly once.
 */
export async function readInputs(
  context: Excel.RequestContext,
  use: InputUse,
  alsoLoad?: (resolution: Resolution) => void,
  /** Loads what `alsoLoad` queues even when the names refuse the read (one more round trip). */
  options: { readonly loadWhenRefused?: boolean } = {}
): Promise<InputsRead> {
  let queued: QueuedRead[] | undefined;
  const queue = (partial: Resolution): void => {
    const targets = inputTargets(partial, use);
    queued = sizeProblem(targets) ? [] : queueReads(context, targets);
    alsoLoad?.(partial);
  };
  const resolution = await resolveNames(context, queue);
  const missing: WorkbookProblem[] = SOP_NAMES.filter((name) => {
    const requirement = REQUIREMENT_OF[name];
    const needed =
      requirement === "required" ||
      (use.options === "required" && requirement === "scenarios") ||
      (use.supply === "required" && requirement === "supply");
    return (
      needed &&
      !resolution.resolved[name] &&
      !resolution.problems.some((problem) => problem.range === name)
    );
  }).map((name) => ({ kind: "missingName", range: name }));
  // A broken name the operation does not read does not stop it.
  const problems = resolution.problems.filter((problem) => {
    const name = SOP_NAMES.find((candidate) => candidate === problem.range);
    return name === undefined || usesName(name, use);
  });
  const refuse = async (refusal: readonly WorkbookProblem[]): Promise<InputsRead> => {
    if (options.loadWhenRefused === true && alsoLoad) {
      if (queued === undefined) alsoLoad(resolution);
      await context.sync();
    }
    return { ok: false, problems: refusal };
  };
  if (problems.length > 0 || missing.length > 0) return refuse([...problems, ...missing]);
  const targets = inputTargets(resolution, use);
  const tooLarge = sizeProblem(targets);
  if (tooLarge) return refuse([tooLarge]);
  // The second round trip reads every input not read yet (all of them unless a name was
  // sheet-scoped, when the lookup's request already carried them).
  const firstQueue = queued === undefined;
  const unread = targets.filter((target) => !queued?.some((read) => read.target === target));
  if (firstQueue) {
    queued = [];
    alsoLoad?.(resolution);
  }
  if (unread.length > 0 || firstQueue) {
    queued = [...(queued ?? []), ...queueReads(context, unread)];
    await context.sync();
  }
  return { ok: true, resolution, reads: collectReads(queued ?? []) };
}

/**
 * The names, then in one more round trip the inputs (when `use` is given) and what `alsoLoad`
 * queues; without inputs, the names' own round trips carry it or one more does.
 */
export async function loadWith(
  context: Excel.RequestContext,
  use: InputUse | undefined,
  alsoLoad: (resolution: Resolution) => void
): Promise<InputsRead> {
  if (use) return readInputs(context, use, alsoLoad);
  // Set by the callback when the sheet-scoped lookup's round trip carries the loads.
  const queued = { done: false };
  const resolution = await resolveNames(context, (partial) => {
    alsoLoad(partial);
    queued.done = true;
  });
  if (!queued.done) {
    alsoLoad(resolution);
    await context.sync();
  }
  return { ok: true, resolution, reads: {} };
}
