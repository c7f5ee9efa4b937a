import { StandInError, createStandInWorkbook } from "../../../src/playground/excel";

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StandInError) return error.code;
    throw error;
  }
  return "resolved";
}

const BALANCE = [
  ["Family", "Period", "Closing stock", "Status"],
  ["A", "2024-04", 2000, "Balanced"],
  ["A", "2024-05", 500, "Shortage"],
];

describe("tables", () => {
  test("end to end: write a block, make a table over it, read it back in a new run", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan"] });
    await standIn.host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S&OP Balance");
      const block = sheet.getRange("A1:D3");
      block.numberFormat = [["@"]]; // keeps "2024-04" as text
      block.values = BALANCE;
      const table = sheet.tables.add(block, true);
      table.name = "SOP_Balance";
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      await context.sync();
    });
    const read = await standIn.host.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("sop_balance");
      const all = context.workbook.tables.load("items/name");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address, values");
      const closing = table.columns.getItemAt(2).getDataBodyRange().load("values");
      table.load("name, style, showBandedRows");
      await context.sync();
      return {
        tables: all.items.map((t) => t.name),
        settings: [table.name, table.style, table.showBandedRows],
        header: header.values,
        body: [body.address, body.values],
        closing: closing.values,
      };
    });
    expect(read).toEqual({
      tables: ["SOP_Balance"],
      settings: ["SOP_Balance", "TableStyleLight9", false],
      header: [BALANCE[0]],
      body: ["'S&OP Balance'!A2:D3", BALANCE.slice(1)],
      closing: [[2000], [500]],
    });
    expect(standIn.model.tables[0]).toMatchObject({
      name: "SOP_Balance",
      sheet: { name: "S&OP Balance" },
    });
  });

  test.each([
    ["the same cells", "A1:D3", "InvalidOperation"],
    ["one shared corner", "D3:E4", "InvalidOperation"],
    ["the cells beside it", "E1:F3", "resolved"],
  ])("a second table over %s: %s", async (_case, address, outcome) => {
    const standIn = createStandInWorkbook({ sheets: ["Plan"] });
    standIn.setValues("Plan", "A1:D3", BALANCE);
    const result = await rejection(
      standIn.host.run(async (context) => {
        const tables = context.workbook.worksheets.getItem("Plan").tables;
        tables.add("A1:D3", true);
        tables.add(address, true);
        await context.sync();
      })
    );
    expect(result).toBe(outcome);
    expect(standIn.model.tables).toHaveLength(outcome === "resolved" ? 2 : 1);
  });

  test("headers: blanks become ColumnN, repeats get a number, a lone header row gets a data row", async () => {
    const standIn = createStandInWorkbook();
    standIn.setValues("Sheet1", "A1:C1", [["Month", "", "month"]]);
    await standIn.host.run(async (context) => {
      context.workbook.tables.add("Sheet1!A1:C1", true);
      await context.sync();
    });
    expect(standIn.getValues("Sheet1", "A1:C1")).toEqual([["Month", "Column2", "month2"]]);
    expect(standIn.model.tables[0]).toMatchObject({ name: "Table1", block: { rows: 2 } });
  });

  test("deleting a table removes it with its cells' contents, as Excel's Table.delete does", async () => {
    const standIn = createStandInWorkbook();
    standIn.setValues("Sheet1", "A1:D3", BALANCE);
    standIn.setValues("Sheet1", "F1", [["outside"]]);
    await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D3", true);
      await context.sync();
      context.workbook.tables.getItem("Table1").delete();
      await context.sync();
    });
    expect(standIn.model.tables).toEqual([]);
    expect(standIn.getValues("Sheet1", "A2:A3")).toEqual([[""], [""]]);
    expect(standIn.getValues("Sheet1", "F1")).toEqual([["outside"]]);
  });

  test("deleting the sheet deletes its tables", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan", "Other"] });
    standIn.setValues("Other", "A1:D3", BALANCE);
    await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("Other").tables.add("A1:D3", true);
      context.workbook.worksheets.getItem("Other").delete();
      const table = context.workbook.tables.getItemOrNullObject("Table1");
      await context.sync();
      expect(table.isNullObject).toBe(true);
    });
  });
});
