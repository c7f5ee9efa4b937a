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

describe("ranges", () => {
  test.each([
    [
      "values",
      [[7]],
      "A1:B2",
      [
        [7, 7],
        [7, 7],
      ],
    ],
    [
      "values",
      [
        [1, 2],
        [3, 4],
      ],
      "A1:B2",
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ["formulas", [["=SUM(X1)"]], "A1:B1", [["", ""]]],
  ])("setting %s %j on %s writes every cell", async (property, grid, address, expected) => {
    const standIn = createStandInWorkbook();
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
      if (property === "values") range.values = grid;
      else range.formulas = grid;
      await context.sync();
    });
    expect(standIn.getValues("Sheet1", address)).toEqual(expected);
  });

  test.each([
    [
      "one value too many in a row",
      "A1:B2",
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ["a row missing", "A1:B2", [[1, 2]]],
    ["a ragged array", "A1:B2", [[1, 2], [3]]],
    ["a 1×2 array on one cell", "A1", [[1, 2]]],
  ])(
    "values with %s fail the sync with InvalidArgument and write nothing",
    async (_case, address, grid) => {
      const standIn = createStandInWorkbook();
      const code = await rejection(
        standIn.host.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(address).values = grid;
          await context.sync();
        })
      );
      expect(code).toBe("InvalidArgument");
      expect(standIn.sheet("Sheet1").cells.size).toBe(0);
    }
  );

  test("formulas and number formats obey the same rule; formulas read back as given", async () => {
    const standIn = createStandInWorkbook();
    const read = await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
      range.formulas = [["=B1*2", 5]];
      range.numberFormat = [["0.0%"]];
      range.load("formulas, values, numberFormat");
      await context.sync();
      return [range.formulas, range.values, range.numberFormat];
    });
    expect(read).toEqual([[["=B1*2", 5]], [["", 5]], [["0.0%", "0.0%"]]]);
    expect(standIn.getCell("Sheet1", "B2")).toEqual({
      value: "",
      formula: "=B1*2",
      numberFormat: "0.0%",
    });
  });

  test.each([
    ["12", 12],
    ["-1.5e3", -1500],
    ["TRUE", true],
    ["'12", "12"],
    ["2024-04", 45383],
    ["2024-04-15", 45397],
    ["n/a", "n/a"],
    [null, "kept"],
  ])("entering %j stores %j, as Excel types what it is given", async (input, stored) => {
    const standIn = createStandInWorkbook();
    standIn.setValues("Sheet1", "A1", [["kept"]]);
    await standIn.host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(standIn.getValues("Sheet1", "A1")).toEqual([[stored]]);
  });

  test("text format keeps text as text", async () => {
    const standIn = createStandInWorkbook();
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["2024-04"]];
      await context.sync();
    });
    expect(standIn.getCell("Sheet1", "A1")).toEqual({ value: "2024-04", numberFormat: "@" });
  });

  test.each([
    ["S&OP Input", "A1:F7", "'S&OP Input'!A1:F7"],
    ["Plan", "B2", "Plan!B2"],
    ["Bob's plan", "$C$3:$D$4", "'Bob''s plan'!C3:D4"],
  ])("the address of %s!%s is %s", async (sheet, address, expected) => {
    const standIn = createStandInWorkbook({ sheets: [sheet] });
    const read = await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("address");
      await context.sync();
      return range.address;
    });
    expect(read).toBe(expected);
  });

  test("ranges derived from ranges", async () => {
    const { host } = createStandInWorkbook({ sheets: ["Plan"] });
    const addresses = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      const base = sheet.getRange("B2:D4");
      const ranges = [
        base.getCell(1, 2),
        base.getCell(5, 5),
        base.getResizedRange(1, -2),
        base.getOffsetRange(-1, 1),
        base.getRow(2),
        base.getColumn(0),
        sheet.getRangeByIndexes(9, 1, 1, 6),
        sheet.getRange(),
        sheet.getRange("c:c"),
      ];
      for (const range of ranges) range.load("address");
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "Plan!D3",
      "Plan!G7",
      "Plan!B2:B5",
      "Plan!C1:E3",
      "Plan!B4:D4",
      "Plan!B2:B4",
      "Plan!B10:G10",
      "Plan!1:1048576",
      "Plan!C:C",
    ]);
  });

  test.each([
    ["a row outside the range", (r: Excel.Range) => r.getRow(3)],
    ["an offset off the sheet", (r: Excel.Range) => r.getOffsetRange(-2, 0)],
    ["a resize to nothing", (r: Excel.Range) => r.getResizedRange(-3, 0)],
    ["a bad address", (r: Excel.Range) => r.worksheet.getRange("B2:")],
    ["another sheet's address", (r: Excel.Range) => r.worksheet.getRange("Other!A1")],
  ])("%s fails the sync with InvalidArgument", async (_case, derive) => {
    const { host } = createStandInWorkbook({ sheets: ["Plan", "Other"] });
    const code = await rejection(
      host.run(async (context) => {
        derive(context.workbook.worksheets.getItem("Plan").getRange("B2:D4")).load("address");
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  test.each<["All" | "Contents" | "Formats", string, boolean, number]>([
    ["All", "", false, 0],
    ["Contents", "", true, 1],
    ["Formats", "x", false, 0],
  ])("clear(%s)", async (applyTo, value, bold, conditionalFormats) => {
    const standIn = createStandInWorkbook();
    await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3");
      range.values = [["x"]];
      range.format.font.bold = true;
      range.conditionalFormats.add("ContainsText");
      await context.sync();
      range.clear(applyTo);
    });
    const sheet = standIn.sheet("Sheet1");
    expect(standIn.getValues("Sheet1", "B2")).toEqual([[value]]);
    expect(standIn.getCell("Sheet1", "B2").bold ?? false).toBe(bold);
    expect(sheet.conditionalFormats).toHaveLength(conditionalFormats);
  });

  test("clearing part of a conditional format's cells leaves it on the rest", async () => {
    const standIn = createStandInWorkbook();
    const counts = await standIn.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").conditionalFormats.add("ContainsText");
      sheet.getRange("A1:C1").clear();
      const inside = sheet.getRange("A1:C1").conditionalFormats.load("items");
      const outside = sheet.getRange("B2").conditionalFormats.load("items");
      await context.sync();
      return [inside.items.length, outside.items.length];
    });
    expect(counts).toEqual([0, 1]);
    expect(standIn.sheet("Sheet1").conditionalFormats[0]?.blocks).toEqual([
      { row: 1, column: 0, rows: 2, columns: 3 },
    ]);
  });

  test("a ContainsText conditional format with its rule and colours", async () => {
    const standIn = createStandInWorkbook();
    const read = await standIn.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B14:G14");
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = "#ffc7ce";
      cf.textComparison.format.font.color = "#9C0006";
      cf.textComparison.rule = { operator: "Contains", text: "Shortage" };
      const items = range.conditionalFormats.load("items/type, items/textComparison/rule");
      await context.sync();
      range.conditionalFormats.clearAll();
      return items.items.map((i) => [i.type, i.textComparison.rule]);
    });
    expect(read).toEqual([["ContainsText", { operator: "Contains", text: "Shortage" }]]);
    expect(standIn.sheet("Sheet1").conditionalFormats).toEqual([]);
  });

  test("formats: font, fill, wrap, alignment, column width, autofit", async () => {
    const standIn = createStandInWorkbook();
    const read = await standIn.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.color = "#ffffff";
      header.format.fill.color = "#1F4E79";
      header.format.wrapText = true;
      header.format.horizontalAlignment = "Center";
      header.format.columnWidth = 90;
      sheet.getRange("E1").values = [["Channel safety stock"]];
      sheet.getRange("E:E").format.autofitColumns();
      const mixed = sheet.getRange("A1:A2").format.load("wrapText, columnWidth");
      const bold = sheet.getRange("B1").format.font.load("bold, color");
      await context.sync();
      return [mixed.wrapText, mixed.columnWidth, bold.bold, bold.color];
    });
    expect(read).toEqual([null, 90, true, "#FFFFFF"]);
    expect(standIn.getCell("Sheet1", "C1")).toMatchObject({
      bold: true,
      fontColor: "#FFFFFF",
      fillColor: "#1F4E79",
      wrapText: true,
      horizontalAlignment: "Center",
    });
    expect(standIn.sheet("Sheet1").columnWidths.get(4)).toBeGreaterThan(90);
  });
});

