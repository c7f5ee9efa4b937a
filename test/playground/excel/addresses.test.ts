import {
  formatA1,
  parseA1,
  qualify,
  quoteSheet,
  splitReference,
  subtract,
} from "../../../src/playground/excel/addresses";

describe("A1 addresses", () => {
  test.each([
    ["A1", { row: 0, column: 0, rows: 1, columns: 1 }],
    ["$B$2", { row: 1, column: 1, rows: 1, columns: 1 }],
    ["b2:g7", { row: 1, column: 1, rows: 6, columns: 6 }],
    ["G7:B2", { row: 1, column: 1, rows: 6, columns: 6 }],
    ["$B$2:$G$2", { row: 1, column: 1, rows: 1, columns: 6 }],
    ["XFD1048576", { row: 1_048_575, column: 16_383, rows: 1, columns: 1 }],
    ["B:D", { row: 0, column: 1, rows: 1_048_576, columns: 3 }],
    ["3:5", { row: 2, column: 0, rows: 3, columns: 16_384 }],
  ])("%s parses", (address, block) => {
    expect(parseA1(address)).toEqual(block);
  });

  test.each(["", "A0", "XFE1", "A1048577", "A1:B2:C3", "A1,B2", "SOP_Forecast", "1A"])(
    "%s is not one block on the sheet",
    (address) => {
      expect(parseA1(address)).toBeUndefined();
    }
  );

  test.each([
    ["A1", false, "A1"],
    ["B2:G7", false, "B2:G7"],
    ["B2:G2", true, "$B$2:$G$2"],
    ["C:C", false, "C:C"],
    ["1:1048576", false, "1:1048576"],
  ])("%s prints as Excel prints it (absolute %s)", (address, absolute, printed) => {
    expect(
      formatA1(parseA1(address) ?? { row: -1, column: 0, rows: 0, columns: 0 }, absolute)
    ).toBe(printed);
  });

  test.each([
    ["Plan", "Plan"],
    ["Plan_2024.v2", "Plan_2024.v2"],
    ["计划", "计划"],
    ["S&OP Input", "'S&OP Input'"],
    ["S&OP Balance", "'S&OP Balance'"],
    ["Bob's plan", "'Bob''s plan'"],
    ["2024", "'2024'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
  ])("sheet %s is written %s", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });

  test("references split into an unquoted sheet name and cells", () => {
    expect(splitReference("'S&OP Input'!$B$2:$G$2")).toEqual({
      sheet: "S&OP Input",
      cells: "$B$2:$G$2",
    });
    expect(splitReference("'Bob''s plan'!A1")).toEqual({ sheet: "Bob's plan", cells: "A1" });
    expect(splitReference("Plan!B2")).toEqual({ sheet: "Plan", cells: "B2" });
    expect(splitReference("B2:C3")).toEqual({ cells: "B2:C3" });
    expect(qualify("S&OP Input", { row: 0, column: 0, rows: 7, columns: 6 })).toBe(
      "'S&OP Input'!A1:F7"
    );
  });

  test("cutting a hole out of a block leaves the cells around it", () => {
    const block = parseA1("A1:C3");
    const hole = parseA1("B2");
    if (!block || !hole) throw new Error("bad test addresses");
    const parts = subtract(block, hole).map((b) => formatA1(b));
    expect(parts.sort()).toEqual(["A1:C1", "A2", "A3:C3", "C2"]);
    expect(subtract(block, block)).toEqual([]);
  });
});
