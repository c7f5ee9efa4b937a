import { createStandInWorkbook } from "../../../src/playground/excel";
import { contentOf, displayText, lookOf } from "../../../src/playground/page/display";
import { layoutGrid, scrollToShow, usedExtent } from "../../../src/playground/page/gridLayout";

/** How the grid shows cells: text, alignment, table bands, status colours; and its geometry. */

describe("displayText and contentOf", () => {
  it("shows values under their formats and formulas as typed", () => {
    expect(displayText({ value: 0.7333, numberFormat: "0.0%" })).toBe("73.3%");
    expect(displayText({ value: true })).toBe("TRUE");
    expect(displayText({ value: "" })).toBe("");
    expect(contentOf({ value: 3, formula: "=1+2" })).toBe("=1+2");
    expect(contentOf({ value: 0.7333, numberFormat: "0.0%" })).toBe("0.7333");
    expect(contentOf({ value: 45383, numberFormat: "mmm-yy" })).toBe("2024-04-01");
  });
});

describe("lookOf", () => {
  const book = createStandInWorkbook({ sheets: ["Plan"] });
  const sheet = book.sheet("Plan");
  sheet.conditionalFormats.push(
    {
      sheet,
      type: "ContainsText",
      blocks: [{ row: 1, column: 2, rows: 5, columns: 1 }],
      rule: { operator: "Contains", text: "Shortage" },
      fillColor: "#FFC7CE",
      fontColor: "#9C0006",
    },
    {
      sheet,
      type: "ContainsText",
      blocks: [{ row: 1, column: 2, rows: 5, columns: 1 }],
      rule: { operator: "BeginsWith", text: "bal" },
      fillColor: "#C6EFCE",
    }
  );
  const table = {
    name: "Table1",
    sheet,
    block: { row: 0, column: 0, rows: 4, columns: 3 },
    style: "TableStyleMedium2",
    showBandedRows: true,
  };

  it("colours status cells by the sheet's text rules, without regard to case", () => {
    expect(lookOf(sheet, [], { value: "Shortage" }, 1, 2)).toMatchObject({
      fill: "#FFC7CE",
      color: "#9C0006",
      align: "left",
    });
    expect(lookOf(sheet, [], { value: "Balanced" }, 2, 2)).toMatchObject({ fill: "#C6EFCE" });
    expect(lookOf(sheet, [], { value: "Shortage" }, 1, 3).fill).toBeUndefined();
  });

  it("draws tables with a blue header and bands, under the cells' own formats", () => {
    expect(lookOf(sheet, [table], { value: "Family" }, 0, 0)).toMatchObject({
      fill: "#4472C4",
      color: "#FFFFFF",
      bold: true,
    });
    expect(lookOf(sheet, [table], { value: 5 }, 1, 0)).toMatchObject({
      fill: "#D9E1F2",
      align: "right",
    });
    expect(lookOf(sheet, [table], { value: 5 }, 2, 0).fill).toBeUndefined();
    expect(lookOf(sheet, [table], { value: 5, fillColor: "#FFFF00" }, 1, 0).fill).toBe("#FFFF00");
    expect(lookOf(sheet, [table], { value: "Shortage" }, 1, 2).fill).toBe("#FFC7CE");
  });

  it("centres errors and booleans, follows the cell's alignment", () => {
    expect(lookOf(sheet, [], { value: "#DIV/0!" }, 9, 9).align).toBe("center");
    expect(lookOf(sheet, [], { value: false }, 9, 9).align).toBe("center");
    expect(lookOf(sheet, [], { value: 1, horizontalAlignment: "Left" }, 9, 9).align).toBe("left");
  });
});

describe("the grid's geometry", () => {
  const book = createStandInWorkbook({ sheets: ["Plan"] });
  book.setValues("Plan", "A1:C2", [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  book.setValues("Plan", "E36000", [["last"]]);
  const sheet = book.sheet("Plan");
  sheet.columnWidths.set(1, 96);

  it("measures the used range and draws only the rows in view", () => {
    const extent = usedExtent(sheet);
    expect(extent).toEqual({ rows: 36000, columns: 5 });
    const viewport = { top: 20 * 1000, left: 0, width: 1000, height: 400 };
    const layout = layoutGrid(sheet, extent, viewport, { row: 0, column: 0 });
    expect(layout.rowCount).toBe(36050);
    expect(layout.widths.slice(0, 3)).toEqual([64, 128, 64]);
    expect(layout.firstRow).toBeGreaterThan(980);
    expect(layout.endRow - layout.firstRow).toBeLessThan(50);
  });

  it("scrolls a selected cell into view", () => {
    const extent = usedExtent(sheet);
    const viewport = { top: 0, left: 0, width: 600, height: 400 };
    const layout = layoutGrid(sheet, extent, viewport, { row: 100, column: 0 });
    expect(scrollToShow(layout, viewport, 100, 0).top).toBeGreaterThan(1600);
    expect(scrollToShow(layout, viewport, 3, 0)).toEqual({});
  });
});
