/** A1 addresses as Excel reads and prints them. */

import { MAX_COLUMNS, MAX_ROWS, columnLetters, quoteSheet } from "../../excel/sheets/addresses";

// One A1 vocabulary for the add-in and its stand-in.
export { MAX_COLUMNS, MAX_ROWS, columnLetters, quoteSheet };

/** A rectangle of cells, 0-based. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

export function inSheet(b: Block): boolean {
  return (
    [b.row, b.column, b.rows, b.columns].every(Number.isInteger) &&
    b.row >= 0 &&
    b.column >= 0 &&
    b.rows >= 1 &&
    b.columns >= 1 &&
    b.row + b.rows <= MAX_ROWS &&
    b.column + b.columns <= MAX_COLUMNS
  );
}

function span(first: number, last: number): [number, number] {
  return [Math.min(first, last), Math.abs(last - first) + 1];
}

/** `A1`, `$B$2:$G$7`, `B:D` or `3:5`; anything else (several areas, names, off the sheet): undefined. */
export function parseA1(text: string): Block | undefined {
  const parts = text.replace(/\$/g, "").toUpperCase().split(":");
  const a = parts[0] ?? "";
  const b = parts[1] ?? a;
  if (parts.length > 2) return undefined;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const [ca, cb] = [cell.exec(a), cell.exec(b)];
  let block: Block | undefined;
  if (ca && cb) {
    const [row, rows] = span(Number(ca[2]) - 1, Number(cb[2]) - 1);
    const [column, columns] = span(columnIndex(ca[1] ?? ""), columnIndex(cb[1] ?? ""));
    block = { row, column, rows, columns };
  } else if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const [column, columns] = span(columnIndex(a), columnIndex(b));
    block = { row: 0, column, rows: MAX_ROWS, columns };
  } else if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b)) {
    const [row, rows] = span(Number(a) - 1, Number(b) - 1);
    block = { row, column: 0, rows, columns: MAX_COLUMNS };
  }
  return block && inSheet(block) ? block : undefined;
}

/** `B2`, `B2:G7`, `$B$2:$G$7`; whole rows and columns as Excel prints them, `1:3` and `A:C`. */
export function formatA1(b: Block, absolute = false): string {
  const d = absolute ? "$" : "";
  const col = (c: number) => d + columnLetters(c);
  const row = (r: number) => d + String(r + 1);
  const [lastRow, lastColumn] = [b.row + b.rows - 1, b.column + b.columns - 1];
  if (b.column === 0 && b.columns === MAX_COLUMNS) return `${row(b.row)}:${row(lastRow)}`;
  if (b.row === 0 && b.rows === MAX_ROWS) return `${col(b.column)}:${col(lastColumn)}`;
  const start = col(b.column) + row(b.row);
  return b.rows === 1 && b.columns === 1 ? start : `${start}:${col(lastColumn)}${row(lastRow)}`;
}

export function qualify(sheet: string, block: Block, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatA1(block, absolute)}`;
}

/** Splits `'S&OP Input'!$B$2:$G$2` into the unquoted sheet name and the cells part. */
export function splitReference(text: string): { sheet?: string; cells: string } | undefined {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?([^'!]+)$/.exec(text.trim());
  if (!match) return undefined;
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
  return { ...(sheet === undefined ? {} : { sheet }), cells: match[3] ?? "" };
}

export function intersects(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** What is left of `block` once `hole` is cut out: up to four blocks (above, below, left, right). */
export function subtract(block: Block, hole: Block): Block[] {
  if (!intersects(block, hole)) return [block];
  const top = Math.max(block.row, hole.row);
  const bottom = Math.min(block.row + block.rows, hole.row + hole.rows);
  const blockEnd = block.column + block.columns;
  const holeEnd = hole.column + hole.columns;
  const parts: Block[] = [
    { ...block, rows: top - block.row },
    { ...block, row: bottom, rows: block.row + block.rows - bottom },
    { row: top, rows: bottom - top, column: block.column, columns: hole.column - block.column },
    { row: top, rows: bottom - top, column: holeEnd, columns: blockEnd - holeEnd },
  ];
  return parts.filter((p) => p.rows > 0 && p.columns > 0);
}
