import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { balanceFormula, isFormulaError } from "../../../src/functions/formulas";
import {
  StandInError,
  createStandInWorkbook,
  type StandInWorkbook,
} from "../../../src/playground/excel";
import { seedRollingPlan, seedSeries, seedStatusWord } from "../../support/seedDemo";

/**
 * What HyperFormula sees follows the workbook: sheets and names changed through the API (by the
 * add-in's Excel layer or by a test), formulas and values written through `range.formulas` and
 * `range.values`; and whoever subscribed hears of every change.
 */

const BALANCE_OVER_NAMES =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

const NOW = new Date(2026, 10, 23, 9, 30);

function seedCells(language: "en" | "zh" = "en") {
  const result = balanceFormula({
    forecast: [seedSeries.forecast],
    orders: [seedSeries.orders],
    opening_stock: seedSeries.openingStock,
    production: [seedSeries.production],
    capacity: [seedSeries.capacity],
    safety_stock: [seedSeries.safetyStock],
    language,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.cells.map((line) => line.map((c) => (isFormulaError(c) ? c.errorClass : c)));
}

/** Every sheet's used cells, for comparing two workbooks. */
function contents(book: StandInWorkbook) {
  return book.model.sheets.map((sheet) => {
    const cells = [...sheet.cells.entries()]
      .map(([r, c, cell]) => [r, c, cell] as const)
      .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2);
    return { name: sheet.name, cells };
  });
}

describe("the add-in's Excel layer on HyperFormula", () => {
  test("names added by insertSampleData work in a typed SOP.BALANCE", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
    const inserted = await workbook.insertSampleData({ language: "en" });
    expect(inserted).toEqual({ ok: true, sheet: "S&OP Input" });
    book.enterCell("Sheet1", "A1", BALANCE_OVER_NAMES);
    expect(book.getValues("Sheet1", "A1:F6")).toEqual(seedCells());
    expect(book.spillOf("Sheet1", "F6")?.anchor).toBe("A1");
    // The sample's months stay text, as the layer formats them.
    expect(book.getValues("S&OP Input", "B3:C3")).toEqual([["2024-04", "2024-05"]]);
  });

  test("a formula typed before the names spills once they are added", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "A1", BALANCE_OVER_NAMES);
    expect(book.getValues("Sheet1", "A1")).toEqual([["#NAME?"]]);
    await createExcelPlanningWorkbook(book.host).insertSampleData({ language: "zh" });
    expect(book.getValues("Sheet1", "A1:F6")).toEqual(seedCells());
  });

  test("the plan and the scenarios come out as on the default store", async () => {
    const run = async (book: StandInWorkbook) => {
      const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
      await workbook.insertSampleData({ language: "zh" });
      expect((await workbook.runRollingPlan({ language: "zh" })).ok).toBe(true);
      expect((await workbook.runGapScenarios({ language: "zh" })).ok).toBe(true);
      return contents(book);
    };
    const plain = await run(createStandInWorkbook());
    const computed = await run(createStandInWorkbook({ formulas: "hyperformula" }));
    expect(computed).toEqual(plain);
    expect(computed.length).toBeGreaterThan(1);
  });

  test("the saved language is a name formulas can use", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const workbook = createExcelPlanningWorkbook(book.host);
    book.enterCell("Sheet1", "A1", "=SOP_Language");
    await workbook.saveLanguage("zh");
    expect(book.getValues("Sheet1", "A1")).toEqual([["zh"]]);
    await workbook.saveLanguage("en");
    expect(book.getValues("Sheet1", "A1")).toEqual([["en"]]);
  });
});

