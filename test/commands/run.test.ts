/**
 * A ribbon button's run over the real Excel layer on the stand-in: the same sheets as the pane's
 * button (the same call on a twin workbook), shown afterwards; the same problems when refused,
 * nothing written; Excel's error as a report; the workbook's saved language over Excel's.
 */
import { RIBBON_BUTTONS, RIBBON_COMMANDS, commandLabel } from "../../src/commands/ribbon";
import {
  decodeReportView,
  encodeReportView,
  REPORT_PROBLEMS_SHOWN,
  reportView,
  runRibbonCommand,
  type CommandReport,
} from "../../src/commands/run";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type { StandInWorkbook } from "../../src/playground/excel";
import type { PlanningWorkbook, RunOutcome, WorkbookProblem } from "../../src/workbook";
import { seedWorkbook } from "../support/seedWorkbook";

const NOW = new Date(2026, 11, 2, 9, 30);
const open = (book: StandInWorkbook): PlanningWorkbook =>
  createExcelPlanningWorkbook(book.host, () => NOW);

/** What a sheet holds, as values. */
const contents = (book: StandInWorkbook, sheet: string) => book.getValues(sheet, "A1:Z80");

/** The pane's call for each command, as useWorkflow and MeetingPack make it. */
const PANE_CALLS = {
  runRollingPlan: (w: PlanningWorkbook) => w.runRollingPlan({ language: "en" }),
  runGapScenarios: (w: PlanningWorkbook) => w.runGapScenarios({ language: "en" }),
  publishMeetingPack: (w: PlanningWorkbook) => w.publishMeetingPack({ language: "en" }),
} satisfies Record<(typeof RIBBON_COMMANDS)[number], (w: PlanningWorkbook) => Promise<unknown>>;

describe("the ribbon's tab", () => {
  test("runs the three cycle commands and opens the pane, each button once", () => {
    expect(RIBBON_COMMANDS).toEqual(["runRollingPlan", "runGapScenarios", "publishMeetingPack"]);
    expect(RIBBON_BUTTONS.filter((b) => b.action.kind === "taskpane")).toHaveLength(1);
    expect(new Set(RIBBON_BUTTONS.map((b) => b.id)).size).toBe(RIBBON_BUTTONS.length);
    expect(commandLabel("runRollingPlan")).toBe("ui.action.plan");
  });
});

describe("runRibbonCommand", () => {
  test.each(RIBBON_COMMANDS)(
    "%s writes what the pane's button writes and shows it",
    async (command) => {
      const ribbonBook = seedWorkbook();
      const paneBook = seedWorkbook();
      const report = await runRibbonCommand(open(ribbonBook), command, "en");
      const pane = (await PANE_CALLS[command](open(paneBook))) as RunOutcome;
      if (!pane.ok || report.kind !== "done") throw new Error(JSON.stringify([pane, report]));
      expect(report).toEqual({ kind: "done", command, language: "en", sheet: pane.sheet });
      const written = (book: StandInWorkbook) =>
        book.model.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("S&OP"));
      expect(written(ribbonBook)).toEqual(written(paneBook));
      for (const sheet of written(paneBook)) {
        expect(contents(ribbonBook, sheet)).toEqual(contents(paneBook, sheet));
      }
      expect(ribbonBook.model.active.name).toBe(pane.sheet);
    }
  );

  test("refused: the pane's problems, naming the cell, and nothing written", async () => {
    const ribbonBook = seedWorkbook();
    const paneBook = seedWorkbook();
    for (const book of [ribbonBook, paneBook]) book.setValues("Plan", "D2", [["n/a"]]);
    const before = JSON.stringify(ribbonBook.model);
    const report = await runRibbonCommand(open(ribbonBook), "runRollingPlan", "zh");
    const pane = await open(paneBook).runRollingPlan({ language: "zh" });
    expect(pane.ok).toBe(false);
    expect(report).toEqual({
      kind: "refused",
      command: "runRollingPlan",
      language: "zh",
      problems: pane.ok ? [] : pane.problems,
    });
    expect(report.kind === "refused" ? report.problems[0] : undefined).toMatchObject({
      range: "SOP_Forecast",
      cell: "Plan!D2",
    });
    expect(JSON.stringify(ribbonBook.model)).toBe(before);
  });

  test("the workbook's saved table language wins over Excel's display language", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await workbook.saveLanguage("zh");
    const report = await runRibbonCommand(workbook, "runRollingPlan", "en");
    expect(report).toMatchObject({ kind: "done", language: "zh" });
    const twin = seedWorkbook();
    await open(twin).runRollingPlan({ language: "zh" });
    expect(contents(book, "S&OP Balance")).toEqual(contents(twin, "S&OP Balance"));
  });

  test("an Excel error is reported with its message, not thrown", async () => {
    const failing: PlanningWorkbook = {
      ...open(seedWorkbook()),
      runGapScenarios: () => Promise.reject(new Error("The workbook is read-only.")),
    };
    expect(await runRibbonCommand(failing, "runGapScenarios", "en")).toEqual({
      kind: "failed",
      command: "runGapScenarios",
      language: "en",
      message: "The workbook is read-only.",
    });
  });
});

describe("reportView", () => {
  const problem = (n: number): WorkbookProblem => ({
    kind: "notANumber",
    range: "SOP_Forecast",
    cell: `Plan!B${n}`,
  });
  test.each([0, 1, REPORT_PROBLEMS_SHOWN, REPORT_PROBLEMS_SHOWN + 1, 40])(
    "%i problems: the first ones shown, the rest counted",
    (count) => {
      const problems = Array.from({ length: count }, (_, i) => problem(i + 2));
      const report: CommandReport = {
        kind: "refused",
        command: "runRollingPlan",
        language: "en",
        problems,
      };
      const view = reportView(report);
      const shown = view.report.kind === "refused" ? view.report.problems : [];
      expect(shown).toEqual(problems.slice(0, Math.min(count, REPORT_PROBLEMS_SHOWN)));
      expect(shown.length + view.more).toBe(count);
    }
  );
});

describe("the report dialog's URL hash", () => {
  const refused: CommandReport = {
    kind: "refused",
    command: "publishMeetingPack",
    language: "zh",
    problems: [{ kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2" }],
  };
  const failed: CommandReport = {
    kind: "failed",
    command: "runRollingPlan",
    language: "en",
    message: "Rich text & # signs survive: 100% ?",
  };
  test.each([refused, failed])("carries a $kind report whole", (report) => {
    const view = reportView(report);
    expect(decodeReportView(`#${encodeReportView(view)}`)).toEqual(view);
  });
  test.each([
    ["not JSON", "#%7Bnot"],
    ["empty", ""],
    [
      "an unknown command",
      `#${encodeURIComponent(JSON.stringify({ more: 0, report: { ...failed, command: "deleteAll" } }))}`,
    ],
    [
      "an unknown language",
      `#${encodeURIComponent(JSON.stringify({ more: 0, report: { ...failed, language: "fr" } }))}`,
    ],
    [
      "problems without a kind",
      `#${encodeURIComponent(JSON.stringify({ more: 0, report: { ...refused, problems: [{}] } }))}`,
    ],
    ["no count of the rest", `#${encodeURIComponent(JSON.stringify({ report: failed }))}`],
  ])("refuses a hash that is %s", (_, hash) => {
    expect(decodeReportView(hash)).toBeUndefined();
  });
});
