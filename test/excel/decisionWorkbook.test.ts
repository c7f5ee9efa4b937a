import { reviewCycle, type DecisionDraft } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type { DecisionsOutcome, PlanningWorkbook } from "../../src/workbook";
import type { StandInWorkbook } from "../../src/playground/excel";
import { openXlsx, saveXlsx } from "../../src/playground/xlsx";
import { seedWorkbook } from "../support/seedWorkbook";

const NOW = new Date(2026, 10, 23, 9, 30);
const EN = { language: "en" } as const;

const draft = (overrides: Partial<DecisionDraft> = {}): DecisionDraft => ({
  decision: "Overtime on line 2",
  family: "",
  period: "2024-05",
  owner: "Wang Fang",
  due: "2024-05-15",
  ...overrides,
});

function open(book: StandInWorkbook): PlanningWorkbook {
  return createExcelPlanningWorkbook(book.host, () => NOW);
}

function ok(outcome: DecisionsOutcome): Extract<DecisionsOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

describe("the decision log", () => {
  test("starts empty, in the plan's cycle, with no sheet", async () => {
    expect(ok(await open(seedWorkbook()).listDecisions())).toEqual({
      ok: true,
      decisions: [],
      cycle: "2024-04",
    });
  });

  test("Add decision writes the S&OP Decisions table, read back as it was added", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    book.resetLog();
    const added = ok(await workbook.addDecision(draft(), EN));
    expect(book.syncLog.length).toBeLessThanOrEqual(3);
    expect(added.sheet).toBe("S&OP Decisions");
    expect(book.getValues("S&OP Decisions", "A4:I5")).toEqual([
      ["ID", "Decision", "Family", "Period", "Owner", "Due", "Status", "Decided in", "Closed in"],
      [1, "Overtime on line 2", "", "2024-05", "Wang Fang", "2024-05-15", "Open", "2024-04", ""],
    ]);
    expect(book.model.tables.filter((t) => t.sheet.name === "S&OP Decisions")).toHaveLength(1);
    expect(ok(await workbook.listDecisions()).decisions).toEqual(added.decisions);
  });

  test("close, carry over, and the table in Chinese read back", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    ok(await workbook.addDecision(draft(), EN));
    ok(
      await workbook.addDecision(draft({ decision: "外协 2,500 件", owner: "李明" }), {
        language: "zh",
      })
    );
    expect(book.getValues("S&OP Decisions", "A4:B4")).toEqual([["编号", "决策"]]);
    const closed = ok(await workbook.closeDecision(1, "done", { language: "zh" }));
    expect(book.getValues("S&OP Decisions", "G5:I6")).toEqual([
      ["已完成", "2024-04", "2024-04"],
      ["未完成", "2024-04", ""],
    ]);
    const review = reviewCycle(closed.decisions, "2024-05", "2024-04");
    expect(review.open.map((d) => d.id)).toEqual([2]);
    expect(review.previous).toMatchObject({ decided: 2, done: 1, open: 1 });
    // Survives the playground's .xlsx file.
    const { data } = await saveXlsx(book);
    const reopened = await openXlsx(data, "log.xlsx", { formulas: "none" });
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.refusal));
    expect(ok(await open(reopened.book).listDecisions()).decisions).toEqual(closed.decisions);
  });

  test.each([
    ["a blank owner", draft({ owner: " " }), "owner", "", "owner"],
    ["a due date that is not one", draft({ due: "next week" }), "due", "next week", "isoDate"],
  ])("refuses %s and writes nothing", async (_, bad, field, found, rule) => {
    const book = seedWorkbook();
    const outcome = await open(book).addDecision(bad, EN);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [
        { kind: "invalidDecision", range: "S&OP Decisions", argument: field, found, rule },
      ],
    });
    expect(book.model.sheets.map((s) => s.name)).not.toContain("S&OP Decisions");
  });

  test("a row edited into nonsense is named by its cell, and nothing is written", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    ok(await workbook.addDecision(draft(), EN));
    book.setValues("S&OP Decisions", "G5", [["maybe"]]);
    const outcome = await workbook.addDecision(draft({ decision: "Another" }), EN);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ kind: "invalidDecision", cell: "'S&OP Decisions'!G5", found: "maybe" }],
    });
    expect(book.getValues("S&OP Decisions", "A6")).toEqual([[""]]);
  });

  test("closing an unknown or closed decision is refused", async () => {
    const workbook = open(seedWorkbook());
    ok(await workbook.addDecision(draft(), EN));
    ok(await workbook.closeDecision(1, "dropped", EN));
    expect(await workbook.closeDecision(1, "done", EN)).toMatchObject({ ok: false });
    expect(await workbook.closeDecision(7, "done", EN)).toMatchObject({ ok: false });
  });
});