describe("names", () => {
  function inputBook() {
    const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan", "Other"] });
    book.setValues("Plan", "A1:C1", [[1, 2, 3]]);
    book.setValues("Plan", "A2:C2", [[10, 20, 30]]);
    return book;
  }

  test("added through names.add (a range, a formula, a constant) and deleted again", async () => {
    const book = inputBook();
    book.enterCell("Other", "A1", "=SUM(Small)");
    book.enterCell("Other", "A2", "=SUM(Large)");
    book.enterCell("Other", "A3", "=Factor");
    await book.host.run(async (context) => {
      const plan = context.workbook.worksheets.getItem("Plan");
      context.workbook.names.add("Small", plan.getRange("A1:C1"));
      context.workbook.names.add("Large", "=Plan!$A$2:$C$2");
      context.workbook.names.add("Factor", "=4");
      await context.sync();
    });
    expect(book.getValues("Other", "A1:A3")).toEqual([[6], [60], [4]]);
    await book.host.run(async (context) => {
      context.workbook.names.getItem("Large").delete();
      await context.sync();
    });
    expect(book.getValues("Other", "A1:A3")).toEqual([[6], ["#NAME?"], [4]]);
  });

  test("a sheet's own name wins over the workbook's on that sheet only", async () => {
    const book = inputBook();
    book.defineName("Data", "Plan!$A$1:$C$1");
    await book.host.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.names.add("Data", "=Plan!$A$2:$C$2");
      await context.sync();
    });
    book.enterCell("Other", "A1", "=SUM(Data)");
    book.enterCell("Plan", "E1", "=SUM(Data)");
    expect(book.getValues("Other", "A1")).toEqual([[60]]);
    expect(book.getValues("Plan", "E1")).toEqual([[6]]);
  });

  test("a sheet's name defined by the test helper, over the test helper's formulas", () => {
    const book = inputBook();
    book.defineName("Rate", "=0.5", { scope: "Other" });
    book.setFormulas("Other", "A1:B1", [["=Rate*SUM(Plan!A2:C2)", "=A1+Rate"]]);
    expect(book.getValues("Other", "A1:B1")).toEqual([[30, 30.5]]);
    book.setFormulas("Plan", "E1", [["=Rate"]]);
    expect(book.getValues("Plan", "E1")).toEqual([["#NAME?"]]);
  });

  test("a spill over a name follows the name's new size", () => {
    const book = inputBook();
    book.defineName("Row", "Plan!$A$1:$B$1");
    book.enterCell("Other", "A1", "=Row*2");
    expect(book.spillOf("Other", "A1")?.address).toBe("A1:B1");
    book.model.names.splice(0, 1);
    book.defineName("Row", "Plan!$A$1:$C$1");
    expect(book.getValues("Other", "A1:C1")).toEqual([[2, 4, 6]]);
    expect(book.spillOf("Other", "A1")?.address).toBe("A1:C1");
  });
});

describe("sheets", () => {
  test("added through the API, with formulas set through range.formulas", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const read = await book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Numbers");
      sheet.getRange("A1:A2").values = [[2], [3]];
      sheet.getRange("B1:B2").formulas = [["=A1*10"], ["=SUM(A1:A2, 'Numbers'!B1)"]];
      const range = sheet.getRange("B1:B2").load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read).toEqual({
      values: [[20], [25]],
      formulas: [["=A1*10"], ["=SUM(A1:A2, 'Numbers'!B1)"]],
    });
  });

  test.each([["formulas"], ["values"]] as const)(
    "a formula HyperFormula cannot read, set through range.%s, fails the sync and writes nothing",
    async (property) => {
      const book = createStandInWorkbook({ formulas: "hyperformula" });
      book.setValues("Sheet1", "A1:B1", [[1, 2]]);
      const code = await book.host
        .run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
          range[property] = [["=3", "=SUM(1,"]];
          await context.sync();
        })
        .then(
          () => "resolved",
          (error: unknown) => (error instanceof StandInError ? error.code : String(error))
        );
      expect(code).toBe("InvalidArgument");
      expect(book.getValues("Sheet1", "A1:B1")).toEqual([[1, 2]]);
    }
  );

  test("'=' text written through range.values becomes a formula, as in Excel", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    await book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["4", "=A1+1", "'=A1"]];
      await context.sync();
    });
    expect(book.getValues("Sheet1", "A1:C1")).toEqual([[4, 5, "=A1"]]);
    expect(book.getCell("Sheet1", "B1").formula).toBe("=A1+1");
  });

  test("renamed through the API: formulas keep their cells and show the new name", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan", "Report"] });
    book.setValues("Plan", "A1", [[21]]);
    book.enterCell("Report", "A1", "=Plan!A1*2");
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").name = "S&OP Input";
      await context.sync();
    });
    expect(book.getCell("Report", "A1")).toEqual({ value: 42, formula: "='S&OP Input'!A1*2" });
    book.enterCell("Report", "A2", "='S&OP Input'!A1+1");
    book.enterCell("S&OP Input", "A1", "1");
    expect(book.getValues("Report", "A1:A2")).toEqual([[2], [2]]);
  });

  test("two sheets can swap names in one sync", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["A", "B", "Sum"] });
    book.setValues("A", "A1", [[1]]);
    book.setValues("B", "A1", [[100]]);
    book.enterCell("Sum", "A1", "=A!A1-B!A1");
    await book.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("A").name = "Temp";
      sheets.getItem("B").name = "A";
      sheets.getItem("Temp").name = "B";
      await context.sync();
    });
    expect(book.getValues("Sum", "A1")).toEqual([[-99]]);
    book.enterCell("Sum", "A2", "=A!A1-B!A1");
    expect(book.getValues("Sum", "A2")).toEqual([[99]]);
  });

  test("deleted through the API: formulas that used it show #REF!", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan", "Report"] });
    book.setValues("Plan", "A1", [[5]]);
    book.enterCell("Report", "A1", "=Plan!A1");
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").delete();
      await context.sync();
    });
    expect(book.getValues("Report", "A1")).toEqual([["#REF!"]]);
    // A new sheet of the same name is a new sheet, as in Excel.
    book.addSheet("Plan");
    book.setValues("Plan", "A1", [[7]]);
    book.enterCell("Report", "A2", "=Plan!A1");
    expect(book.getValues("Report", "A2")).toEqual([[7]]);
  });
});

