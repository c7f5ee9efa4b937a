/** A1 addresses as Excel writes them, for messages that name the cell to fix. */

/** 0-based column index → letters (0 → A, 27 → AB). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Quotes a sheet name when Excel would: unless it is letters, digits, `_` and `.` not starting
 * with a digit or `.`, and does not read as a cell (`AB12`) or an R1C1 reference (`R2C3`, `C`).
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Z]{1,3}\d+$/i.test(sheet) &&
    !/^(R\d*(C\d*)?|C\d*)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Plan!F7` for a 0-based row and column. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(column)}${row + 1}`;
}

/** Where a block of cells is: its sheet, top-left row and column (from 0), and its size. */
type Area = [sheet: string, row: number, column: number, rows: number, columns: number];

/** `Plan!B2:G7` (or `Plan!B2` for one cell); `$B$2:$G$7` when `absolute`. */
function areaText([sheet, row, column, rows, columns]: Area, absolute: boolean): string {
  const pin = absolute ? "$" : "";
  const corner = (r: number, c: number) => `${pin}${columnLetters(c)}${pin}${r + 1}`;
  const start = corner(row, column);
  const end = corner(row + rows - 1, column + columns - 1);
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? start : `${start}:${end}`}`;
}

/** `Plan!B2:G7` (or `Plan!B2` for one cell). */
export function rangeAddress(...area: Area): string {
  return areaText(area, false);
}

/** `='S&OP Input'!$B$3:$G$3`: the reference a defined name holds. */
export function absoluteReference(...area: Area): string {
  return `=${areaText(area, true)}`;
}

/** Splits `'S&OP Input'!$B$3:$G$3` into the sheet name and the part after `!`. */
export function splitReference(reference: string): { sheet: string; cells: string } | undefined {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(text);
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? "");
  return { sheet, cells: match[3] ?? "" };
}

export interface CellBlock {
  /** 0-based first row and column. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * Parses the cells part of a reference: `$B$2:$G$7`, `B2`, whole columns `B:D` and whole rows
 * `3:5`. Several areas (`A1:B2,D1:E2`) are not one block: undefined.
 */
export function parseCells(cells: string): CellBlock | undefined {
  const text = cells.replace(/\$/g, "").toUpperCase();
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const parts = text.split(":");
  const first = parts[0];
  const second = parts[1] ?? first;
  if (first === undefined || second === undefined || parts.length > 2) return undefined;
  const a = cell.exec(first);
  const b = cell.exec(second);
  if (a && b) {
    const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1];
    const [c1, c2] = [columnIndex(a[1] ?? ""), columnIndex(b[1] ?? "")];
    return {
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    };
  }
  if (/^[A-Z]{1,3}$/.test(first) && /^[A-Z]{1,3}$/.test(second)) {
    const [c1, c2] = [columnIndex(first), columnIndex(second)];
    return { row: 0, column: Math.min(c1, c2), rows: MAX_ROWS, columns: Math.abs(c2 - c1) + 1 };
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const [r1, r2] = [Number(first) - 1, Number(second) - 1];
    return { row: Math.min(r1, r2), column: 0, rows: Math.abs(r2 - r1) + 1, columns: MAX_COLUMNS };
  }
  return undefined;
}
