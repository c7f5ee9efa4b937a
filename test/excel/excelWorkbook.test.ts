import {
  createExcelPlanningWorkbook,
  MAX_INPUT_CELLS,
  chunkRows,
} from "../../src/excel/excelWorkbook";
import type { RunOutcome, RunStep } from "../../src/workbook";
import { createStandInWorkbook, type StandInWorkbook } from "../../src/playground/excel";
import {
  oneDecimal,
  pythonPercent,
  seedGap,
  seedRollingPlan,
  seedStatusWord,
} from "../support/seedDemo";
import { largeWorkbook, seedWorkbook } from "../support/seedWorkbook";

const NOW = new Date(2026, 10, 23, 9, 30);

function okOutcome(outcome: RunOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

describe("inspect", () => {
  test("lists every contract name with its address and shape", async () => {
    const report = await createExcelPlanningWorkbook(seedWorkbook().host).inspect();
    expect(report.names.find((n) => n.name === "SOP_Forecast")).toMatchObject({
      address: "Plan!B2:G2",
      rows: 1,
      columns: 6,
      requirement: "required",
    });
    expect(report.names.find((n) => n.name === "SOP_Families")).toMatchObject({
      requirement: "manyFamilies",
    });
    expect(report.names.find((n) => n.name === "SOP_Families")?.address).toBeUndefined();
    expect(report).toMatchObject({
      families: 1,
      periods: 6,
      readyForPlan: true,
      readyForScenarios: true,
    });
  });

  test("missing names make the plan not ready", async () => {
    const report = await createExcelPlanningWorkbook(
      seedWorkbook({ skip: ["SOP_Capacity", "SOP_Options"] }).host
    ).inspect();
    expect(report.readyForPlan).toBe(false);
    expect(report.readyForScenarios).toBe(false);
  });

  test("a worksheet-scoped name is accepted when it is the only one of that name", async () => {
    const book = seedWorkbook({ scope: "Plan" });
    const report = await createExcelPlanningWorkbook(book.host).inspect();
    expect(report.readyForPlan).toBe(true);
    expect(report.names.find((n) => n.name === "SOP_Periods")?.address).toBe("Plan!B1:G1");
  });

  test("the same name on two sheets, and none in the workbook, is ambiguous", async () => {
    const book = seedWorkbook({ skip: ["SOP_Forecast"] });
    book.addSheet("Other");
    book.defineName("SOP_Forecast", "Plan!$B$2:$G$2", { scope: "Plan" });
    book.defineName("SOP_Forecast", "Other!$B$2:$G$2", { scope: "Other" });
    const report = await createExcelPlanningWorkbook(book.host).inspect();
    expect(report.names.find((n) => n.name === "SOP_Forecast")?.problem).toEqual({
      kind: "ambiguousName",
      range: "SOP_Forecast",
    });
  });

  test("a workbook-scoped name wins over a sheet-scoped one of the same name", async () => {
    const book = seedWorkbook();
    book.addSheet("Other");
    book.defineName("SOP_Forecast", "Other!$B$2:$G$2", { scope: "Other" });
    const report = await createExcelPlanningWorkbook(book.host).inspect();
    expect(report.names.find((n) => n.name === "SOP_Forecast")?.address).toBe("Plan!B2:G2");
  });
});

describe("broken optional names", () => {
  test("a broken SOP_Options blocks scenarios only; the rolling plan still runs", async () => {
    const book = seedWorkbook({ skip: ["SOP_Options"] });
    book.defineName("SOP_Options", "=#REF!$A$10:$B$13");
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    const report = await workbook.inspect();
    expect(report).toMatchObject({ readyForPlan: true, readyForScenarios: false });
    expect(report.names.find((n) => n.name === "SOP_Options")?.problem).toEqual({
      kind: "refError",
      range: "SOP_Options",
    });
    expect((await workbook.runRollingPlan({ language: "en" })).ok).toBe(true);
    expect(await workbook.runGapScenarios({ language: "en" })).toEqual({
      ok: false,
      problems: [{ kind: "refError", range: "SOP_Options" }],
    });
  });

  test("a broken SOP_Orders blocks the plan: it would be read", async () => {
    const book = seedWorkbook({ skip: ["SOP_Orders"] });
    book.defineName("SOP_Orders", "=42");
    const workbook = createExcelPlanningWorkbook(book.host);
    expect((await workbook.inspect()).readyForPlan).toBe(false);
    expect(await workbook.runRollingPlan({ language: "en" })).toEqual({
      ok: false,
      problems: [{ kind: "notARange", range: "SOP_Orders", found: "42" }],
    });
  });
});

describe("run rolling plan", () => {
  test("writes S&OP Balance with the seed's figures, rolling gaps and formats", async () => {
    const book = seedWorkbook();
    const steps: RunStep[] = [];
    const outcome = okOutcome(
      await createExcelPlanningWorkbook(book.host, () => NOW).runRollingPlan({
        language: "en",
        onProgress: (step) => steps.push(step),
      })
    );
    expect(outcome).toMatchObject({
      sheet: "S&OP Balance",
      summary: { families: 1, periods: 6, shortagePeriods: 5 },
    });
    expect(steps).toEqual(["reading", "validating", "computing", "writing", "done"]);

    const rows = book.getValues("S&OP Balance", "A5:N10");
    expect(
      rows.map((r) => ({
        month: r[1],
        effectiveDemand: r[4],
        production: r[6],
        openingStock: r[5],
        closingStock: r[9],
        stockDays: oneDecimal(r[11] as number),
        safetyStock: r[10],
        utilization: pythonPercent(r[8] as number, 1),
        status: r[12],
      }))
    ).toEqual(
      seedRollingPlan.map((p, i) => ({
        ...p,
        status: ["Balanced", "Shortage", "Shortage", "Shortage", "Shortage", "Shortage"][i],
      }))
    );
    expect(rows.map((r) => r[13])).toEqual([0, 1700, 2300, 0, 0, 0]);
    expect(book.getValues("S&OP Balance", "A4:C4")).toEqual([["Family", "Period", "Forecast"]]);
    expect(String(book.getValues("S&OP Balance", "A2")[0]?.[0])).toContain(
      "Computed 2026-11-23 09:30 by the S&OP add-in from SOP_Periods (Plan!B1:G1), SOP_Forecast (Plan!B2:G2)"
    );

    const sheet = book.sheet("S&OP Balance");
    expect(sheet.frozenRows).toBe(4);
    expect(book.model.tables.filter((t) => t.sheet === sheet)).toHaveLength(1);
    expect(book.getCell("S&OP Balance", "I5").numberFormat).toBe("0.0%");
    expect(book.getCell("S&OP Balance", "L6").numberFormat).toBe("0.0");
    expect(sheet.conditionalFormats.map((f) => [f.rule?.text, f.fillColor])).toEqual([
      ["Shortage", "#FFC7CE"],
      ["Excess", "#FFEB9C"],
      ["Balanced", "#C6EFCE"],
    ]);
    // The sheet is marked as the add-in's own by a hidden name.
    expect(book.model.names.find((n) => n.name === "SOP_Output_Balance")).toMatchObject({
      visible: false,
    });
  });

  test("status words follow the language, the seed's own in Chinese", async () => {
    const book = seedWorkbook();
    await createExcelPlanningWorkbook(book.host, () => NOW).runRollingPlan({ language: "zh" });
    expect(book.getValues("S&OP Balance", "M5:M10").map((r) => r[0])).toEqual(
      seedRollingPlan.map((p) => seedStatusWord(p.status))
    );
  });

  test("one request resolves the names, one reads every input, one writes; calculation suspended while writing", async () => {
    const book = seedWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    await workbook.runRollingPlan({ language: "en" });
    expect(book.syncLog.map((s) => s.calculationSuspended)).toEqual([false, false, true]);
    // A re-run loads the old result's tables with the inputs: still three.
    book.resetLog();
    await workbook.runRollingPlan({ language: "en" });
    expect(book.syncLog.map((s) => s.calculationSuspended)).toEqual([false, false, true]);
  });

  test("1,000 families × 36 periods: at most 4 requests, each under Excel on the web's 5 MB", async () => {
    const families = 1000;
    const periods = 36;
    const book = largeWorkbook(families, periods);
    const outcome = okOutcome(
      await createExcelPlanningWorkbook(book.host, () => NOW).runRollingPlan({ language: "en" })
    );
    expect(outcome.summary).toMatchObject({ families, periods });
    expect(book.syncLog.length).toBeLessThanOrEqual(4);
    expect(book.syncLog.every((s) => s.bytes < 5 * 1024 * 1024 && s.error === undefined)).toBe(
      true
    );
    expect(
      book.syncLog.filter((s) => s.bytes > 1024 * 1024).every((s) => s.calculationSuspended)
    ).toBe(true);
    expect(
      book.getValues("S&OP Balance", `A${4 + families * periods}:B${5 + families * periods}`)
    ).toEqual([
      ["Family 1000", "P36"],
      ["", ""],
    ]);
  }, 60_000);

  test("a user's own sheet named S&OP Balance is left alone; the result goes to S&OP Balance (2)", async () => {
    const book = seedWorkbook();
    book.addSheet("S&OP Balance");
    book.setValues("S&OP Balance", "A1", [["my notes"]]);
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    const first = okOutcome(await workbook.runRollingPlan({ language: "en" }));
    expect(first).toMatchObject({ sheet: "S&OP Balance (2)", preferredSheet: "S&OP Balance" });
    expect(book.getValues("S&OP Balance", "A1")).toEqual([["my notes"]]);
    // The second run finds its own sheet again.
    const second = okOutcome(await workbook.runRollingPlan({ language: "en" }));
    expect(second.sheet).toBe("S&OP Balance (2)");
    expect(book.model.sheets.map((s) => s.name)).toEqual([
      "Plan",
      "S&OP Balance",
      "S&OP Balance (2)",
    ]);
  });

  test("re-running replaces the result cleanly: no stale rows when the plan got shorter", async () => {
    const book = seedWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    await workbook.runRollingPlan({ language: "en" });
    book.defineName("SOP_Periods_old", "Plan!$B$1:$G$1");
    for (const name of [
      "SOP_Periods",
      "SOP_Forecast",
      "SOP_Orders",
      "SOP_Production",
      "SOP_Capacity",
      "SOP_SafetyStock",
    ]) {
      const item = book.model.names.find((n) => n.name === name);
      if (item?.target.kind === "range")
        item.target = { ...item.target, block: { ...item.target.block, columns: 3 } };
    }
    okOutcome(await workbook.runRollingPlan({ language: "en" }));
    expect(book.getValues("S&OP Balance", "A5:B8").map((r) => r[1])).toEqual([
      "2024-04",
      "2024-05",
      "2024-06",
      "",
    ]);
    expect(book.model.tables.filter((t) => t.sheet.name === "S&OP Balance")).toHaveLength(1);
  });

  test("bad input: every problem with its cell, and nothing is written", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "F2", [["n/a"]]);
    book.setValues("Plan", "C5", [[-5]]);
    const outcome = await createExcelPlanningWorkbook(book.host).runRollingPlan({ language: "en" });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          kind: "notANumber",
          range: "SOP_Forecast",
          cell: "Plan!F2",
          errorClass: "#VALUE!",
          found: '"n/a"',
        },
        { kind: "negative", range: "SOP_Capacity", cell: "Plan!C5", found: "-5" },
      ],
    });
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(book.syncLog.every((s) => !s.calculationSuspended)).toBe(true);
  });

  test.each([
    {
      name: "a name pointing at #REF!",
      setup: (book: StandInWorkbook) => book.defineName("SOP_Capacity", "=#REF!$B$5:$G$5"),
      kind: "refError",
    },
    {
      name: "a name holding a constant",
      setup: (book: StandInWorkbook) => book.defineName("SOP_Capacity", "=15000"),
      kind: "notARange",
    },
    { name: "a missing required name", setup: () => undefined, kind: "missingName" },
  ])("$name is reported without touching its range", async ({ setup, kind }) => {
    const book = seedWorkbook({ skip: ["SOP_Capacity"] });
    setup(book);
    const outcome = await createExcelPlanningWorkbook(book.host).runRollingPlan({ language: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems).toContainEqual(
        expect.objectContaining({ kind, range: "SOP_Capacity" })
      );
  });

  test("more input cells than one request can take are refused before reading", async () => {
    const book = seedWorkbook({ skip: ["SOP_Forecast"] });
    book.defineName("SOP_Forecast", "Plan!$A$1:$J$200000");
    const outcome = await createExcelPlanningWorkbook(book.host).runRollingPlan({ language: "en" });
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ kind: "tooLarge", range: "SOP_Forecast", expected: String(MAX_INPUT_CELLS) }],
    });
  });
});

