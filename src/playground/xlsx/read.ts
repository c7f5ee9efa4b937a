import type ExcelJS from "exceljs";
import { type Block, parseA1 } from "../excel/addresses";
import {
  type Cell,
  type CellValue,
  type ConditionalFormatModel,
  type SheetModel,
  type StandInWorkbook,
  createStandInWorkbook,
} from "../excel";
import type { DefinedNameEntry } from "./definedNames";
import type { XlsxNote } from "./notes";
import { charactersToPoints, colourOf, PAPER_SIZE_CODES, parseTextRule } from "./shared";

/**
 * An exceljs workbook, with the names and sheet order read from `workbook.xml` itself, as a fresh
 * stand-in workbook: values, formulas (computed again when the stand-in has a formula engine),
 * number formats, bold, colours, alignment, column widths, frozen rows, hidden sheets, the active
 * sheet and each sheet's selection, tables, "contains text" conditional formats and every name
 * (constants and sheet-scoped names included).
 */
export interface ReadOptions {
  /** What computes the formulas of the workbook opened (the stand-in's `formulas` option). */
  readonly formulas: "none" | "hyperformula";
}

export interface ExcelJsImport {
  readonly book: StandInWorkbook;
  /** What the page could not keep, in words for the planner. */
  readonly notes: XlsxNote[];
}

const EXCEL_EPOCH = 25_569;
const DAY_MS = 86_400_000;

/** Days since 1899-12-30 (or 1904-01-01): the serial Excel keeps for a date. */
function serialOf(date: Date, date1904: boolean): number {
  const serial = date.getTime() / DAY_MS + EXCEL_EPOCH - (date1904 ? 1462 : 0);
  return Math.round(serial * 1e9) / 1e9;
}

interface ReadCell {
  readonly value: CellValue;
  readonly formula?: string;
  /** For an array formula, the cells it fills (`A20:F25`). */
  readonly array?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if (isObject(value)) {
    if (typeof value.error === "string") return value.error;
    if (Array.isArray(value.richText)) {
      return value.richText
        .map((run) => (isObject(run) && typeof run.text === "string" ? run.text : ""))
        .join("");
    }
    if (typeof value.text === "string") return value.text;
    if ("result" in value) return plainValue(value.result, date1904);
  }
  return "";
}

/** Functions newer than Excel 2007 are stored with a prefix that Excel hides. */
const stripFunctionPrefixes = (formula: string): string => formula.replace(/_xl(?:fn|ws)\./g, "");

function readCell(cell: ExcelJS.Cell, date1904: boolean): ReadCell {
  const value: unknown = cell.value;
  if (isObject(value) && ("formula" in value || "sharedFormula" in value)) {
    // For a shared formula's other cells exceljs gives the master's formula moved to this cell.
    const formula = typeof cell.formula === "string" ? cell.formula : undefined;
    const computed = plainValue(value.result, date1904);
    if (formula === undefined || formula === "") return { value: computed };
    const array =
      value.shareType === "array" && typeof value.ref === "string" ? value.ref : undefined;
    return {
      value: computed,
      formula: `=${stripFunctionPrefixes(formula)}`,
      ...(array !== undefined ? { array } : {}),
    };
  }
  return { value: plainValue(value, date1904) };
}

const ALIGNMENT: Readonly<Record<string, string>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};

type Formats = Omit<Cell, "value" | "formula">;

function readFormats(cell: ExcelJS.Cell): Formats {
  const formats: {
    -readonly [K in keyof Formats]: Formats[K];
  } = {};
  const numFmt = cell.numFmt as string | undefined;
  if (typeof numFmt === "string" && numFmt !== "" && numFmt !== "General") {
    formats.numberFormat = numFmt;
  }
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold === true) formats.bold = true;
  const fontColour = colourOf(font?.color?.argb);
  if (fontColour !== undefined) formats.fontColor = fontColour;
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const fillColour = colourOf(fill.fgColor?.argb);
    if (fillColour !== undefined) formats.fillColor = fillColour;
  }
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (alignment?.wrapText === true) formats.wrapText = true;
  const horizontal =
    alignment?.horizontal === undefined ? undefined : ALIGNMENT[alignment.horizontal];
  if (horizontal !== undefined) formats.horizontalAlignment = horizontal;
  return formats;
}

const inside = (b: Block, row: number, column: number): boolean =>
  row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns;

