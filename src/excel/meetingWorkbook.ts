import { accuracyLags, cycleVersions, readHistory } from "./demandWorkbook";
import {
  balancePlan,
  frozenChanges,
  previousApproved,
  previousCycleVersion,
  supplyReview,
  versionOfCycle,
  type LpSolver,
  type SupplyReview,
} from "../engine";
import {
  cycleOf,
  decisionsOf,
  queueFirstPeriod,
  queueLog,
  type QueuedLog,
} from "./decisionWorkbook";
import { interpretInputs, type PlanData, type RangeReads } from "./sheets/inputs";
import { interpretSupply } from "./sheets/supply";
import { readFrozenPeriods } from "./sheets/mps";
import {
  LABEL_WIDTH,
  meetingSheet,
  NUMBER_WIDTH,
  type MeetingData,
  type MeetingLayout,
} from "./sheets/meetingSheet";
import { writeBlockSheet, type RangeOf } from "./blockSheet";
import { inputsFingerprint, type SheetStamp } from "./sheets/stamps";
import type {
  LagReport,
  MeetingOutcome,
  PlanningWorkbook,
  RunOptions,
  SolverLoader,
} from "../workbook";
import { gapsOf } from "./sheets/tables";
import { decodeResults, RESULTS_COLUMN, rowOfVersionId } from "./sheets/versionStore";
import { indexOf, queueStore, queueZones, storedVersion, type StoreReads } from "./versionReads";
import {
  colourStatuses,
  readInputs,
  inputTargets,
  toWorkbookProblem,
  type ExcelHost,
  type InputUse,
  type Resolution,
  hostSupports,
  needsNewerExcel,
} from "./workbookAccess";

/**
 * Publish meeting pack: the `S&OP Meeting` sheet. Round trips: the names, then the inputs with
 * the decision log and the version index, then (when an earlier cycle's version exists) its
 * results; then the writes, in requests under the payload budget, formats and charts in the last.
 */

export type MeetingOperations = Pick<PlanningWorkbook, "publishMeetingPack">;

const USE: InputUse = {
  options: "ifDefined",
  actualClosing: false,
  history: true,
  supply: "ifDefined",
};

const HEADER_FILL = "#D9E1F2";

export function createMeetingOperations(
  host: ExcelHost,
  clock: () => Date,
  solver?: SolverLoader
): MeetingOperations {
  return {
    publishMeetingPack: async (options) => {
      if (!hostSupports(host, "meetingPack")) return needsNewerExcel("meetingPack");
      // The supply plan's options need the solver; without it the pack says they are missing.
      const solve = solver ? await solver().catch(() => undefined) : undefined;
      return host.run((context) => publish(context, options, clock, solve));
    },
  };
}