describe("the API over spilled cells", () => {
  function spilled() {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.setValues("Sheet1", "A1:C1", [[1, 2, 3]]);
    book.enterCell("Sheet1", "A3", "=A1:C1*10");
    return book;
  }

  test("loads read the spilled values; formats set over them keep the spill", async () => {
    const book = spilled();
    const values = await book.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A3:C3");
      range.format.font.bold = true;
      range.numberFormat = [["0.0"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[10, 20, 30]]);
    expect(book.spillOf("Sheet1", "C3")?.address).toBe("A3:C3");
    expect(book.getCell("Sheet1", "C3")).toEqual({ value: 30, bold: true, numberFormat: "0.0" });
  });

  test("the used range takes in the spill; clearing the sheet takes everything", async () => {
    const book = spilled();
    const used = await book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      const address = range.address;
      sheet.getRange().clear("All");
      await context.sync();
      return address;
    });
    expect(used).toBe("Sheet1!A1:C3");
    expect(
      book
        .getValues("Sheet1", "A1:C3")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
    expect(book.spillOf("Sheet1", "B3")).toBeUndefined();
  });
});

describe("subscribe", () => {
  test("hears of syncs that change the workbook and of every direct change", async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const heard: number[] = [];
    const unsubscribe = book.subscribe(() => heard.push(heard.length + 1));
    book.enterCell("Sheet1", "A1", "1");
    expect(heard).toHaveLength(1);
    await book.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      return range.values;
    });
    expect(heard).toHaveLength(1);
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
      context.workbook.worksheets.add("Next");
      await context.sync();
    });
    expect(heard).toHaveLength(3);
    unsubscribe();
    book.enterCell("Sheet1", "A3", "3");
    expect(heard).toHaveLength(3);
  });

  test("a listener reading the grid sees the recomputed values", () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "B1", "=A1+1");
    const seen: unknown[] = [];
    book.subscribe(() => seen.push(book.getValues("Sheet1", "B1")[0]?.[0]));
    book.enterCell("Sheet1", "A1", "41");
    expect(seen).toEqual([42]);
  });
});

describe("the default store", () => {
  test("computes nothing: a formula keeps the value it was given", () => {
    const book = createStandInWorkbook();
    expect(book.formulas).toBe("none");
    book.setValues("Sheet1", "A1", [[7]]);
    book.setFormulas("Sheet1", "A1", [["=1+1"]]);
    book.enterCell("Sheet1", "B1", "=A1*2");
    expect(book.getCell("Sheet1", "A1")).toEqual({ value: 7, formula: "=1+1" });
    expect(book.getCell("Sheet1", "B1")).toEqual({ value: "", formula: "=A1*2" });
    expect(book.spillOf("Sheet1", "A1")).toBeUndefined();
  });

  test("errorOf reads the error values written", () => {
    const book = createStandInWorkbook();
    book.setValues("Sheet1", "A1:B1", [["#N/A", "N/A"]]);
    expect(book.errorOf("Sheet1", "A1")).toEqual({ error: "#N/A", message: "" });
    expect(book.errorOf("Sheet1", "B1")).toBeUndefined();
  });

  test("subscribers hear of syncs and direct changes too", async () => {
    const book = createStandInWorkbook();
    let heard = 0;
    book.subscribe(() => (heard += 1));
    book.enterCell("Sheet1", "A1", "x");
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
    });
    expect(heard).toBe(2);
  });
});

test("the seed's status words come out of the sample in Chinese", async () => {
  const book = createStandInWorkbook({ formulas: "hyperformula" });
  await createExcelPlanningWorkbook(book.host).insertSampleData({ language: "zh" });
  book.enterCell("Sheet1", "A1", `${BALANCE_OVER_NAMES.slice(0, -1)}, , , "zh")`);
  expect(book.getValues("Sheet1", "A6:F6")[0]).toEqual(
    seedRollingPlan.map((p) => seedStatusWord(p.status))
  );
  expect(book.getValues("Sheet1", "A1:F6")).toEqual(seedCells("zh"));
});
