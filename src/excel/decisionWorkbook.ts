import {
  addDecision,
  closeDecision,
  type Decision,
  type DecisionDraft,
  type Problem,
} from "../engine";
import type { DecisionsOutcome, PlanningWorkbook, RunOptions, WorkbookProblem } from "../workbook";
import { decisionsSheet, readDecisions } from "./sheets/decisionsSheet";
import { stamp } from "./sheets/tables";
import { periodLabel } from "./sheets/inputs";
import { loadWith, writeOutput, type ExcelHost, type Resolution } from "./workbookAccess";

/**
 * The decision log on the Excel layer: the `S&OP Decisions` sheet, an Excel table the add-in
 * writes and reads back (planners may edit it by hand: every row is checked when read). Columns
 * by position: ID, decision, family, period, owner, due, status, decided in, closed in.
 */

export type DecisionOperations = Pick<
  PlanningWorkbook,
  "listDecisions" | "addDecision" | "closeDecision"
>;

function toProblems(problems: readonly Problem[]): WorkbookProblem[] {
  return problems.map((problem) => ({
    kind: "invalidDecision",
    range: "S&OP Decisions",
    argument: problem.argument,
    found: problem.found ?? "",
    ...(problem.rule !== undefined ? { rule: problem.rule } : {}),
  }));
}

interface LogRead {
  readonly resolution: Resolution;
  readonly decisions: Decision[];
  readonly cycle: string;
  readonly sheet?: string;
  readonly oldTables?: Excel.TableCollection;
}

/** The log's cells and tables, queued for the next sync. */
export interface QueuedLog {
  readonly sheet?: string;
  readonly used?: Excel.Range;
  readonly oldTables?: Excel.TableCollection;
}

export function queueLog(context: Excel.RequestContext, resolution: Resolution): QueuedLog {
  const sheet = resolution.ownSheets.decisions;
  if (sheet === undefined) return {};
  const worksheet = context.workbook.worksheets.getItem(sheet);
  return {
    sheet,
    // Only the cells in use: the log grows a row per decision, with no fixed limit.
    used: worksheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex"),
    oldTables: worksheet.tables.load("items/name"),
  };
}

/** The decisions of a synced log; none when the workbook has no log yet. */
export function decisionsOf(
  queued: QueuedLog
): { ok: true; decisions: Decision[] } | { ok: false; problems: WorkbookProblem[] } {
  const { used, sheet } = queued;
  if (!used || used.isNullObject || sheet === undefined) return { ok: true, decisions: [] };
  // Rows and columns by their place on the sheet, wherever the used cells begin.
  const { rowIndex, columnIndex } = used;
  const values: readonly (readonly unknown[])[] = used.values;
  const cells = [
    ...Array.from({ length: rowIndex }, (): unknown[] => []),
    ...values.map((row): unknown[] => [...new Array<unknown>(columnIndex).fill(""), ...row]),
  ];
  return readDecisions(sheet, cells);
}

/** The cycle of a plan: its first period label, else this month (yyyy-mm). */
export function cycleOf(first: Excel.Range | undefined, clock: () => Date): string {
  const label = first ? periodLabel(first.values[0]?.[0], first.numberFormat[0]?.[0]) : "";
  return label !== "" ? label : stamp(clock()).slice(0, 7);
}

/** The first period label's cell, queued for the next sync. */
export function queueFirstPeriod(
  context: Excel.RequestContext,
  resolution: Resolution
): Excel.Range | undefined {
  const found = resolution.resolved.SOP_Periods;
  if (!found) return undefined;
  return context.workbook.worksheets
    .getItem(found.sheet)
    .getRangeByIndexes(found.block.row, found.block.column, 1, 1)
    .load("values, numberFormat");
}

/** The names, then the log's cells, the first period label and the log's tables, in one request. */
async function readLog(
  context: Excel.RequestContext,
  clock: () => Date
): Promise<{ ok: true; log: LogRead } | { ok: false; problems: readonly WorkbookProblem[] }> {
  let queued: QueuedLog = {};
  let periods: Excel.Range | undefined;
  const loaded = await loadWith(context, undefined, (resolution) => {
    queued = queueLog(context, resolution);
    periods = queueFirstPeriod(context, resolution);
  });
  if (!loaded.ok) return loaded;
  const read = decisionsOf(queued);
  if (!read.ok) return read;
  const { sheet, oldTables } = queued;
  return {
    ok: true,
    log: {
      resolution: loaded.resolution,
      decisions: read.decisions,
      cycle: cycleOf(periods, clock),
      ...(sheet !== undefined ? { sheet } : {}),
      ...(oldTables ? { oldTables } : {}),
    },
  };
}

async function writeLog(
  context: Excel.RequestContext,
  log: LogRead,
  decisions: readonly Decision[],
  options: RunOptions,
  clock: () => Date
): Promise<DecisionsOutcome> {
  const output = decisionsSheet(decisions, options.language, clock());
  const written = await writeOutput(context, log.resolution, "decisions", output, log.oldTables);
  return { ok: true, decisions, cycle: log.cycle, sheet: written.sheet };
}

export function createDecisionOperations(host: ExcelHost, clock: () => Date): DecisionOperations {
  return {
    listDecisions: () =>
      host.run(async (context) => {
        const read = await readLog(context, clock);
        if (!read.ok) return read;
        const { decisions, cycle, sheet } = read.log;
        return { ok: true, decisions, cycle, ...(sheet !== undefined ? { sheet } : {}) };
      }),
    addDecision: (draft: DecisionDraft, options: RunOptions) =>
      host.run(async (context) => {
        const read = await readLog(context, clock);
        if (!read.ok) return read;
        const added = addDecision(read.log.decisions, draft, read.log.cycle);
        if (!added.ok) return { ok: false, problems: toProblems(added.problems) };
        return writeLog(context, read.log, added.value, options, clock);
      }),
    closeDecision: (id: number, status: "done" | "dropped", options: RunOptions) =>
      host.run(async (context) => {
        const read = await readLog(context, clock);
        if (!read.ok) return read;
        const closed = closeDecision(read.log.decisions, id, status, read.log.cycle);
        if (!closed.ok) return { ok: false, problems: toProblems(closed.problems) };
        return writeLog(context, read.log, closed.value, options, clock);
      }),
  };
}
