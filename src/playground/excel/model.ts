import {
  type Block,
  inSheet,
  intersects,
  parseA1,
  formatA1,
  qualify,
  splitReference,
  subtract,
} from "./addresses";
import { BLANK, type CellStore, type ClearKind, MapCellStore, clearBlock } from "./cells";
import { StandInError, notModeled } from "./errors";

/** The workbook as plain data: what the proxies change at sync and what tests assert on. */

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  name: string;
  visibility: Visibility;
  readonly cells: CellStore;
  /** Points, for the columns whose width was set; the others are DEFAULT_COLUMN_WIDTH. */
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  /** Each sheet keeps its selection; Excel shows it again when the sheet is activated. */
  selection: Block;
  readonly conditionalFormats: ConditionalFormatModel[];
  /** Charts in the order they were added. */
  readonly charts: ChartModel[];
  /** Print settings; absent fields are Excel's defaults (portrait, Letter, 100 %). */
  readonly pageLayout: PageLayoutModel;
}

/** A chart as the add-in creates it: series by rows or columns from a source range. */
export interface ChartModel {
  name: string;
  readonly type: string;
  readonly source: Block;
  readonly seriesBy: "Rows" | "Columns" | "Auto";
  title: string;
  /** The category labels, when set apart from the source. */
  categories?: Block;
  /** Top-left and bottom-right cells it spans. */
  position?: { readonly from: Block; readonly to: Block };
}

export interface PageLayoutModel {
  orientation?: "Portrait" | "Landscape";
  paperSize?: string;
  fitToWidth?: number;
  fitToHeight?: number;
  scale?: number;
  printGridlines?: boolean;
  printArea?: Block;
}

export const DEFAULT_COLUMN_WIDTH = 48;

export interface ConditionalFormatModel {
  readonly sheet: SheetModel;
  readonly type: "ContainsText";
  /** Clearing part of its cells splits the rest into several blocks, as in Excel. */
  blocks: Block[];
  rule?: { operator: string; text: string };
  fontColor?: string;
  fillColor?: string;
}

export type NameTarget =
  | { readonly kind: "range"; readonly sheet: SheetModel; readonly block: Block }
  | { readonly kind: "constant"; readonly value: string | number | boolean }
  /** What is left when the cells went away, e.g. `=#REF!$B$2:$G$2`. */
  | { readonly kind: "error"; readonly formula: string };

export interface NameModel {
  readonly name: string;
  /** Undefined for a workbook-scoped name. */
  readonly scope: SheetModel | undefined;
  target: NameTarget;
  visible: boolean;
  comment: string;
}

export interface TableModel {
  name: string;
  readonly sheet: SheetModel;
  /** Header row included. */
  readonly block: Block;
  style: string;
  showBandedRows: boolean;
}

export interface WorkbookModel {
  /** In tab order. */
  readonly sheets: SheetModel[];
  readonly names: NameModel[];
  readonly tables: TableModel[];
  active: SheetModel;
  /** The file's name, as `workbook.name` gives it; a new workbook's is "Book1". */
  name?: string;
  /** Makes the cell store of a new sheet; a formula engine gives its own. Default: a plain map. */
  readonly newCells?: (sheetName: string) => CellStore;
}

