import { supplyReview, type PlanParameters } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { inlineForecaster } from "../../src/excel/forecaster";
import { sampleLayout } from "../../src/excel/sheets/sample";
import { createStandInWorkbook, type StandInWorkbook } from "../../src/playground/excel";
import { loadSolver } from "../../src/solver/highs";
import type { SolverLoader } from "../../src/workbook";
import { seedRollingPlan, seedSeries } from "../support/seedDemo";
import { seedWorkbook } from "../support/seedWorkbook";

/**
 * The supply review over the real Excel layer on the stand-in: Optimize supply plan on the sample
 * (the sheet against the engine's own review of the same inputs, the planner's plan named
 * infeasible where the seed's output falls short), the refusals naming the cell, Use optimized
 * plan, and families sharing a resource.
 */

const NOW = new Date(2024, 3, 1, 9, 0);
const solver: SolverLoader = () => loadSolver();
const SHEET = "S&OP Supply Plan";

function planning(book: StandInWorkbook, withSolver = true) {
  return createExcelPlanningWorkbook(
    book.host,
    () => NOW,
    inlineForecaster,
    withSolver ? solver : undefined
  );
}

async function sampleBook() {
  const book = createStandInWorkbook();
  const workbook = planning(book);
  await workbook.insertSampleData({ language: "en" });
  return { book, workbook };
}

/** The sample's supply parameters, read from its layout (not typed here). */
function sampleParameters(): PlanParameters {
  const layout = sampleLayout("en");
  const entry = layout.names.find((n) => n.name === "SOP_PlanParameters");
  if (!entry) throw new Error("no SOP_PlanParameters in the sample");
  const rows = layout.values.slice(entry.row, entry.row + entry.rows);
  return Object.fromEntries(
    rows
      .map((row) => row.slice(entry.column, entry.column + 2))
      .filter((row) => typeof row[1] === "number")
      .map((row) => [row[0], row[1]])
  ) as PlanParameters;
}

