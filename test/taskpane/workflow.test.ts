import { blockersFor, setupIssues } from "../../src/taskpane/setup";
import { INITIAL_WORKFLOW, reduceWorkflow, type WorkflowState } from "../../src/taskpane/workflow";
import { PLAN_OK, setupReport } from "./fakeWorkbook";

describe("workflow state", () => {
  const running: WorkflowState = reduceWorkflow(INITIAL_WORKFLOW, {
    type: "runStarted",
    id: 2,
    action: "plan",
  });

  test("a step from the current run is shown; one from an older run changes nothing", () => {
    const stepped = reduceWorkflow(running, { type: "progress", id: 2, step: "computing" });
    expect(stepped.run).toEqual({ phase: "running", id: 2, action: "plan", step: "computing" });
    expect(reduceWorkflow(running, { type: "progress", id: 1, step: "writing" })).toBe(running);
  });

  test("a step after the run ended changes nothing", () => {
    const done = reduceWorkflow(running, { type: "planned", action: "plan", outcome: PLAN_OK });
    expect(reduceWorkflow(done, { type: "progress", id: 2, step: "done" })).toBe(done);
  });

  test("a re-check keeps the last report on screen until the new one arrives", () => {
    const report = setupReport();
    const checked = reduceWorkflow(INITIAL_WORKFLOW, { type: "inspected", report });
    const checking = reduceWorkflow(checked, { type: "inspectStarted" });
    expect(checking.setup).toEqual({ report, checking: true });
  });

  test("a failed check drops the old report so no run acts on it", () => {
    const checked = reduceWorkflow(INITIAL_WORKFLOW, { type: "inspected", report: setupReport() });
    const failed = reduceWorkflow(checked, { type: "inspectFailed", message: "busy" });
    expect(failed.setup).toEqual({ checking: false, error: "busy" });
  });

  test("a new run clears the error of a sheet that could not be opened", () => {
    const withError = reduceWorkflow(INITIAL_WORKFLOW, {
      type: "showSheetFailed",
      sheet: "S&OP Balance",
      message: "gone",
    });
    expect(withError.sheetError).toEqual({ sheet: "S&OP Balance", message: "gone" });
    expect(
      reduceWorkflow(withError, { type: "runStarted", id: 1, action: "plan" }).sheetError
    ).toBeUndefined();
  });
});

describe("setup readiness", () => {
  test("everything there: no issues, both runs ready", () => {
    const report = setupReport();
    expect(setupIssues(report)).toBeUndefined();
    expect(blockersFor(report, "plan")).toBeUndefined();
    expect(blockersFor(report, "scenarios")).toBeUndefined();
  });

  test("SOP_Families blocks only when there are several families", () => {
    expect(blockersFor(setupReport({ missing: ["SOP_Families"] }), "plan")).toBeUndefined();
    expect(blockersFor(setupReport({ missing: ["SOP_Families"], families: 4 }), "plan")).toEqual([
      "SOP_Families",
    ]);
  });

  test("a missing optional name blocks nothing; a broken one is reported", () => {
    expect(setupIssues(setupReport({ missing: ["SOP_Orders"] }))).toBeUndefined();
    const broken = setupReport({
      problems: { SOP_Orders: { kind: "notARange", range: "SOP_Orders", found: "=5" } },
    });
    expect(setupIssues(broken)).toEqual({
      level: "unusable",
      names: [expect.objectContaining({ name: "SOP_Orders" })],
    });
  });

  test("gap scenarios wait for the plan's names and SOP_Options", () => {
    const report = setupReport({ missing: ["SOP_Capacity", "SOP_Options"] });
    expect(blockersFor(report, "plan")).toEqual(["SOP_Capacity"]);
    expect(blockersFor(report, "scenarios")).toEqual(["SOP_Capacity", "SOP_Options"]);
    expect(setupIssues(report)?.level).toBe("plan");
  });
});
