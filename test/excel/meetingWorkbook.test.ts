import { balancePlan, gapScenarios, Status } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type { MeetingOutcome, PlanningWorkbook } from "../../src/workbook";
import type { CellValue, StandInWorkbook } from "../../src/playground/excel";
import { seedGap, seedMonths, seedPlan, seedRollingPlan } from "../support/seedDemo";
import { largeWorkbook, seedWorkbook } from "../support/seedWorkbook";

const NOW = new Date(2026, 10, 24, 9, 30);
const EN = { language: "en" } as const;
const ZH = { language: "zh" } as const;
const SHEET = "S&OP Meeting";

function open(book: StandInWorkbook, now = NOW): PlanningWorkbook {
  return createExcelPlanningWorkbook(book.host, () => now);
}

function ok(outcome: MeetingOutcome): Extract<MeetingOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

/** Column A down to `rows`, to find a section by its label. */
function columnA(book: StandInWorkbook, rows = 150): CellValue[] {
  return book.getValues(SHEET, `A1:A${rows}`).map((row) => row[0] ?? "");
}

function rowOf(book: StandInWorkbook, label: string, after = 0): number {
  const index = columnA(book).findIndex((cell, i) => i >= after && cell === label);
  if (index < 0) throw new Error(`no row "${label}" in column A`);
  return index + 1;
}

const seedBalance = () => {
  const outcome = balancePlan(seedPlan());
  if (!outcome.ok) throw new Error("the seed plan is valid");
  return outcome.value;
};

