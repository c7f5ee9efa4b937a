import {
  absoluteReference,
  cellAddress,
  columnLetters,
  parseCells,
  quoteSheet,
  rangeAddress,
  splitReference,
} from "../../../src/excel/sheets/addresses";

describe("addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  test.each([
    ["Plan", "Plan"],
    ["Plan_2024", "Plan_2024"],
    ["计划", "计划"],
    ["S&OP Input", "'S&OP Input'"],
    ["2024", "'2024'"],
    ["Bob's plan", "'Bob''s plan'"],
    ["AB12", "'AB12'"],
    ["R2C3", "'R2C3'"],
    ["Rolling", "Rolling"],
  ])("sheet %s is written %s", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });

  test("cell and range addresses", () => {
    expect(cellAddress("Plan", 6, 5)).toBe("Plan!F7");
    expect(rangeAddress("S&OP Input", 2, 1, 1, 6)).toBe("'S&OP Input'!B3:G3");
    expect(rangeAddress("Plan", 9, 1, 1, 1)).toBe("Plan!B10");
    expect(absoluteReference("S&OP Input", 2, 1, 1, 6)).toBe("='S&OP Input'!$B$3:$G$3");
  });

  test.each([
    ["Plan!$B$2:$G$2", { sheet: "Plan", cells: "$B$2:$G$2" }],
    ["='S&OP Input'!$B$3", { sheet: "S&OP Input", cells: "$B$3" }],
    ["'Bob''s plan'!A1", { sheet: "Bob's plan", cells: "A1" }],
    ["#REF!", undefined],
  ])("splitReference(%s)", (reference, parts) => {
    expect(splitReference(reference)).toEqual(parts);
  });
});

describe("parseCells", () => {
  test.each([
    ["$B$2:$G$7", { row: 1, column: 1, rows: 6, columns: 6 }],
    ["B2", { row: 1, column: 1, rows: 1, columns: 1 }],
    ["g7:b2", { row: 1, column: 1, rows: 6, columns: 6 }],
    ["AA10:AB10", { row: 9, column: 26, rows: 1, columns: 2 }],
    ["B:D", { row: 0, column: 1, rows: 1_048_576, columns: 3 }],
    ["3:5", { row: 2, column: 0, rows: 3, columns: 16_384 }],
    ["A1:B2,D1:E2", undefined],
    ["#REF!", undefined],
    ["A1:B2:C3", undefined],
  ])("%s", (cells, block) => {
    expect(parseCells(cells)).toEqual(block);
  });
});