describe("Optimize supply plan on the sample", () => {
  test("writes S&OP Supply Plan: the engine's cheapest plan, period by period, your plan beside it", async () => {
    const { book, workbook } = await sampleBook();
    const steps: string[] = [];
    const outcome = await workbook.optimizeSupply({
      language: "en",
      onProgress: (step) => steps.push(step),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.sheet).toBe(SHEET);
    expect(steps).toEqual(["reading", "validating", "computing", "writing", "done"]);
    const solve = await loadSolver();
    const plan = {
      families: 1,
      periods: 6,
      forecast: Float64Array.from(seedSeries.forecast),
      orders: Float64Array.from(seedSeries.orders),
      production: Float64Array.from(seedSeries.production),
      capacity: Float64Array.from(seedSeries.capacity),
      safetyStock: Float64Array.from(seedSeries.safetyStock),
      openingStock: Float64Array.from([seedSeries.openingStock]),
    };
    const expected = supplyReview(
      { plan, parameters: [sampleParameters()], resources: [undefined] },
      solve
    );
    if (!expected.ok) throw new Error("engine refused");
    const { optimized } = expected.value;
    expect(outcome.summary.cost).toBeCloseTo(optimized.cost, 6);
    const cells = book.getValues(SHEET, "A1:Q40");
    const header = cells.findIndex((row) => row[0] === "Family");
    const rows = cells.slice(header + 1, header + 7);
    rows.forEach((row, t) => {
      const period = optimized.families[0]?.periods[t];
      expect(row[2]).toBe(seedRollingPlan[t]?.month);
      expect(row[3]).toBe(seedRollingPlan[t]?.effectiveDemand);
      expect(row[4]).toBeCloseTo(period?.regular ?? NaN, 6);
      expect(row[7]).toBeCloseTo(
        (period?.regular ?? 0) + (period?.overtime ?? 0) + (period?.subcontract ?? 0),
        6
      );
      expect(row[8]).toBe(seedSeries.production[t]);
      expect(row[9]).toBeGreaterThanOrEqual((seedSeries.safetyStock[t] ?? 0) - 1e-6);
    });
    const costs = rows.reduce((sum, row) => sum + Number(row[15]), 0);
    expect(costs).toBeCloseTo(optimized.cost, 6);
  });

  test("your plan cannot be made where the seed's own rolling plan first falls below safety stock", async () => {
    const { workbook } = await sampleBook();
    const outcome = await workbook.optimizeSupply({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const first = seedRollingPlan.find((p) => p.closingStock < p.safetyStock);
    const planner = outcome.summary.baselines.find((b) => b.baseline === "planner");
    expect(planner).toEqual({
      baseline: "planner",
      infeasible: {
        kind: "infeasible",
        family: "Demo product",
        period: first?.month,
        units: (first?.safetyStock ?? 0) - (first?.closingStock ?? 0),
      },
    });
    // The level and chase plans are costed, or say why they cannot be made.
    expect(outcome.summary.baselines.map((b) => b.baseline)).toEqual(["planner", "level", "chase"]);
  });

  test("the shortage list beside the plan: its lines are the plan's overtime and subcontracting", async () => {
    const { book, workbook } = await sampleBook();
    const outcome = await workbook.optimizeSupply({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const cells = book.getValues(SHEET, "A1:X40");
    const header = cells.findIndex((row) => row[0] === "Family");
    const side = (cells[header] ?? []).indexOf("Lever");
    expect(side).toBeGreaterThan(17);
    const lines = cells.slice(header + 1).filter((row) => row[side] !== "");
    expect(lines).toHaveLength(outcome.summary.shortageLines);
    expect(lines.length).toBeGreaterThan(0);
    const plan = cells.slice(header + 1, header + 7);
    for (const line of lines) {
      const period = plan.find((row) => row[2] === line[side - 1]);
      const column = line[side] === "Overtime" ? 5 : 6;
      expect(line[side + 1]).toBeCloseTo(Number(period?.[column]), 6);
    }
  });

  test("a planner's own sheet named S&OP Supply Plan is never written over", async () => {
    const { book, workbook } = await sampleBook();
    book.addSheet(SHEET);
    book.setValues(SHEET, "A1", [["mine"]]);
    const outcome = await workbook.optimizeSupply({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.sheet).toBe(`${SHEET} (2)`);
    expect(outcome.preferredSheet).toBe(SHEET);
    expect(book.getValues(SHEET, "A1")).toEqual([["mine"]]);
  });

  test("Chinese: the sheet's words and the lever names", async () => {
    const { book, workbook } = await sampleBook();
    const outcome = await workbook.optimizeSupply({ language: "zh" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(book.getValues(outcome.sheet, "A1")).toEqual([["S&OP 供应计划"]]);
  });
});

describe("what Optimize supply plan refuses, naming the cell, writing nothing", () => {
  async function refused(edit: (book: StandInWorkbook) => void) {
    const { book, workbook } = await sampleBook();
    edit(book);
    const outcome = await workbook.optimizeSupply({ language: "en" });
    expect(book.model.sheets.some((s) => s.name === SHEET)).toBe(false);
    return outcome.ok ? [] : outcome.problems;
  }
  const parameterCell = (row: number) => {
    const entry = sampleLayout("en").names.find((n) => n.name === "SOP_PlanParameters");
    return (entry?.row ?? 0) + 1 + row;
  };
  test("an unknown parameter name and a text value", async () => {
    const problems = await refused((book) => {
      book.setValues("S&OP Input", `I${parameterCell(0)}`, [["regular_capcity"]]);
      book.setValues("S&OP Input", `J${parameterCell(1)}`, [["fifty"]]);
    });
    expect(problems.map((p) => [p.kind, p.range, p.cell])).toEqual([
      ["notANumber", "SOP_PlanParameters", `'S&OP Input'!J${parameterCell(1)}`],
    ]);
    const unknown = await refused((book) => {
      book.setValues("S&OP Input", `I${parameterCell(0)}`, [["regular_capcity"]]);
    });
    expect(unknown.map((p) => [p.kind, p.cell, p.found])).toEqual([
      ["unknownParameter", `'S&OP Input'!I${parameterCell(0)}`, "regular_capcity"],
    ]);
  });
  test("no plan within the limits: the forecast cell of the first period short, by how much", async () => {
    const problems = await refused((book) => {
      // Neither overtime nor subcontracting: 12,000 a month on regular time only.
      book.setValues("S&OP Input", `J${parameterCell(3)}`, [[""]]);
      book.setValues("S&OP Input", `J${parameterCell(5)}`, [[""]]);
    });
    // By the end of month t, Σ demand + its safety stock − the opening stock must have been made:
    // the first month where that is more than (t + 1) × 12,000, and by how much.
    let demand = 0;
    const short = seedRollingPlan.map((p, t) => {
      demand += p.effectiveDemand;
      return demand + p.safetyStock - seedSeries.openingStock - 12_000 * (t + 1);
    });
    const first = short.findIndex((units) => units > 0);
    expect(problems.map((p) => [p.kind, p.range, p.cell, p.found])).toEqual([
      [
        "infeasible",
        "SOP_Forecast",
        `'S&OP Input'!${String.fromCharCode(66 + first)}5`,
        String(short[first]),
      ],
    ]);
  });
  test("no SOP_PlanParameters: the name is missing", async () => {
    const book = seedWorkbook();
    const outcome = await planning(book).optimizeSupply({ language: "en" });
    expect(!outcome.ok && outcome.problems).toEqual([
      { kind: "missingName", range: "SOP_PlanParameters" },
    ]);
  });
  test("no solver: it says it cannot run", async () => {
    const book = createStandInWorkbook();
    const workbook = planning(book, false);
    await workbook.insertSampleData({ language: "en" });
    const outcome = await workbook.optimizeSupply({ language: "en" });
    expect(!outcome.ok && outcome.problems[0]?.kind).toBe("solverUnavailable");
  });
});

describe("Use optimized plan", () => {
  test("before an optimization there is nothing to use", async () => {
    const { workbook } = await sampleBook();
    const preview = await workbook.previewUseSupplyPlan();
    expect(!preview.ok && preview.problems).toEqual([
      { kind: "supplyNotRun", range: "SOP_Production" },
    ]);
  });
  test("previews the changes, writes them, and the rolling plan then has no shortage", async () => {
    const { book, workbook } = await sampleBook();
    const optimized = await workbook.optimizeSupply({ language: "en" });
    if (!optimized.ok) throw new Error(JSON.stringify(optimized.problems));
    const before = await workbook.runRollingPlan({ language: "en" });
    expect(before.ok && before.summary.shortagePeriods).toBeGreaterThan(0);
    const preview = await workbook.previewUseSupplyPlan();
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.change.range).toBe("SOP_Production");
    expect(preview.change.cells).toBeGreaterThan(0);
    const used = await workbook.useOptimizedPlan({ language: "en" });
    expect(used).toEqual({ ok: true, changedCells: preview.change.cells });
    const cells = book.getValues(SHEET, "A1:H40");
    const header = cells.findIndex((row) => row[0] === "Family");
    const production = cells.slice(header + 1, header + 7).map((row) => row[7]);
    expect(book.getValues("S&OP Input", "B7:G7")[0]).toEqual(production);
    const after = await workbook.runRollingPlan({ language: "en" });
    expect(after.ok && after.summary.shortagePeriods).toBe(0);
  });
  test("inputs changed since the optimization: optimize again first", async () => {
    const { book, workbook } = await sampleBook();
    await workbook.optimizeSupply({ language: "en" });
    book.setValues("S&OP Input", "C5", [[14_000]]);
    const preview = await workbook.previewUseSupplyPlan();
    expect(!preview.ok && preview.problems[0]?.kind).toBe("supplyStale");
  });
});

describe("families sharing a resource", () => {
  /** The seed demo as two families (A with 60 % of it, B with 40 %), with parameter columns per family. */
  function twoFamilies(resources: string[], capacities: [number, number]) {
    const book = seedWorkbook({
      skip: ["SOP_Forecast", "SOP_Orders", "SOP_Production", "SOP_Capacity", "SOP_SafetyStock"],
    });
    const scale = (values: number[], share: number) => values.map((v) => v * share);
    book.setValues("Plan", "B2:G3", [
      scale(seedSeries.forecast, 0.6),
      scale(seedSeries.forecast, 0.4),
    ]);
    book.setValues("Plan", "B20:G21", [
      scale(seedSeries.production, 0.6),
      scale(seedSeries.production, 0.4),
    ]);
    book.setValues("Plan", "A2:A3", [["A"], ["B"]]);
    book.setValues("Plan", "I1:K5", [
      ["regular_capacity", capacities[0], capacities[1]],
      ["regular_cost", 50, 55],
      ["subcontract_cost", 80, 80],
      ["holding_cost", 2, 2],
      ["overtime_cost", 100, 100],
    ]);
    book.setValues("Plan", "I8:J8", [resources]);
    book.defineName("SOP_Forecast", "Plan!$B$2:$G$3");
    book.defineName("SOP_Production", "Plan!$B$20:$G$21");
    book.defineName("SOP_Families", "Plan!$A$2:$A$3");
    book.defineName("SOP_PlanParameters", "Plan!$I$1:$K$5");
    book.defineName("SOP_Resources", "Plan!$I$8:$J$8");
    // One capacity and one safety stock for both families.
    book.defineName("SOP_Capacity", "Plan!$B$5");
    book.defineName("SOP_SafetyStock", "Plan!$B$6");
    return book;
  }
  test("one line for both: one resource, and its capacity never exceeded by the two together", async () => {
    const book = twoFamilies(["Line 1", "Line 1"], [12_000, 12_000]);
    const outcome = await planning(book).optimizeSupply({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.summary.resources).toBe(1);
    const cells = book.getValues(SHEET, "A1:Q40");
    const header = cells.findIndex((row) => row[0] === "Family");
    const rows = cells.slice(header + 1, header + 13);
    for (let t = 0; t < 6; t++) {
      const regular = rows
        .filter((row) => row[2] === seedRollingPlan[t]?.month)
        .reduce((sum, row) => sum + Number(row[4]), 0);
      expect(regular).toBeLessThanOrEqual(12_000 + 1e-6);
    }
    expect(rows.every((row) => row[1] === "Line 1")).toBe(true);
  });
  test("two families of one line that disagree on its capacity: the cell is named", async () => {
    const book = twoFamilies(["Line 1", "Line 1"], [12_000, 10_000]);
    const outcome = await planning(book).optimizeSupply({ language: "en" });
    expect(!outcome.ok && outcome.problems).toEqual([
      {
        kind: "resourceConflict",
        range: "SOP_PlanParameters",
        cell: "Plan!K1",
        found: "regular_capacity",
        expected: "Line 1",
      },
    ]);
  });
  test("a line each: two resources, each family its own capacity", async () => {
    const book = twoFamilies(["", ""], [12_000, 10_000]);
    const outcome = await planning(book).optimizeSupply({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.summary.resources).toBe(2);
  });
});
