import ExcelJS from "exceljs";
import { type Block, formatA1 } from "../excel/addresses";
import type { Cell, CellValue, StandInWorkbook } from "../excel";
import { type ConditionalFormatModel, type SheetModel, describeName } from "../excel/model";
import type { DefinedNameEntry } from "./definedNames";
import type { XlsxNote } from "./notes";
import {
  argbOf,
  ERROR_VALUES,
  PAPER_SIZE_CODES,
  pointsToCharacters,
  textRuleFormula,
} from "./shared";

/**
 * The stand-in's workbook as an exceljs workbook: values, formulas with their last values, number
 * formats, bold, font and fill colours, alignment, column widths, frozen rows, hidden sheets, the
 * active sheet, tables and the "contains text" conditional formats. Names are returned apart, to
 * go into `workbook.xml` as they are (`saveXlsx`), since exceljs cannot write every kind.
 */
export interface ExcelJsExport {
  readonly workbook: ExcelJS.Workbook;
  readonly names: DefinedNameEntry[];
  /** What the file keeps differently from the page, in words for the planner. */
  readonly notes: XlsxNote[];
}

/** The value of a constant cell in exceljs' terms: errors as error values, "" as nothing. */
function constantValue(value: CellValue): ExcelJS.CellValue {
  if (value === "") return null;
  if (typeof value === "string" && ERROR_VALUES.has(value)) {
    return { error: value } as ExcelJS.CellErrorValue;
  }
  return value;
}

function formulaResult(value: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (typeof value === "string" && ERROR_VALUES.has(value)) {
    return { error: value } as ExcelJS.CellErrorValue;
  }
  return value;
}

/** exceljs writes `<f t="array" ref="…">` for these: what Excel calls a (legacy) array formula. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  readonly shareType: "array";
  readonly ref: string;
}

const ALIGNMENT: Readonly<Record<string, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

function writeFormats(target: ExcelJS.Cell, cell: Cell, lost: Set<string>): void {
  if (cell.numberFormat !== undefined && cell.numberFormat !== "General") {
    target.numFmt = cell.numberFormat;
  }
  const fontColor = cell.fontColor === undefined ? undefined : argbOf(cell.fontColor);
  if (cell.fontColor !== undefined && fontColor === undefined) lost.add(cell.fontColor);
  if (cell.bold === true || fontColor !== undefined) {
    target.font = {
      ...(cell.bold === true ? { bold: true } : {}),
      ...(fontColor !== undefined ? { color: { argb: fontColor } } : {}),
    };
  }
  const fillColor = cell.fillColor === undefined ? undefined : argbOf(cell.fillColor);
  if (cell.fillColor !== undefined && fillColor === undefined) lost.add(cell.fillColor);
  if (fillColor !== undefined) {
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fillColor } };
  }
  const horizontal =
    cell.horizontalAlignment === undefined ? undefined : ALIGNMENT[cell.horizontalAlignment];
  if (cell.wrapText === true || horizontal !== undefined) {
    target.alignment = {
      ...(cell.wrapText === true ? { wrapText: true } : {}),
      ...(horizontal !== undefined ? { horizontal } : {}),
    };
  }
}

const cellAt = (row: number, column: number): string =>
  formatA1({ row, column, rows: 1, columns: 1 });

/** Writes a sheet's cells; returns how many spilled formulas became array formulas. */
function writeCells(
  book: StandInWorkbook,
  sheet: SheetModel,
  worksheet: ExcelJS.Worksheet,
  lostColours: Set<string>
): number {
  let arrays = 0;
  for (const [row, column, cell] of sheet.cells.entries()) {
    const target = worksheet.getCell(row + 1, column + 1);
    if (cell.formula !== undefined) {
      const address = cellAt(row, column);
      const spill = book.spillOf(sheet.name, address);
      const formula = cell.formula.replace(/^=/, "");
      const result = formulaResult(cell.value);
      if (spill && spill.anchor === address) {
        arrays++;
        const value: ArrayFormulaValue = {
          formula,
          result,
          shareType: "array",
          ref: spill.address,
        };
        target.value = value;
      } else {
        target.value = { formula, result };
      }
    } else {
      target.value = constantValue(cell.value);
    }
    writeFormats(target, cell, lostColours);
  }
  return arrays;
}

function writeTables(book: StandInWorkbook, sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  for (const table of book.model.tables.filter((t) => t.sheet === sheet)) {
    const { row, column, rows, columns } = table.block;
    const value = (r: number, c: number) => worksheet.getCell(row + r + 1, column + c + 1).value;
    const headers = Array.from({ length: columns }, (_, c) => {
      const header = value(0, c);
      const plain =
        typeof header === "string" || typeof header === "number" || typeof header === "boolean";
      return { name: plain ? String(header) : `Column${c + 1}` };
    });
    // exceljs writes the rows into the cells again: they are the cells' own values.
    const data = Array.from({ length: rows - 1 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => value(r + 1, c))
    );
    worksheet.addTable({
      name: table.name,
      ref: cellAt(row, column),
      headerRow: true,
      totalsRow: false,
      style: {
        theme: table.style as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: table.showBandedRows,
      },
      columns: headers,
      rows: data,
    });
  }
}