/** Excel compares sheet, name and table names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export function findSheet(book: WorkbookModel, name: string): SheetModel | undefined {
  return book.sheets.find((sheet) => sameName(sheet.name, name));
}

function newSheet(name: string, newCells?: (sheetName: string) => CellStore): SheetModel {
  return {
    name,
    visibility: "Visible",
    cells: newCells ? newCells(name) : new MapCellStore(),
    columnWidths: new Map(),
    frozenRows: 0,
    selection: { row: 0, column: 0, rows: 1, columns: 1 },
    conditionalFormats: [],
    charts: [],
    pageLayout: {},
  };
}

export function createWorkbookModel(
  sheetNames: readonly string[],
  newCells?: (sheetName: string) => CellStore
): WorkbookModel {
  const firstName = sheetNames[0] ?? "Sheet1";
  checkSheetNameText(firstName);
  const first = newSheet(firstName, newCells);
  const book: WorkbookModel = {
    sheets: [first],
    names: [],
    tables: [],
    active: first,
    ...(newCells ? { newCells } : {}),
  };
  for (const name of sheetNames.slice(1)) addSheet(book, name);
  return book;
}

function checkSheetNameText(name: string): void {
  if (!/^[^[\]:*?/\\]{1,31}$/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new StandInError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  }
}

export function checkSheetName(book: WorkbookModel, name: string, self?: SheetModel): void {
  checkSheetNameText(name);
  const other = findSheet(book, name);
  if (other && other !== self) throw new StandInError("ItemAlreadyExists");
}

export function addSheet(book: WorkbookModel, name?: string): SheetModel {
  let chosen = name;
  for (let n = book.sheets.length + 1; chosen === undefined; n++) {
    if (!findSheet(book, `Sheet${n}`)) chosen = `Sheet${n}`;
  }
  checkSheetName(book, chosen);
  const sheet = newSheet(chosen, book.newCells);
  book.sheets.push(sheet);
  return sheet;
}

/**
 * As Excel: the last visible sheet stays; the next visible sheet becomes active; the sheet's own
 * names and tables go with it, and names that pointed at it become `#REF!` errors.
 */
export function deleteSheet(book: WorkbookModel, sheet: SheetModel): void {
  const visible = (s: SheetModel) => s !== sheet && s.visibility === "Visible";
  if (!book.sheets.some(visible)) {
    throw new StandInError(
      "InvalidOperation",
      "A workbook must contain at least one visible worksheet."
    );
  }
  const index = book.sheets.indexOf(sheet);
  book.sheets.splice(index, 1);
  if (book.active === sheet) {
    const next = [...book.sheets.slice(index), ...book.sheets.slice(0, index).reverse()];
    book.active = next.find(visible) ?? book.active;
  }
  remove(book.names, (n) => n.scope === sheet);
  for (const n of book.names) {
    if (n.target.kind === "range" && n.target.sheet === sheet) {
      n.target = { kind: "error", formula: `=#REF!${formatA1(n.target.block, true)}` };
    }
  }
  remove(book.tables, (t) => t.sheet === sheet);
}

function remove<T>(list: T[], gone: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (gone(list[i] as T)) list.splice(i, 1);
}

/** Letters, digits, `_`, `.`, `\`; not starting with a digit; not readable as a cell (A1, R1C1). */
export function checkName(
  book: WorkbookModel,
  name: string,
  scope: SheetModel | undefined,
  self?: TableModel
): void {
  const valid =
    /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) &&
    !/^[A-Z]{1,3}\d+$/i.test(name) &&
    !/^(R\d*(C\d*)?|C\d*)$/i.test(name);
  if (!valid) throw new StandInError("InvalidArgument", `'${name}' is not a valid name.`);
  const taken =
    book.names.some((n) => n.scope === scope && sameName(n.name, name)) ||
    book.tables.some((t) => t !== self && sameName(t.name, name));
  if (taken) throw new StandInError("ItemAlreadyExists");
}

/** What a defined name's formula refers to: one reference, a constant, or a `#REF!` error. */
export function parseNameFormula(
  book: WorkbookModel,
  formula: string,
  scope: SheetModel | undefined
): NameTarget {
  const body = (formula.startsWith("=") ? formula.slice(1) : formula).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { kind: "constant", value: (text[1] ?? "").replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(body)) return { kind: "constant", value: /^TRUE$/i.test(body) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body))
    return { kind: "constant", value: Number(body) };
  if (body.includes("#REF!")) return { kind: "error", formula: `=${body}` };
  const reference = splitReference(body);
  const block = reference && parseA1(reference.cells);
  if (reference && block) {
    const sheet =
      reference.sheet === undefined ? (scope ?? book.active) : findSheet(book, reference.sheet);
    if (!sheet)
      throw new StandInError("InvalidArgument", `There is no sheet '${reference.sheet ?? ""}'.`);
    return { kind: "range", sheet, block };
  }
  throw notModeled(`the name formula ${formula} (only one reference or a constant is)`);
}