describe("Publish meeting pack", () => {
  test("the seed demo: strip, exceptions, gap options, KPIs, charts and A4 landscape, values only", async () => {
    const book = seedWorkbook();
    const published = ok(await open(book).publishMeetingPack(EN));
    expect(published.sheet).toBe(SHEET);
    // The names, the inputs, one write.
    expect(book.syncLog.length).toBe(3);

    const [header, ...lines] = book.getValues(SHEET, "A1:A3").map((row) => row[0]);
    expect(header).toBe("S&OP Meeting");
    expect(lines[0]).toBe(
      "Cycle 2024-04 · Version: current inputs (not saved as a version) · Computed 2026-11-24 09:30"
    );

    // The strip: periods across, the seed's own numbers.
    const top = rowOf(book, "All products");
    const strip = book.getValues(SHEET, `A${top}:G${top + 6}`);
    expect(strip[0]).toEqual(["All products", ...seedMonths]);
    expect(strip[1]).toEqual([
      "Effective demand",
      ...seedRollingPlan.map((p) => p.effectiveDemand),
    ]);
    expect(strip[2]).toEqual(["Production", ...seedRollingPlan.map((p) => p.production)]);
    expect(strip[4]).toEqual(["Closing stock", ...seedRollingPlan.map((p) => p.closingStock)]);
    expect(strip[5]).toEqual(["Safety stock", ...seedRollingPlan.map((p) => p.safetyStock)]);
    const balance = seedBalance();
    const words = ["Balanced", "Shortage", "Excess"];
    expect(strip[6]).toEqual(["Status", ...Array.from(balance.status, (s) => words[s])]);
    expect(book.getCell(SHEET, `B${top}`).numberFormat).toBe("@");

    // Exceptions: one line per shortage (and per period over capacity or in excess).
    const shortages = Array.from(balance.status).flatMap((status, period) =>
      status === Status.Shortage ? [seedMonths[period]] : []
    );
    expect(shortages.length).toBeGreaterThan(0);
    const exceptionsTop = rowOf(book, "Family", rowOf(book, "Exceptions"));
    const exceptionRows = book
      .getValues(SHEET, `A${exceptionsTop + 1}:C${exceptionsTop + published.summary.exceptions}`)
      .filter((row) => row[2] === "Shortage");
    expect(exceptionRows.map((row) => row[1])).toEqual(shortages);

    // Gaps: the rolling gaps the seed has (1700 and 2300), each with its best options.
    const gapTop = rowOf(book, "Family", rowOf(book, "Options for each gap"));
    const gapRows = book.getValues(SHEET, `A${gapTop}:F${gapTop + 6}`);
    expect(gapRows[0]).toEqual(["Family", "Period", "Gap", "Rank", "Gap left", "Option"]);
    const gaps = Array.from(balance.rollingGap).filter((gap) => gap > 0);
    expect(gaps).toEqual([1700, 2300]);
    const options = seedGap.names.map((name, o) => ({
      name,
      capacity: seedGap.capacities[o] ?? 0,
    }));
    const expected = gaps.flatMap((gap, g) => {
      const analysis = gapScenarios(gap, 0, options);
      if (!analysis.ok || analysis.value.sufficient) throw new Error("a gap");
      const period = seedMonths[Array.from(balance.rollingGap).indexOf(gap)];
      expect(period).toBe(["2024-05", "2024-06"][g]);
      return analysis.value.scenarios
        .slice(0, 3)
        .map((s, rank) => ["All products", period, gap, rank + 1, s.remainingGap, s.name]);
    });
    expect(gapRows.slice(1)).toEqual(expected);
    expect(published.summary.gaps).toBe(2);

    // KPIs with their definitions.
    const kpiTop = rowOf(book, "KPI");
    const kpis = book.getValues(SHEET, `A${kpiTop + 1}:C${kpiTop + 7}`);
    expect(kpis[0]?.slice(0, 2)).toEqual(["Periods in shortage", shortages.length / 6]);
    expect(kpis[0]?.[2]).toBe(`${shortages.length} of 6 family × periods`);
    // The definitions are printed below the table, one line each.
    expect(columnA(book)).toContain(
      "Periods in shortage: share of family × period cells whose closing stock is below safety stock."
    );
    expect(book.getCell(SHEET, `B${kpiTop + 1}`).numberFormat).toBe("0.0%");
    const utilization = kpis.find((row) => row[0] === "Capacity utilization, All products");
    const input = seedPlan();
    const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);
    expect(utilization?.[1]).toBeCloseTo(sum(input.production) / sum(input.capacity), 12);
    expect(kpis.find((row) => row[0] === "Decision execution rate")?.[1]).toBe("n/a");
    expect(kpis.find((row) => row[0] === "Plan-change frequency")?.[2]).toMatch(/^No version/);

    // Values only: nothing on the sheet is a formula.
    const sheet = book.sheet(SHEET);
    expect([...sheet.cells.entries()].filter(([, , cell]) => cell.formula)).toEqual([]);

    // Two charts on the strip's rows, categories the periods; A4 landscape, one page wide.
    expect(sheet.charts.map((chart) => [chart.type, chart.title])).toEqual([
      ["ColumnClustered", "All products: demand, production and capacity"],
      ["Line", "All products: closing stock and safety stock"],
    ]);
    const [supply, stock] = sheet.charts;
    expect(supply?.source).toEqual({ row: top, column: 0, rows: 3, columns: 7 });
    expect(stock?.source).toEqual({ row: top + 3, column: 0, rows: 2, columns: 7 });
    expect(supply?.categories).toEqual({ row: top - 1, column: 1, rows: 1, columns: 6 });
    expect(supply?.position?.from.row).toBeGreaterThan(kpiTop);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      printGridlines: false,
    });
    // Status words coloured as on S&OP Balance.
    expect(sheet.conditionalFormats.map((cf) => cf.rule?.text).sort()).toEqual(
      ["Balanced", "Excess", "Shortage"].sort()
    );
  });

  test("in Chinese, with decisions and the previous cycle's version", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await workbook.addDecision(
      { decision: "加班补缺口", family: "", period: "2024-05", owner: "王芳", due: "2024-05-15" },
      ZH
    );
    await workbook.addDecision(
      { decision: "外协", family: "", period: "2024-06", owner: "李明", due: "2026-12-31" },
      ZH
    );
    await workbook.closeDecision(1, "done", ZH);
    const rolled = await workbook.rollForward(ZH);
    if (!rolled.ok) throw new Error(JSON.stringify(rolled.problems));
    await workbook.addDecision(
      { decision: "提高安全库存", family: "", period: "", owner: "赵强", due: "" },
      ZH
    );
    const saved = await workbook.saveVersion({ name: "五月共识", note: "" }, ZH);
    expect(saved.ok).toBe(true);
    book.resetLog();
    const published = ok(await workbook.publishMeetingPack(ZH));
    expect(book.syncLog.length).toBeLessThanOrEqual(6);
    expect(published.summary.openDecisions).toBe(2);

    expect(book.getValues(SHEET, "A1:A2")).toEqual([
      ["S&OP 会议材料"],
      ["周期 2024-05 · 版本:«五月共识» (2026-11-24 09:30) · 计算于 2026-11-24 09:30"],
    ]);
    const decisionsTop = rowOf(book, "决策");
    expect(book.getValues(SHEET, `A${decisionsTop + 1}:G${decisionsTop + 2}`)).toEqual([
      ["外协", 2, "", "2024-06", "李明", "2026-12-31", "2024-04"],
      ["提高安全库存", 3, "", "", "赵强", "", "2024-05"],
    ]);
    expect(columnA(book)).toContain("其中 1 项从以前的周期延续而来。");
    expect(columnA(book)).toContain(
      "上一周期(2024-04):决策 2 项,已完成 1 项,已放弃 0 项,仍未完成 1 项。"
    );
    const kpiTop = rowOf(book, "指标");
    const kpis = book.getValues(SHEET, `A${kpiTop + 1}:C${kpiTop + 9}`);
    // Decision 1 was due 2024-05-15 and is done; decision 2 is due later.
    expect(kpis.find((row) => row[0] === "决策执行率")?.[1]).toBe(1);
    // Roll forward keeps the inputs of the periods both plans share: 2024-05…07 did not change.
    const change = kpis.find((row) => row[0] === "计划变更频率");
    expect(change?.[1]).toBe(0);
    expect(change?.[2]).toBe("自 «2024-04» 以来 3 个中 0 个有变化(2024-05, 2024-06, 2024-07)");
  });

  test("a planner's own S&OP Meeting sheet is left alone; publishing again replaces ours", async () => {
    const book = seedWorkbook();
    book.addSheet(SHEET);
    book.setValues(SHEET, "A1", [["my notes"]]);
    const workbook = open(book);
    const first = ok(await workbook.publishMeetingPack(EN));
    expect(first).toMatchObject({ sheet: "S&OP Meeting (2)", preferredSheet: SHEET });
    expect(book.getValues(SHEET, "A1")).toEqual([["my notes"]]);

    ok(await workbook.publishMeetingPack(EN));
    const ours = book.sheet("S&OP Meeting (2)");
    expect(ours.charts).toHaveLength(2);
    expect(ours.conditionalFormats).toHaveLength(3);
    expect(book.model.sheets.map((sheet) => sheet.name)).toEqual([
      "Plan",
      SHEET,
      "S&OP Meeting (2)",
    ]);
  });

  test("bad input: the problems named, nothing written", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "D2", [["n/a"]]);
    const outcome = await open(book).publishMeetingPack(EN);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ range: "SOP_Forecast", cell: "Plan!D2", found: '"n/a"' }),
      ],
    });
    expect(book.model.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
  });

  test("1,000 families × 36 periods: at most 6 syncs, every request and response under 5 MB", async () => {
    const book = largeWorkbook(1000, 36);
    const published = ok(await open(book).publishMeetingPack(EN));
    expect(book.syncLog.length).toBeLessThanOrEqual(6);
    for (const sync of book.syncLog) {
      expect(sync.bytes).toBeLessThan(5 * 1024 * 1024);
      expect(sync.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(published.summary).toMatchObject({ families: 1000, periods: 36, charts: 24 });
    expect(columnA(book, 100_000)).toContain("Family 1000");
    expect(columnA(book, 100_000)).toContain("Charts of the first 12 of 1000 families.");
  });
});