describe("gap scenarios", () => {
  test("S&OP Scenarios holds the tables for the 1700 and 2300 gaps", async () => {
    const book = seedWorkbook();
    const outcome = okOutcome(
      await createExcelPlanningWorkbook(book.host, () => NOW).runGapScenarios({ language: "zh" })
    );
    expect(outcome).toMatchObject({ sheet: "S&OP Scenarios", summary: { scenarioTables: 2 } });
    const rows = book.getValues("S&OP Scenarios", "A5:H12");
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ...Array.from({ length: 4 }, () => ["2024-05", 1700]),
      ...Array.from({ length: 4 }, () => ["2024-06", 2300]),
    ]);
    expect(rows.slice(0, 4).map((r) => r[3])).toEqual([
      seedGap.names[1],
      seedGap.names[2],
      seedGap.names[0],
      seedGap.names[3],
    ]);
    expect(book.getValues("S&OP Scenarios", "A13")).toEqual([[""]]);
  });

  test("without SOP_Options it asks for it and writes nothing", async () => {
    const book = seedWorkbook({ skip: ["SOP_Options"] });
    const outcome = await createExcelPlanningWorkbook(book.host).runGapScenarios({
      language: "en",
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ kind: "missingName", range: "SOP_Options" }],
    });
    expect(book.model.sheets).toHaveLength(1);
  });
});