export type NamedItemType = "Range" | "String" | "Double" | "Boolean" | "Error";

/** `type`, `value` and `formula` as Excel reports them; a range's value has no "=". */
export function describeName(n: NameModel): {
  type: NamedItemType;
  value: string | number | boolean;
  formula: string;
} {
  const t = n.target;
  if (t.kind === "error") return { type: "Error", value: "#REF!", formula: t.formula };
  if (t.kind === "range") {
    const value = qualify(t.sheet.name, t.block, true);
    return { type: "Range", value, formula: `=${value}` };
  }
  const v = t.value;
  if (typeof v === "string")
    return { type: "String", value: v, formula: `="${v.replace(/"/g, '""')}"` };
  if (typeof v === "boolean") return { type: "Boolean", value: v, formula: v ? "=TRUE" : "=FALSE" };
  return { type: "Double", value: v, formula: `=${v}` };
}

/** Clearing formats (or everything) also takes the conditional formats off those cells. */
export function clearRange(sheet: SheetModel, block: Block, kind: ClearKind): void {
  clearBlock(sheet.cells, block, kind);
  if (kind !== "Contents") clearConditionalFormats(sheet, block);
}

/** Takes conditional formats off a block; a format that covered more keeps the rest. */
export function clearConditionalFormats(sheet: SheetModel, block: Block): void {
  for (const cf of sheet.conditionalFormats)
    cf.blocks = cf.blocks.flatMap((b) => subtract(b, block));
  remove(sheet.conditionalFormats, (cf) => cf.blocks.length === 0);
}

/**
 * As Excel: tables may not overlap; a lone header row gets an empty data row under it; blank
 * headers become `Column1`…, repeated ones get a number, and all headers become text.
 */
export function addTable(
  book: WorkbookModel,
  sheet: SheetModel,
  at: Block,
  hasHeaders: boolean
): TableModel {
  if (!hasHeaders) throw notModeled("tables.add(…, false), where Excel inserts a header row");
  const block = at.rows === 1 ? { ...at, rows: 2 } : at;
  if (!inSheet(block)) throw new StandInError("InvalidArgument");
  if (book.tables.some((t) => t.sheet === sheet && intersects(t.block, block))) {
    throw new StandInError("InvalidOperation", "A table can't overlap another table.");
  }
  const seen = new Set<string>();
  for (let c = 0; c < block.columns; c++) {
    const cell = sheet.cells.get(block.row, block.column + c) ?? BLANK;
    const base = cell.value === "" ? `Column${c + 1}` : String(cell.value);
    let header = base;
    for (let k = 2; seen.has(header.toUpperCase()); k++) header = `${base}${k}`;
    seen.add(header.toUpperCase());
    const { formula: _formula, ...constant } = cell;
    sheet.cells.set(block.row, block.column + c, { ...constant, value: header });
  }
  let n = 1;
  const taken = (name: string) =>
    book.tables.some((t) => sameName(t.name, name)) ||
    book.names.some((x) => sameName(x.name, name));
  while (taken(`Table${n}`)) n++;
  const table = {
    name: `Table${n}`,
    sheet,
    block,
    style: "TableStyleMedium2",
    showBandedRows: true,
  };
  book.tables.push(table);
  return table;
}

/** Excel's `Table.delete()` removes the table with its cells' contents and formats. */
export function deleteTable(book: WorkbookModel, table: TableModel): void {
  clearRange(table.sheet, table.block, "All");
  remove(book.tables, (t) => t === table);
}