function conditionalRule(
  cf: ConditionalFormatModel,
  priority: number,
  lostColours: Set<string>
): ExcelJS.ConditionalFormattingRule | undefined {
  const rule = cf.rule;
  const first = cf.blocks[0];
  if (!rule || !first) return undefined;
  const fill = cf.fillColor === undefined ? undefined : argbOf(cf.fillColor);
  const font = cf.fontColor === undefined ? undefined : argbOf(cf.fontColor);
  if (cf.fillColor !== undefined && fill === undefined) lostColours.add(cf.fillColor);
  if (cf.fontColor !== undefined && font === undefined) lostColours.add(cf.fontColor);
  const style: Partial<ExcelJS.Style> = {
    ...(fill !== undefined
      ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } } }
      : {}),
    ...(font !== undefined ? { font: { color: { argb: font } } } : {}),
  };
  const formula = textRuleFormula(rule.operator, rule.text, cellAt(first.row, first.column));
  if (formula === undefined) return undefined;
  if (rule.operator === "Contains") {
    return {
      type: "containsText",
      operator: "containsText",
      text: rule.text,
      formulae: [formula],
      priority,
      style,
    } as ExcelJS.ConditionalFormattingRule;
  }
  return { type: "expression", formulae: [formula], priority, style };
}

const areas = (blocks: readonly Block[]): string => blocks.map((b) => formatA1(b)).join(" ");

/** The model as an exceljs workbook, with the names for `workbook.xml` and what differs. */
export function toExcelJs(book: StandInWorkbook): ExcelJsExport {
  const { model } = book;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "S&OP Planner playground";
  const lostColours = new Set<string>();
  let arrays = 0;
  let priority = 1;
  let charts = 0;

  for (const sheet of model.sheets) {
    const state: ExcelJS.WorksheetState =
      sheet.visibility === "Hidden"
        ? "hidden"
        : sheet.visibility === "VeryHidden"
          ? "veryHidden"
          : "visible";
    const selected = sheet.selection;
    const worksheet = workbook.addWorksheet(sheet.name, {
      state,
      views: [
        sheet.frozenRows > 0
          ? {
              state: "frozen",
              xSplit: 0,
              ySplit: sheet.frozenRows,
              topLeftCell: cellAt(sheet.frozenRows, 0),
              activeCell: cellAt(selected.row, selected.column),
            }
          : { state: "normal", activeCell: cellAt(selected.row, selected.column) },
      ],
    });
    for (const [column, points] of sheet.columnWidths) {
      worksheet.getColumn(column + 1).width = pointsToCharacters(points);
    }
    arrays += writeCells(book, sheet, worksheet, lostColours);
    writeTables(book, sheet, worksheet);
    for (const cf of sheet.conditionalFormats) {
      const rule = conditionalRule(cf, priority, lostColours);
      if (!rule) continue;
      priority++;
      worksheet.addConditionalFormatting({ ref: areas(cf.blocks), rules: [rule] });
    }
    writePageSetup(sheet, worksheet);
    charts += sheet.charts.length;
  }
  const activeTab = Math.max(0, model.sheets.indexOf(model.active));
  workbook.views = [
    { x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab, visibility: "visible" },
  ];

  const names: DefinedNameEntry[] = model.names.map((item) => {
    const scope = item.scope ? model.sheets.indexOf(item.scope) : -1;
    return {
      name: item.name,
      formula: describeName(item).formula.replace(/^=/, ""),
      ...(scope >= 0 ? { localSheetId: scope } : {}),
      hidden: !item.visible,
      comment: item.comment,
    };
  });

  const notes: XlsxNote[] = [];
  if (arrays > 0) notes.push({ kind: "spillsAsArrays", count: arrays });
  if (lostColours.size > 0) notes.push({ kind: "coloursLeftOut", colours: [...lostColours] });
  if (charts > 0) notes.push({ kind: "chartsLeftOut", count: charts });
  return { workbook, names, notes };
}

function writePageSetup(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const layout = sheet.pageLayout;
  // exceljs types the paper size as an enum of a few codes; the file format takes any code.
  const setup: Partial<Omit<ExcelJS.PageSetup, "paperSize">> & { paperSize?: number } = {};
  if (layout.orientation !== undefined)
    setup.orientation = layout.orientation === "Landscape" ? "landscape" : "portrait";
  const paper = layout.paperSize === undefined ? undefined : PAPER_SIZE_CODES[layout.paperSize];
  if (paper !== undefined) setup.paperSize = paper;
  if (layout.fitToWidth !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = layout.fitToWidth;
    setup.fitToHeight = layout.fitToHeight ?? 1;
  } else if (layout.scale !== undefined) setup.scale = layout.scale;
  if (layout.printGridlines !== undefined) setup.showGridLines = layout.printGridlines;
  // exceljs makes the reference absolute itself.
  if (layout.printArea) setup.printArea = formatA1(layout.printArea);
  if (Object.keys(setup).length > 0) Object.assign(worksheet.pageSetup, setup);
}