describe("insert sample data, language, show sheet", () => {
  test("a new workbook works in one click: insert, then run", async () => {
    const book = createStandInWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    expect(await workbook.insertSampleData({ language: "en" })).toEqual({
      ok: true,
      sheet: "S&OP Input",
    });
    expect((await workbook.inspect()).readyForScenarios).toBe(true);
    const outcome = okOutcome(await workbook.runRollingPlan({ language: "en" }));
    expect(book.getValues(outcome.sheet, "N5:N10").map((r) => r[0])).toEqual([
      0, 1700, 2300, 0, 0, 0,
    ]);
    // Inserting again replaces the sample, not a second copy.
    expect(await workbook.insertSampleData({ language: "zh" })).toEqual({
      ok: true,
      sheet: "S&OP Input",
    });
    expect(book.model.sheets.filter((s) => s.name.startsWith("S&OP Input"))).toHaveLength(1);
  });

  test("never redefines a name that points at the planner's own cells", async () => {
    const book = seedWorkbook();
    const outcome = await createExcelPlanningWorkbook(book.host).insertSampleData({
      language: "en",
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems[0]).toEqual({
        kind: "nameTaken",
        range: "SOP_Periods",
        found: "Plan!B1:G1",
      });
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  test("the language is saved in the workbook and read back", async () => {
    const book = createStandInWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host);
    expect(await workbook.loadLanguage()).toBeUndefined();
    await workbook.saveLanguage("zh");
    expect(await workbook.loadLanguage()).toBe("zh");
    await workbook.saveLanguage("en");
    expect(await workbook.loadLanguage()).toBe("en");
    expect(book.model.names.filter((n) => n.name === "SOP_Language")).toHaveLength(1);
  });

  test("showSheet activates the sheet and selects A1", async () => {
    const book = seedWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host);
    const outcome = okOutcome(await workbook.runRollingPlan({ language: "en" }));
    await workbook.showSheet(outcome.sheet);
    expect(book.selection).toEqual({ sheet: "S&OP Balance", address: "'S&OP Balance'!A1" });
  });
});

describe("chunkRows", () => {
  test("keeps each chunk under the budget and every row in order", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ["family", i, 1.1111111111111112]);
    const chunks = chunkRows(rows, 200);
    expect(chunks.flat()).toEqual(rows);
    expect(chunks.every((chunk) => JSON.stringify(chunk).length <= 200 + chunk.length)).toBe(true);
    expect(chunks.length).toBeGreaterThan(10);
  });
});