async function publish(
  context: Excel.RequestContext,
  options: RunOptions,
  clock: () => Date,
  solve: LpSolver | undefined
): Promise<MeetingOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");
  let log: QueuedLog = {};
  let first: Excel.Range | undefined;
  let store: StoreReads = { zones: new Map() };
  let oldCharts: Excel.ChartCollection | undefined;
  const read = await readInputs(context, USE, (resolution) => {
    log = queueLog(context, resolution);
    first = queueFirstPeriod(context, resolution);
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
    const own = resolution.ownSheets.meeting;
    if (own !== undefined) {
      oldCharts = context.workbook.worksheets.getItem(own).charts.load("items/name");
    }
  });
  if (!read.ok) return read;
  const { resolution } = read;

  progress("validating");
  const interpretation = interpretInputs(read.reads, {
    withOptions: read.reads.SOP_Options !== undefined,
  });
  if (!interpretation.ok) return interpretation;
  const { plan } = interpretation;
  const decisions = decisionsOf(log);
  if (!decisions.ok) return decisions;
  const cycle = cycleOf(first, clock);
  const index = indexOf(store);
  const versions = index.versions.map((version) => version.info);
  const earlier = previousCycleVersion(versions, cycle);
  // Forecast accuracy: earlier cycles' plans against SOP_History, when it is defined and valid
  // (a broken history is the demand review's to report, not a reason to refuse the pack).
  const history = read.reads.SOP_History ? readHistory(read.reads, plan) : undefined;
  const scored = history?.ok
    ? cycleVersions(index).filter((version) => version.info.firstPeriod !== cycle)
    : [];
  let previous: MeetingData["previous"];
  let accuracy: readonly LagReport[] | undefined;
  let frozen: MeetingData["frozen"];
  // The earlier cycle's approved plan: the frozen periods' changes against it.
  const approved = previousApproved(versions, cycle);
  const frozenPeriods = readFrozenPeriods(read.reads, plan.input.periods);
  if (earlier) {
    // The earlier versions' results: one more round trip, only when there is one.
    const rows = [earlier.id, ...(approved ? [approved.id] : [])].flatMap((id) => {
      const row = rowOfVersionId(id);
      return row === undefined ? [] : [row];
    });
    const withResults = queueZones(
      context,
      store,
      [...rows, ...scored.map((v) => v.row)],
      RESULTS_COLUMN
    );
    await context.sync();
    const found = storedVersion(withResults, earlier.id, decodeResults);
    if (!found.ok) return found;
    previous = { info: earlier, results: found.data };
    if (history?.ok) accuracy = accuracyLags(plan, history.history, withResults, scored);
    const approvedResults = approved
      ? storedVersion(withResults, approved.id, decodeResults)
      : undefined;
    if (approved && approvedResults?.ok && frozenPeriods.ok) {
      frozen = {
        version: approved.name,
        frozenPeriods: frozenPeriods.frozen,
        changes: frozenChanges(
          { ...plan, production: plan.input.production },
          approvedResults.data,
          frozenPeriods.frozen
        ),
      };
    }
  } else if (history?.ok) {
    // No earlier cycle: nothing to score yet, which the KPI says.
    accuracy = accuracyLags(plan, history.history, store, []);
  }

  progress("computing");
  const outcome = balancePlan(plan.input);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map(toWorkbookProblem) };
  const balance = outcome.value;
  const gaps = gapsOf(plan, balance);
  const version = versionOfCycle(versions, cycle);
  const supply = read.reads.SOP_PlanParameters ? supplyOf(read.reads, plan, solve) : undefined;
  const layout = meetingSheet({
    plan,
    balance,
    gaps,
    decisions: decisions.decisions,
    cycle,
    ...(version ? { version } : {}),
    ...(previous ? { previous } : {}),
    ...(accuracy ? { accuracy } : {}),
    ...(supply ? { supply } : {}),
    ...(frozen ? { frozen } : {}),
    language: options.language,
    computedAt: clock(),
    // Names only: the addresses are on S&OP Balance, and a long line would shrink the printout.
    sources: inputTargets(resolution, USE)
      .map((target) => target.name)
      .join(", "),
  });

  progress("writing");
  // The marker records the cycle the pack is of and the inputs it shows: the meeting's step state.
  const stamp = { cycle, inputs: inputsFingerprint(read.reads) };
  const written = await writeMeeting(context, resolution, layout, oldCharts, stamp);
  progress("done");
  return {
    ok: true,
    ...written,
    summary: {
      families: balance.families,
      periods: balance.periods,
      exceptions: layout.exceptions,
      gaps: gaps.length,
      openDecisions: decisions.decisions.filter((d) => d.status === "open").length,
      charts: layout.charts.length,
    },
  };
}

function writeMeeting(
  context: Excel.RequestContext,
  resolution: Resolution,
  layout: MeetingLayout,
  oldCharts: Excel.ChartCollection | undefined,
  stamp: SheetStamp
): Promise<{ sheet: string; preferredSheet?: string }> {
  return writeBlockSheet(context, resolution, "meeting", layout, stamp, {
    first: () => {
      for (const chart of oldCharts?.items ?? []) chart.delete();
    },
    finish: (worksheet, range) => {
      formatMeeting(worksheet, layout, range);
    },
  });
}

/**
 * The sheet's formats, charts and page layout for printing.
 * @requires meetingPack
 */
function formatMeeting(worksheet: Excel.Worksheet, layout: MeetingLayout, range: RangeOf): void {
  for (const block of layout.bold) range(block).format.font.bold = true;
  for (const block of layout.headers) range(block).format.fill.color = HEADER_FILL;
  if (layout.statusArea) colourStatuses(range(layout.statusArea), layout.statusWords);
  worksheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = LABEL_WIDTH;
  if (layout.columns > 1) {
    worksheet.getRangeByIndexes(0, 1, 1, layout.columns - 1).format.columnWidth = NUMBER_WIDTH;
  }
  for (const spec of layout.charts) {
    const chart = worksheet.charts.add(spec.type, range(spec.source), "Rows");
    chart.title.text = spec.title;
    chart.axes.categoryAxis.setCategoryNames(range(spec.categories));
    chart.setPosition(
      range({ ...spec.from, rows: 1, columns: 1 }),
      range({ ...spec.to, rows: 1, columns: 1 })
    );
  }
  const page = worksheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  // One page wide, as many tall as it takes.
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.printGridlines = false;
  page.setPrintArea(range({ row: 0, column: 0, rows: layout.rows, columns: layout.columns }));
}

/**
 * The supply plan's options for the pack, when SOP_PlanParameters is defined: the review, or why
 * there is none: its inputs refuse (no plan within the limits included) or the solver is missing.
 * Optimize supply plan says exactly why; the pack is not refused for it.
 */
function supplyOf(
  reads: RangeReads,
  plan: PlanData,
  solve: LpSolver | undefined
): SupplyReview | "invalid" | "noSolver" {
  const data = interpretSupply(reads, plan);
  if (!data.ok) return "invalid";
  if (!solve) return "noSolver";
  const review = supplyReview({ plan: plan.input, ...data.data }, solve);
  return review.ok ? review.value : "invalid";
}