function readCells(worksheet: ExcelJS.Worksheet, sheet: SheetModel, date1904: boolean): void {
  const found: { row: number; column: number; read: ReadCell; formats: Formats }[] = [];
  const arrays: Block[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const read = readCell(cell, date1904);
      const formats = readFormats(cell);
      if (read.value === "" && read.formula === undefined && Object.keys(formats).length === 0)
        return;
      found.push({ row: rowNumber - 1, column: columnNumber - 1, read, formats });
      const block = read.array === undefined ? undefined : parseA1(read.array);
      if (block && block.rows * block.columns > 1) arrays.push(block);
    });
  });
  for (const { row, column, read, formats } of found) {
    // The other cells of an array formula hold its last values: the formula fills them again.
    const spilled =
      read.formula === undefined &&
      arrays.some((b) => inside(b, row, column) && !(b.row === row && b.column === column));
    const cell: Cell = {
      ...formats,
      value: spilled ? "" : read.value,
      ...(read.formula !== undefined ? { formula: read.formula } : {}),
    };
    sheet.cells.set(row, column, cell);
  }
}

interface ExcelJsTableModel {
  readonly name?: string;
  readonly tableRef?: string;
  readonly ref?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly style?: { readonly theme?: string; readonly showRowStripes?: boolean };
}

function readTables(
  book: StandInWorkbook,
  worksheet: ExcelJS.Worksheet,
  sheet: SheetModel,
  notes: XlsxNote[]
): void {
  for (const table of worksheet.getTables()) {
    const model = (table as unknown as { model: ExcelJsTableModel }).model;
    const name = model.name ?? "";
    const parsed = parseA1(model.tableRef ?? model.ref ?? "");
    if (!parsed || model.headerRow === false) {
      notes.push({ kind: "tableWithoutHeader", table: name, sheet: sheet.name });
      continue;
    }
    const block = model.totalsRow === true ? { ...parsed, rows: parsed.rows - 1 } : parsed;
    if (model.totalsRow === true) {
      notes.push({ kind: "tableTotalRow", table: name, sheet: sheet.name });
    }
    book.model.tables.push({
      name,
      sheet,
      block,
      style: model.style?.theme ?? "TableStyleMedium2",
      showBandedRows: model.style?.showRowStripes ?? true,
    });
  }
}

interface ExcelJsRule {
  readonly type?: string;
  readonly operator?: string;
  readonly text?: string;
  readonly formulae?: readonly unknown[];
  readonly style?: {
    readonly fill?: { readonly bgColor?: { argb?: string }; readonly fgColor?: { argb?: string } };
    readonly font?: { readonly color?: { argb?: string } };
  };
}

