import { balancePlan, gapScenarios, Status } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type { MeetingOutcome, PlanningWorkbook } from "../../src/workbook";
import type { CellValue, StandInWorkbook } from "../../src/playground/excel";
import { seedGap, seedMonths, seedPlan, seedRollingPlan } from "../support/seedDemo";
import { columnLetters } from "../../src/excel/sheets/addresses";
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

    // Exceptions: one line per shortage (and per period over capacity or in excess), the most
    // units below safety stock first (no prices on this sheet), from the seed's own output.
    const shortages = seedRollingPlan
      .flatMap((p, period) =>
        balance.status[period] === Status.Shortage
          ? [[seedMonths[period], p.safetyStock - p.closingStock] as const]
          : []
      )
      .sort((a, b) => b[1] - a[1]);
    expect(shortages.length).toBeGreaterThan(0);
    const exceptionsTop = rowOf(book, "Family", rowOf(book, "Exceptions"));
    const exceptionRows = book
      .getValues(SHEET, `A${exceptionsTop + 1}:D${exceptionsTop + published.summary.exceptions}`)
      .filter((row) => row[2] === "Shortage");
    expect(exceptionRows.map((row) => [row[1], row[3]])).toEqual(shortages);

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
    // The larger gap first: June's 2,300, then May's 1,700.
    const expected = [...gaps].reverse().flatMap((gap, g) => {
      const analysis = gapScenarios(gap, 0, options);
      if (!analysis.ok || analysis.value.sufficient) throw new Error("a gap");
      const period = seedMonths[Array.from(balance.rollingGap).indexOf(gap)];
      expect(period).toBe(["2024-06", "2024-05"][g]);
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

describe("the plan in money in the pack", () => {
  test("the sample: revenue, budget, margin, gap and stock value by month, with two charts", async () => {
    const { createStandInWorkbook } = await import("../../src/playground/excel");
    const book = createStandInWorkbook();
    const workbook = open(book);
    await workbook.insertSampleData(EN);
    expect((await workbook.runRollingPlan(EN)).ok).toBe(true);
    ok(await workbook.publishMeetingPack(EN));
    const top = rowOf(book, "The plan in money, all families") + 1;
    const table = book.getValues(SHEET, `A${top}:G${top + 5}`);
    expect(table[0]).toEqual(["All families", ...seedMonths]);
    // The same numbers as S&OP Balance's money columns and its revenue-against-budget table.
    const balance = book.getValues("S&OP Balance", "A5:S10");
    const side = book.getValues("S&OP Balance", "U5:X10");
    const column = (rows: CellValue[][], c: number) => rows.map((row) => row[c]);
    expect(table.slice(1).map((row) => [row[0], ...row.slice(1)])).toEqual([
      ["Revenue", ...column(balance, 15)],
      ["Budget", ...column(side, 2)],
      ["Gross margin", ...column(balance, 17)],
      ["Revenue − budget", ...column(side, 3)],
      ["Closing stock value", ...column(balance, 18)],
    ]);
    expect(book.getCell(SHEET, `B${top + 1}`).numberFormat).toBe("#,##0");
    const charts = book.sheet(SHEET).charts;
    expect(charts.map((chart) => chart.title).slice(0, 2)).toEqual([
      "Revenue against budget, and gross margin",
      "Closing stock value",
    ]);
    // Revenue, budget and margin (rows 2–4 of the table), the stock value (row 6).
    expect(charts[0]?.source).toEqual({ row: top, column: 0, rows: 3, columns: 7 });
    expect(charts[1]?.source).toEqual({ row: top + 4, column: 0, rows: 1, columns: 7 });
  });

  test("in Chinese: yuan, the section's own words", async () => {
    const { createStandInWorkbook } = await import("../../src/playground/excel");
    const book = createStandInWorkbook();
    const workbook = open(book);
    await workbook.insertSampleData(ZH);
    ok(await workbook.publishMeetingPack(ZH));
    const top = rowOf(book, "计划的金额(全部产品族)") + 1;
    expect(book.getValues(SHEET, `A${top}:A${top + 5}`).map((row) => row[0])).toEqual([
      "全部产品族",
      "收入",
      "预算",
      "毛利",
      "收入 − 预算",
      "期末库存金额",
    ]);
    expect(book.getCell(SHEET, `B${top + 1}`).numberFormat).toBe("¥#,##0");
  });
});

describe("a pack that ranks: 1,000 families × 36 periods", () => {
  const families = 1000;
  const periods = 36;
  /** The large plan made short: each family produces a little less than it sells, each month. */
  function shortBook(withPrices: boolean): StandInWorkbook {
    const book = largeWorkbook(families, periods);
    const last = columnLetters(periods);
    const forecast = book.getValues("Big", `B2:${last}${families + 1}`);
    const top = families + 3;
    book.setValues(
      "Big",
      `B${top}:${last}${top + families - 1}`,
      forecast.map((line, f) => line.map((v, p) => Number(v) - ((f * 7 + p * 3) % 50)))
    );
    if (withPrices) {
      const column = columnLetters(periods + 6);
      const prices = Array.from({ length: families }, (_, f) => [10 + (f % 7)]);
      book.setValues("Big", `${column}2:${column}${families + 1}`, prices);
      book.defineName("SOP_Price", `Big!$${column}$2:$${column}$${families + 1}`);
      book.defineName("SOP_UnitCost", `Big!$${column}$2:$${column}$${families + 1}`);
    }
    return book;
  }

  test.each([
    ["units, without prices", false],
    ["revenue at risk, with prices", true],
  ] as const)("%s: the 20 most at stake, the rest counted by family", async (_, withPrices) => {
    const book = shortBook(withPrices);
    const workbook = open(book);
    expect((await workbook.runRollingPlan(EN)).ok).toBe(true);
    const balance = book.getValues("S&OP Balance", `A5:P${4 + families * periods}`);
    const shortages = balance
      .filter((row) => row[12] === "Shortage")
      .map((row) => {
        const units = Number(row[10]) - Number(row[9]);
        const price = withPrices ? Number(row[15]) / Number(row[14]) : 1;
        return [row[0], row[1], units, units * price] as const;
      });
    // Production never exceeds capacity, and no stock is three times its target: shortages only.
    expect(shortages.length).toBeGreaterThan(20_000);
    const published = ok(await workbook.publishMeetingPack(EN));
    expect(published.summary.exceptions).toBe(shortages.length);
    const column = columnA(book, 20_000);
    const top = column.indexOf("Family", column.indexOf("Exceptions")) + 1;
    const listed = book.getValues(SHEET, `A${top + 1}:E${top + 21}`);
    expect(listed[20]?.[0]).toBe(
      `${shortages.length - 20} more exceptions, in ${families} families:`
    );
    const stakes = listed.slice(0, 20).map((row) => (withPrices ? row[4] : row[3]) as number);
    const largest = shortages
      .map((s) => s[3])
      .sort((a, b) => b - a)
      .slice(0, 20);
    stakes.forEach((stake, i) => {
      expect(stake).toBeCloseTo(largest[i] ?? NaN, 6);
    });
    // Each listed line is a real shortage of that family and period, with its own units.
    for (const row of listed.slice(0, 20)) {
      const found = shortages.find((s) => s[0] === row[0] && s[1] === row[1]);
      expect(row[3]).toBeCloseTo(found?.[2] ?? NaN, 6);
    }
    // The rest, one row per family: the counts add up to every exception not listed.
    const rest = book.getValues(SHEET, `A${top + 23}:C${top + 22 + families}`);
    expect(rest.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(shortages.length - 20);
    const restStakes = rest.map((row) => Number(row[2]));
    expect(restStakes).toEqual([...restStakes].sort((a, b) => b - a));
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
