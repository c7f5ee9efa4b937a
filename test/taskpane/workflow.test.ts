import { blockersFor, setupIssues } from "../../src/taskpane/setup";
import { INITIAL_SETUP, reduceSetup } from "../../src/taskpane/workflow";
import { setupReport } from "./fakeWorkbook";

describe("setup state", () => {
  test("a re-check keeps the last report on screen until the new one arrives", () => {
    const report = setupReport();
    const checked = reduceSetup(INITIAL_SETUP, { type: "inspected", report });
    const checking = reduceSetup(checked, { type: "inspectStarted" });
    expect(checking).toEqual({ report, checking: true });
  });

  test("a failed check drops the old report so no run acts on it", () => {
    const checked = reduceSetup(INITIAL_SETUP, { type: "inspected", report: setupReport() });
    const failed = reduceSetup(checked, { type: "inspectFailed", message: "busy" });
    expect(failed).toEqual({ checking: false, error: "busy" });
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