function readConditionalFormats(worksheet: ExcelJS.Worksheet, sheet: SheetModel): number {
  let skipped = 0;
  // Read by exceljs, though its types leave it out.
  const formats = (
    worksheet as unknown as {
      conditionalFormattings?: readonly { ref?: string; rules?: readonly ExcelJsRule[] }[];
    }
  ).conditionalFormattings;
  for (const format of formats ?? []) {
    const blocks = (format.ref ?? "")
      .split(/\s+/)
      .map((area) => parseA1(area))
      .filter((b): b is Block => b !== undefined);
    for (const rule of format.rules ?? []) {
      const formula = typeof rule.formulae?.[0] === "string" ? rule.formulae[0] : "";
      const textRule =
        rule.type === "containsText" || rule.type === "expression"
          ? parseTextRule(formula)
          : undefined;
      const fromText =
        rule.type === "containsText" &&
        rule.operator === "containsText" &&
        typeof rule.text === "string"
          ? { operator: "Contains", text: rule.text }
          : undefined;
      const found = textRule ?? fromText;
      if (!found || blocks.length === 0) {
        skipped++;
        continue;
      }
      const fill = colourOf(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
      const font = colourOf(rule.style?.font?.color?.argb);
      const cf: ConditionalFormatModel = {
        sheet,
        type: "ContainsText",
        blocks: [...blocks],
        rule: found,
        ...(fill !== undefined ? { fillColor: fill } : {}),
        ...(font !== undefined ? { fontColor: font } : {}),
      };
      sheet.conditionalFormats.push(cf);
    }
  }
  return skipped;
}

function readNames(
  book: StandInWorkbook,
  names: readonly DefinedNameEntry[],
  sheetOrder: readonly string[],
  notes: XlsxNote[]
): void {
  for (const entry of names) {
    // Excel's own names (print areas, filters) mean nothing to the playground.
    if (entry.name.startsWith("_xlnm.")) continue;
    const scope = entry.localSheetId === undefined ? undefined : sheetOrder[entry.localSheetId];
    try {
      book.defineName(entry.name, `=${entry.formula}`, {
        ...(scope !== undefined ? { scope } : {}),
        visible: !entry.hidden,
        comment: entry.comment,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notes.push({ kind: "nameLeftOut", name: entry.name, formula: entry.formula, reason });
    }
  }
}

/** The workbook as a new stand-in workbook, and what was left out. */
export function fromExcelJs(
  workbook: ExcelJS.Workbook,
  names: readonly DefinedNameEntry[],
  sheetOrder: readonly string[],
  options: ReadOptions
): ExcelJsImport {
  const position = (name: string) => {
    const index = sheetOrder.indexOf(name);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const worksheets = [...workbook.worksheets].sort((a, b) => position(a.name) - position(b.name));
  if (worksheets.length === 0) throw new Error("it has no worksheets");
  const book = createStandInWorkbook({
    formulas: options.formulas,
    sheets: worksheets.map((worksheet) => worksheet.name),
  });
  const properties = workbook.properties as Partial<ExcelJS.WorkbookProperties> | undefined;
  const date1904 = properties?.date1904 === true;
  const notes: XlsxNote[] = [];
  let skippedFormats = 0;

  for (const worksheet of worksheets) {
    const sheet = book.sheet(worksheet.name);
    if (worksheet.state === "hidden") sheet.visibility = "Hidden";
    if (worksheet.state === "veryHidden") sheet.visibility = "VeryHidden";
    readCells(worksheet, sheet, date1904);
    const columns = (worksheet.columns as Partial<ExcelJS.Column>[] | null | undefined) ?? [];
    columns.forEach((column, index) => {
      if (typeof column.width === "number") {
        sheet.columnWidths.set(index, charactersToPoints(column.width));
      }
    });
    const views = worksheet.views as
      Partial<ExcelJS.WorksheetViewFrozen & { activeCell: string }>[] | null | undefined;
    const view = views?.[0];
    if (view?.state === "frozen") sheet.frozenRows = view.ySplit ?? 0;
    const active = view?.activeCell === undefined ? undefined : parseA1(view.activeCell);
    if (active) sheet.selection = active;
    readTables(book, worksheet, sheet, notes);
    readPageSetup(worksheet, sheet);
    skippedFormats += readConditionalFormats(worksheet, sheet);
  }
  const bookViews = workbook.views as Partial<ExcelJS.WorkbookView>[] | null | undefined;
  const activeTab = bookViews?.[0]?.activeTab ?? 0;
  const activeSheet = book.model.sheets[activeTab];
  const firstVisible = book.model.sheets.find((sheet) => sheet.visibility === "Visible");
  book.model.active =
    activeSheet?.visibility === "Visible" ? activeSheet : (firstVisible ?? book.model.active);

  readNames(book, names, sheetOrder, notes);
  if (skippedFormats > 0) {
    notes.push({ kind: "conditionalFormatsLeftOut", count: skippedFormats });
  }
  return { book, notes };
}

/** The print settings the add-in sets: orientation, paper, fit to pages or scale, print area. */
function readPageSetup(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  const setup = worksheet.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
  if (!setup) return;
  const layout = sheet.pageLayout;
  if (setup.orientation === "landscape") layout.orientation = "Landscape";
  const paper = Object.entries(PAPER_SIZE_CODES).find(
    ([, code]) => code === Number(setup.paperSize)
  );
  if (paper) layout.paperSize = paper[0];
  if (setup.fitToPage === true) {
    layout.fitToWidth = setup.fitToWidth ?? 1;
    layout.fitToHeight = setup.fitToHeight ?? 1;
  } else if (typeof setup.scale === "number" && setup.scale !== 100) layout.scale = setup.scale;
  if (setup.showGridLines === true) layout.printGridlines = true;
  const area =
    setup.printArea === undefined ? undefined : parseA1(setup.printArea.replace(/\$/g, ""));
  if (area) layout.printArea = area;
}
