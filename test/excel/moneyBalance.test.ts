import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { interpretInputs, type RangeReads } from "../../src/excel/sheets/inputs";
import { sampleLayout } from "../../src/excel/sheets/sample";
import { createStandInWorkbook } from "../../src/playground/excel";
import { seedMonths, seedRollingPlan } from "../support/seedDemo";
import { seedWorkbook } from "../support/seedWorkbook";

/**
 * The plan in money on S&OP Balance: the sample's price, unit cost and budget give the columns
 * their definitions give (from the seed's own output), a budget per family a column of its own,
 * the planner's price format is kept, and bad money inputs are named at their cell.
 */

const NOW = new Date(2024, 3, 1, 9, 0);
const planning = (book: ReturnType<typeof createStandInWorkbook>) =>
  createExcelPlanningWorkbook(book.host, () => NOW);

/** One named single cell or line of the sample, read from its layout (not typed here). */
function sampleValues(name: string): number[] {
  const layout = sampleLayout("en");
  const entry = layout.names.find((n) => n.name === name);
  if (!entry) throw new Error(`no ${name} in the sample`);
  return layout.values
    .slice(entry.row, entry.row + entry.rows)
    .flatMap((row) => row.slice(entry.column, entry.column + entry.columns)) as number[];
}

describe("S&OP Balance in money, on the sample", () => {
  test("shipped, revenue, COGS, margin and stock value follow their definitions from the seed's output", async () => {
    const book = createStandInWorkbook();
    const workbook = planning(book);
    await workbook.insertSampleData({ language: "en" });
    const outcome = await workbook.runRollingPlan({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const [price] = sampleValues("SOP_Price");
    const [cost] = sampleValues("SOP_UnitCost");
    const budget = sampleValues("SOP_Budget");
    if (price === undefined || cost === undefined) throw new Error("the sample has no price");
    expect(book.getValues("S&OP Balance", "O4:S4")).toEqual([
      ["Shipped", "Revenue", "COGS", "Gross margin", "Closing stock value"],
    ]);
    const rows = book.getValues("S&OP Balance", "O5:S10");
    seedRollingPlan.forEach((p, t) => {
      const shipped =
        p.effectiveDemand + Math.max(0, -p.openingStock) - Math.max(0, -p.closingStock);
      expect(rows[t]).toEqual([
        shipped,
        shipped * price,
        shipped * cost,
        shipped * (price - cost),
        Math.max(0, p.closingStock) * cost,
      ]);
    });
    // One family: the budget is for all families, compared per period in the table beside.
    expect(book.getValues("S&OP Balance", "U3:X4")).toEqual([
      ["Revenue against budget, all families", "", "", ""],
      ["Period", "Revenue", "Budget", "Revenue − budget"],
    ]);
    const side = book.getValues("S&OP Balance", "U5:X10");
    seedRollingPlan.forEach((p, t) => {
      const revenue =
        (p.effectiveDemand + Math.max(0, -p.openingStock) - Math.max(0, -p.closingStock)) * price;
      expect(side[t]).toEqual([seedMonths[t], revenue, budget[t], revenue - (budget[t] ?? 0)]);
    });
    expect(book.getCell("S&OP Balance", "P5").numberFormat).toBe("#,##0");
  });

  test("in Chinese, money is in yuan", async () => {
    const book = createStandInWorkbook();
    const workbook = planning(book);
    await workbook.insertSampleData({ language: "zh" });
    expect((await workbook.runRollingPlan({ language: "zh" })).ok).toBe(true);
    expect(book.getValues("S&OP Balance", "O4:S4")).toEqual([
      ["发货量", "收入", "销售成本", "毛利", "期末库存金额"],
    ]);
    expect(book.getCell("S&OP Balance", "P5").numberFormat).toBe("¥#,##0");
    expect(book.getCell("S&OP Balance", "O5").numberFormat).toBe("#,##0");
  });
});

test("the README's worked example is what the sample's S&OP Balance shows, cell by cell", async () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const block = /<!-- money-example -->([\s\S]*?)<!-- \/money-example -->/.exec(readme)?.[1] ?? "";
  const number = (text: string) => Number(text.trim().replace(/,/g, "").replace("−", "-"));
  const table = block
    .split("\n")
    .filter((line) => /^\| \d{4}-\d{2}/.test(line))
    .map((line) => line.split("|").slice(1, -1));
  expect(table).toHaveLength(6);
  const book = createStandInWorkbook();
  const workbook = planning(book);
  await workbook.insertSampleData({ language: "en" });
  expect((await workbook.runRollingPlan({ language: "en" })).ok).toBe(true);
  const plan = book.getValues("S&OP Balance", "A5:S10");
  const side = book.getValues("S&OP Balance", "U5:X10");
  table.forEach(([period, demand, opening, closing, ...money], t) => {
    const row = plan[t] ?? [];
    expect(row[1]).toBe(period?.trim());
    // Effective demand, opening and closing stock: columns E, F and J; money: O to S; budget: W, X.
    expect([row[4], row[5], row[9]]).toEqual(
      [demand, opening, closing].map((c) => number(c ?? ""))
    );
    expect([...row.slice(14, 19), side[t]?.[2], side[t]?.[3]]).toEqual(money.map((c) => number(c)));
  });
});

/** An empty sheet Plan, and `put`: values written at an address, a name defined over them. */
function planSheet() {
  const book = createStandInWorkbook({ sheets: ["Plan"] });
  const put = (name: string, address: string, values: (string | number)[][]) => {
    book.setValues("Plan", address, values);
    book.defineName(name, `Plan!${address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
  };
  return { book, put };
}

describe("money inputs on a planner's sheet", () => {
  test("without SOP_Price the sheet keeps the contract's 14 columns", async () => {
    const book = seedWorkbook();
    expect((await planning(book).runRollingPlan({ language: "en" })).ok).toBe(true);
    expect(book.getValues("S&OP Balance", "N4:O4")).toEqual([["Rolling gap", ""]]);
  });

  test("a budget per family gets its own column: revenue − that family's budget", async () => {
    // Two families on a sheet of their own: A has stock to sell, B ships what it makes.
    const { book, put } = planSheet();
    put("SOP_Periods", "B1:C1", [["2024-04", "2024-05"]]);
    put("SOP_Families", "A2:A3", [["A"], ["B"]]);
    put("SOP_Forecast", "B2:C3", [
      [500, 800],
      [100, 100],
    ]);
    put("SOP_Production", "E2:F3", [
      [400, 400],
      [100, 100],
    ]);
    put("SOP_Capacity", "H2", [[1000]]);
    put("SOP_SafetyStock", "I2", [[0]]);
    put("SOP_OpeningStock", "J2:J3", [[200], [0]]);
    put("SOP_Price", "K2:K3", [[100], [120]]);
    put("SOP_UnitCost", "L2:L3", [[60], [70]]);
    put("SOP_Budget", "B5:C6", [
      [50_000, 50_000],
      [10_000, 10_000],
    ]);
    const outcome = await planning(book).runRollingPlan({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(book.getValues("S&OP Balance", "T4")).toEqual([["Revenue − budget"]]);
    // A: 200 + 400 on hand for 500 ships 500 (100 left); then 100 + 400 for 800 ships 500 and
    // leaves 300 owed. B ships its 100 a month.
    expect(book.getValues("S&OP Balance", "O5:T8")).toEqual([
      [500, 50_000, 30_000, 20_000, 100 * 60, 0],
      [500, 50_000, 30_000, 20_000, 0, 0],
      [100, 12_000, 7_000, 5_000, 0, 2_000],
      [100, 12_000, 7_000, 5_000, 0, 2_000],
    ]);
  });

  test("backlog ships when it can: the next period's shipments include it", async () => {
    const { book, put } = planSheet();
    put("SOP_Periods", "B1:C1", [["2024-04", "2024-05"]]);
    put("SOP_Forecast", "B2:C2", [[500, 100]]);
    put("SOP_Production", "B3:C3", [[300, 400]]);
    put("SOP_Capacity", "B4", [[1000]]);
    put("SOP_SafetyStock", "B5", [[0]]);
    put("SOP_OpeningStock", "B6", [[0]]);
    put("SOP_Price", "B7", [[10]]);
    put("SOP_UnitCost", "B8", [[6]]);
    const outcome = await planning(book).runRollingPlan({ language: "en" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    // April: 300 made for 500 wanted, 200 owed. May: 400 made, the 200 owed and May's 100 ship,
    // 100 left in stock.
    expect(book.getValues("S&OP Balance", "O5:S6")).toEqual([
      [300, 3_000, 1_800, 1_200, 0],
      [300, 3_000, 1_800, 1_200, 600],
    ]);
  });

  test.each([
    [
      "SOP_Price without SOP_UnitCost",
      ["SOP_Price", "Plan!$I$1"],
      { kind: "missingName", range: "SOP_UnitCost" },
    ],
    [
      "SOP_Budget without prices",
      ["SOP_Budget", "Plan!$B$21:$G$21"],
      { kind: "missingName", range: "SOP_Price" },
    ],
  ] as const)("%s is refused, naming the missing one", async (_, [name, reference], problem) => {
    const book = seedWorkbook();
    book.setValues("Plan", "I1", [[100]]);
    book.setValues("Plan", "B21:G21", [[1, 2, 3, 4, 5, 6]]);
    book.defineName(name, reference);
    const outcome = await planning(book).runRollingPlan({ language: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([problem]);
    expect(book.model.sheets.some((s) => s.name === "S&OP Balance")).toBe(false);
  });

  test("a price that is text, and a budget of the wrong shape, are named at their cells", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "I1:J1", [["about 100", 60]]);
    book.setValues("Plan", "B21:D21", [[1, 2, 3]]);
    book.defineName("SOP_Price", "Plan!$I$1");
    book.defineName("SOP_UnitCost", "Plan!$J$1");
    book.defineName("SOP_Budget", "Plan!$B$21:$D$21");
    const outcome = await planning(book).runRollingPlan({ language: "en" });
    if (outcome.ok) throw new Error("accepted");
    expect(outcome.problems).toEqual([
      expect.objectContaining({ kind: "notANumber", range: "SOP_Price", cell: "Plan!I1" }),
      expect.objectContaining({
        kind: "shapeMismatch",
        range: "SOP_Budget",
        cell: "Plan!B21:D21",
        rule: "budgetShape",
      }),
    ]);
  });

  test("the planner's own price format is the sheet's money format", () => {
    const price = {
      sheet: "Plan",
      row: 6,
      column: 1,
      values: [[9.5]],
      numberFormat: [["[$€-x-euro2] #,##0.00"]],
    };
    const reads: RangeReads = {
      SOP_Periods: { sheet: "Plan", row: 0, column: 1, values: [["2024-04"]] },
      SOP_Forecast: { sheet: "Plan", row: 1, column: 1, values: [[10]] },
      SOP_Production: { sheet: "Plan", row: 2, column: 1, values: [[10]] },
      SOP_Capacity: { sheet: "Plan", row: 3, column: 1, values: [[10]] },
      SOP_SafetyStock: { sheet: "Plan", row: 4, column: 1, values: [[0]] },
      SOP_OpeningStock: { sheet: "Plan", row: 5, column: 1, values: [[0]] },
      SOP_Price: price,
      SOP_UnitCost: { sheet: "Plan", row: 7, column: 1, values: [[6]] },
    };
    const result = interpretInputs(reads, { withOptions: false });
    expect(result.ok && result.plan.moneyFormat).toBe("[$€-x-euro2] #,##0.00");
    const general = interpretInputs(
      { ...reads, SOP_Price: { ...price, numberFormat: [["General"]] } },
      { withOptions: false }
    );
    expect(general.ok && general.plan.moneyFormat).toBeUndefined();
  });
});

describe("S&OP Compare in money", () => {
  test("a version saved at a price of 100 against the current inputs at 110", async () => {
    const book = createStandInWorkbook();
    const workbook = planning(book);
    await workbook.insertSampleData({ language: "en" });
    const saved = await workbook.saveVersion({ name: "At 100", note: "" }, { language: "en" });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const [price] = sampleValues("SOP_Price");
    const [cost] = sampleValues("SOP_UnitCost");
    if (price === undefined || cost === undefined) throw new Error("the sample has no price");
    book.setValues("S&OP Input", "M3", [[price + 10]]);
    const compared = await workbook.compareVersions(
      { kind: "version", id: saved.version.id },
      { kind: "current" },
      { language: "en" }
    );
    if (!compared.ok) throw new Error(JSON.stringify(compared.problems));
    const column = book.getValues("S&OP Compare", "A1:A20").map((row) => row[0]);
    const header = column.indexOf("Family") + 1;
    expect(book.getValues("S&OP Compare", `O${header}:W${header}`)).toEqual([
      [
        "Revenue (1st)",
        "Revenue (2nd)",
        "Revenue change",
        "Gross margin (1st)",
        "Gross margin (2nd)",
        "Gross margin change",
        "Closing stock value (1st)",
        "Closing stock value (2nd)",
        "Closing stock value change",
      ],
    ]);
    const rows = book.getValues("S&OP Compare", `O${header + 1}:W${header + 6}`);
    let shippedTotal = 0;
    seedRollingPlan.forEach((p, t) => {
      const shipped =
        p.effectiveDemand + Math.max(0, -p.openingStock) - Math.max(0, -p.closingStock);
      shippedTotal += shipped;
      const stock = Math.max(0, p.closingStock) * cost;
      expect(rows[t]).toEqual([
        shipped * price,
        shipped * (price + 10),
        shipped * 10,
        shipped * (price - cost),
        shipped * (price + 10 - cost),
        shipped * 10,
        stock,
        stock,
        0,
      ]);
    });
    expect(column).toContain(
      `In money, second − first over the cells both have: revenue +${(shippedTotal * 10).toLocaleString("en-US")}, gross margin +${(shippedTotal * 10).toLocaleString("en-US")}, closing stock value 0.`
    );
  });

  test("two plans without prices: no money columns", async () => {
    const book = seedWorkbook();
    const workbook = planning(book);
    const compared = await workbook.compareVersions(
      { kind: "current" },
      { kind: "current" },
      { language: "en" }
    );
    expect(compared.ok).toBe(true);
    const column = book.getValues("S&OP Compare", "A1:A20").map((row) => row[0]);
    const header = column.indexOf("Family") + 1;
    expect(book.getValues("S&OP Compare", `O${header}`)).toEqual([["Status (1st)"]]);
  });
});