describe("the supply plan's options in the pack", () => {
  async function sample(solver: boolean) {
    const { createStandInWorkbook } = await import("../../src/playground/excel");
    const { loadSolver } = await import("../../src/solver/highs");
    const { inlineForecaster } = await import("../../src/excel/forecaster");
    const book = createStandInWorkbook();
    const workbook = createExcelPlanningWorkbook(
      book.host,
      () => NOW,
      inlineForecaster,
      solver ? () => loadSolver() : undefined
    );
    await workbook.insertSampleData(EN);
    return { book, workbook };
  }

  test("the cheapest plan, the planner's, level and chase plans as the supply sheet words them, and the shortage list", async () => {
    const { book, workbook } = await sample(true);
    const supply = await workbook.optimizeSupply(EN);
    if (!supply.ok) throw new Error(JSON.stringify(supply.problems));
    ok(await workbook.publishMeetingPack(EN));
    const start = rowOf(book, "Supply plan options");
    const lines = columnA(book).slice(start, start + 5);
    // The same words as S&OP Supply Plan's lines for the same comparisons.
    const sheet = book.getValues("S&OP Supply Plan", "A3:A6").map((row) => row[0]);
    expect(lines[0]).toMatch(/^Cheapest plan within every limit of SOP_PlanParameters: [\d,.]+ /);
    expect(lines.slice(1, 4)).toEqual(sheet.slice(1, 4));
    expect(lines[4]).toBe(
      "Resource shortage list: where the cheapest plan needs more than regular capacity"
    );
    const header = book.getValues(SHEET, `A${start + 6}:E${start + 6}`)[0];
    expect(header).toEqual(["Resource", "Period", "Lever", "Quantity", "Cost"]);
    const rows = book
      .getValues(SHEET, `A${start + 7}:E${start + 7 + supply.summary.shortageLines - 1}`)
      .map((row) => [row[1], row[3]]);
    expect(rows).toEqual(supply.summary.shortages.map((line) => [line.period, line.quantity]));
  });

  test("without the solver the pack is published and says the supply plan's options are missing", async () => {
    const { book, workbook } = await sample(false);
    ok(await workbook.publishMeetingPack(EN));
    const start = rowOf(book, "Supply plan options");
    expect(columnA(book)[start]).toMatch(/^The solver could not be loaded/);
  });
});