test("autofit gives a Chinese header the room of its characters, each two Latin wide", async () => {
  const standIn = createStandInWorkbook();
  await standIn.host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    // Four characters each: 4 Latin, 4 Chinese (as wide as 8 Latin ones).
    sheet.getRange("A1:B1").values = [["Plan", "供需平衡"]];
    sheet.getRange("A:B").format.autofitColumns();
    await context.sync();
  });
  const widths = standIn.sheet("Sheet1").columnWidths;
  const [latin, chinese] = [widths.get(0) ?? 0, widths.get(1) ?? 0];
  // Width = (columns × 7 px + padding) in points: the difference is 4 more columns of 7 px.
  expect(chinese - latin).toBeCloseTo(4 * 7 * 0.75);
});

describe("worksheets", () => {
  test("the used range is null on an empty sheet, and bounds values (and formats)", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan"] });
    standIn.setValues("Plan", "B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    const empty = standIn.addSheet("Empty");
    empty.cells.set(4, 4, { value: "", bold: true });
    const read = await standIn.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const plan = sheets.getItem("Plan").getUsedRangeOrNullObject().load("address");
      const formatted = sheets.getItem("Empty").getUsedRangeOrNullObject().load("address");
      const values = sheets.getItem("Empty").getUsedRangeOrNullObject(true);
      await context.sync();
      return [plan.address, formatted.address, values.isNullObject];
    });
    expect(read).toEqual(["Plan!B2:C3", "Empty!E5", true]);
  });

  test("add, select, freeze, activate and delete", async () => {
    const standIn = createStandInWorkbook({ sheets: ["Plan"] });
    await standIn.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const balance = sheets.add("S&OP Balance");
      balance.freezePanes.freezeRows(2);
      balance.getRange("B3").select();
      sheets.add().load("name, position");
      await context.sync();
    });
    expect(standIn.model.sheets.map((s) => s.name)).toEqual(["Plan", "S&OP Balance", "Sheet3"]);
    expect(standIn.sheet("S&OP Balance").frozenRows).toBe(2);
    expect(standIn.selection).toEqual({ sheet: "S&OP Balance", address: "'S&OP Balance'!B3" });
    standIn.sheet("Plan").visibility = "Hidden";
    await standIn.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("S&OP Balance").freezePanes.unfreeze();
      sheets.getItem("S&OP Balance").delete();
      // The next visible sheet becomes active, skipping hidden ones.
      const active = sheets.getActiveWorksheet().load("name, position, visibility");
      await context.sync();
      expect([active.name, active.position, active.visibility]).toEqual(["Sheet3", 1, "Visible"]);
      sheets.getItem("Plan").activate();
      await context.sync();
    });
    expect(standIn.model.sheets.map((s) => s.name)).toEqual(["Plan", "Sheet3"]);
    expect(standIn.model.active.name).toBe("Plan");
  });

  test.each([
    [
      "a duplicate name (any case)",
      (s: Excel.WorksheetCollection) => s.add("plan"),
      "ItemAlreadyExists",
    ],
    ["a name with a colon", (s: Excel.WorksheetCollection) => s.add("Plan:2"), "InvalidArgument"],
    [
      "the only sheet",
      (s: Excel.WorksheetCollection) => {
        s.getItem("Plan").delete();
      },
      "InvalidOperation",
    ],
  ])("%s fails the sync", async (_case, act, code) => {
    const { host } = createStandInWorkbook({ sheets: ["Plan"] });
    const result = await rejection(
      host.run(async (context) => {
        act(context.workbook.worksheets);
        await context.sync();
      })
    );
    expect(result).toBe(code);
  });
});
