import { LANGUAGES, type Language } from "../i18n/language";
import { messageOf, type PlanningWorkbook, type WorkbookProblem } from "../workbook";
import { RIBBON_COMMANDS, type RibbonCommand } from "./ribbon";

/**
 * A ribbon button's run, over the same `PlanningWorkbook` the pane's buttons call: the same
 * validation, the same sheets. Office (the commands file) and the playground both run this.
 */

/** How a ribbon command ended; `language` is the one its sheets and its report are in. */
export type CommandReport =
  /** The sheet was written and is now the active one. */
  | {
      readonly kind: "done";
      readonly command: RibbonCommand;
      readonly language: Language;
      readonly sheet: string;
    }
  /** Nothing was written: the problems to fix, each naming its range and cell. */
  | {
      readonly kind: "refused";
      readonly command: RibbonCommand;
      readonly language: Language;
      readonly problems: readonly WorkbookProblem[];
    }
  /** Excel threw: its message. */
  | {
      readonly kind: "failed";
      readonly command: RibbonCommand;
      readonly language: Language;
      readonly message: string;
    };

function call(workbook: PlanningWorkbook, command: RibbonCommand, language: Language) {
  switch (command) {
    case "runRollingPlan":
      return workbook.runRollingPlan({ language });
    case "runGapScenarios":
      return workbook.runGapScenarios({ language });
    case "publishMeetingPack":
      return workbook.publishMeetingPack({ language });
  }
}

/**
 * Runs `command` in the workbook's table language (the one the pane saved), else in Excel's
 * display language, and shows the sheet it wrote, as the pane's "Show sheet" would.
 */
export async function runRibbonCommand(
  workbook: PlanningWorkbook,
  command: RibbonCommand,
  displayLanguage: Language
): Promise<CommandReport> {
  let language = displayLanguage;
  try {
    language = (await workbook.loadLanguage()) ?? displayLanguage;
    const outcome = await call(workbook, command, language);
    if (!outcome.ok) return { kind: "refused", command, language, problems: outcome.problems };
    await workbook.showSheet(outcome.sheet);
    return { kind: "done", command, language, sheet: outcome.sheet };
  } catch (error) {
    return { kind: "failed", command, language, message: messageOf(error) };
  }
}

/** How many problems a report dialog lists; the pane's Data step lists them all. */
export const REPORT_PROBLEMS_SHOWN = 8;

/** What a report dialog is given: a report that is not `done`, its problems cut to those shown. */
export interface ReportView {
  readonly report: Exclude<CommandReport, { kind: "done" }>;
  /** Problems left out of `report.problems`. */
  readonly more: number;
}

export function reportView(report: Exclude<CommandReport, { kind: "done" }>): ReportView {
  if (report.kind === "failed") return { report, more: 0 };
  return {
    report: { ...report, problems: report.problems.slice(0, REPORT_PROBLEMS_SHOWN) },
    more: Math.max(0, report.problems.length - REPORT_PROBLEMS_SHOWN),
  };
}

/** A report view as the dialog page's URL hash carries it. */
export function encodeReportView(view: ReportView): string {
  return encodeURIComponent(JSON.stringify(view));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * The report view a URL hash carries, or undefined when it is not one (a page opened by hand):
 * its command, language and kind are checked, and its problems are objects with a kind.
 */
export function decodeReportView(hash: string): ReportView | undefined {
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.replace(/^#/, "")));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value.more !== "number" || !isRecord(value.report))
    return undefined;
  const { report } = value;
  const known =
    RIBBON_COMMANDS.includes(report.command as RibbonCommand) &&
    LANGUAGES.includes(report.language as Language);
  if (!known) return undefined;
  if (report.kind === "failed" && typeof report.message === "string")
    return value as unknown as ReportView;
  if (
    report.kind === "refused" &&
    Array.isArray(report.problems) &&
    report.problems.every((p) => isRecord(p) && typeof p.kind === "string")
  )
    return value as unknown as ReportView;
  return undefined;
}
