import { type Block, MAX_COLUMNS } from "./addresses";
import { StandInError, notModeled } from "./errors";

export type CellValue = number | string | boolean;

/** One cell. Absent fields are Excel's defaults (General, not bold, automatic colours, no fill). */
export interface Cell {
  /**
   * "" for blank. In the default store a formula cell keeps whatever value it last had (no engine
   * computes it); in HyperFormula's (`formulaEngine.ts`) it is the computed value.
   */
  readonly value: CellValue;
  /** As given, starting with "=". */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly fillColor?: string;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: string;
}

export const BLANK: Cell = { value: "" };

/**
 * The only way the stand-in touches cells, so a formula engine can take over the store without
 * the proxies noticing (`EngineCellStore` in `formulaEngine.ts` does, for HyperFormula).
 */
export interface CellStore {
  readonly size: number;
  get(row: number, column: number): Cell | undefined;
  /** A blank cell without formats is removed. */
  set(row: number, column: number, cell: Cell): void;
  /** The stored cells, in no particular order. */
  entries(): Iterable<readonly [number, number, Cell]>;
}

/** Run for every cell written: a loop over the few fields, no array of entries made. */
function isBlank(cell: Cell): boolean {
  if (cell.value !== "") return false;
  for (const key in cell) {
    if (key !== "value" && cell[key as keyof Cell] !== undefined) return false;
  }
  return true;
}

/** Sparse: a sheet is 1,048,576 × 16,384 cells and a plan uses a few thousand. */
export class MapCellStore implements CellStore {
  readonly #cells = new Map<number, Cell>();

  get size(): number {
    return this.#cells.size;
  }
  get(row: number, column: number): Cell | undefined {
    return this.#cells.get(row * MAX_COLUMNS + column);
  }
  set(row: number, column: number, cell: Cell): void {
    const key = row * MAX_COLUMNS + column;
    if (isBlank(cell)) this.#cells.delete(key);
    else this.#cells.set(key, cell);
  }
  *entries(): IterableIterator<readonly [number, number, Cell]> {
    for (const [key, cell] of this.#cells) {
      yield [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, cell] as const;
    }
  }
}

/** Stored cells inside a block, walking whichever is smaller: the block or the store. */
export function storedIn(store: CellStore, b: Block): (readonly [number, number, Cell])[] {
  const found: (readonly [number, number, Cell])[] = [];
  if (b.rows * b.columns <= store.size) {
    for (let r = b.row; r < b.row + b.rows; r++) {
      for (let c = b.column; c < b.column + b.columns; c++) {
        const cell = store.get(r, c);
        if (cell) found.push([r, c, cell]);
      }
    }
    return found;
  }
  for (const entry of store.entries()) {
    const [r, c] = entry;
    if (r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns) {
      found.push(entry);
    }
  }
  return found;
}

/** Beyond this a cell-by-cell write (a broadcast over whole columns, say) would hang the tests. */
const MAX_CELLS_PER_WRITE = 4_000_000;

/** Replaces every cell of a block by `change(cell, rowInBlock, columnInBlock)`. */
export function updateBlock(
  store: CellStore,
  b: Block,
  change: (cell: Cell, row: number, column: number) => Cell
): void {
  if (b.rows * b.columns > MAX_CELLS_PER_WRITE) {
    throw notModeled(`writing ${b.rows * b.columns} cells cell by cell`);
  }
  // Every input is checked before any cell changes, so a bad entry leaves the block as it was.
  const next = readGrid(store, b, (cell) => cell).map((row, r) =>
    row.map((cell, c) => change(cell, r, c))
  );
  next.forEach((row, r) => {
    row.forEach((cell, c) => {
      store.set(b.row + r, b.column + c, cell);
    });
  });
}

export function readGrid<T>(store: CellStore, b: Block, pick: (cell: Cell) => T): T[][] {
  return Array.from({ length: b.rows }, (_, r) =>
    Array.from({ length: b.columns }, (_, c) => pick(store.get(b.row + r, b.column + c) ?? BLANK))
  );
}

/** A property over a block as Excel reports it: the common value, or null when cells differ. */
export function uniform<T>(store: CellStore, b: Block, pick: (cell: Cell) => T): T | null {
  const stored = storedIn(store, b);
  const picked = stored.map(([, , cell]) => pick(cell));
  if (stored.length < b.rows * b.columns) picked.push(pick(BLANK));
  const [first] = picked;
  return first !== undefined && picked.every((v) => v === first) ? first : null;
}

/**
 * Excel's rule for a 2-D array written to a range: exactly the range's dimensions, except that a
 * 1×1 array is written to every cell. Returns the input at a block-relative position.
 */
export function gridReader(grid: unknown, b: Block): (row: number, column: number) => unknown {
  if (!Array.isArray(grid) || !grid.every((row) => Array.isArray(row))) {
    throw new StandInError("InvalidArgument");
  }
  const rows = grid as unknown[][];
  const only = rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : undefined;
  if (only !== undefined) return () => only;
  if (rows.length !== b.rows || rows.some((row) => row.length !== b.columns)) {
    throw new StandInError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return (r, c) => rows[r]?.[c];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Days since 1899-12-30, Excel's date serial; undefined for dates Excel would keep as text. */
function dateSerial(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return time / 86_400_000 + 25_569;
}

/**
 * What Excel stores when a value is entered through `values` or `formulas`: "=…" is a formula;
 * text that reads as a number, TRUE/FALSE or an ISO date (2024-04, 2024-04-15) is converted,
 * unless the cell is formatted as text ("@") or the text starts with an apostrophe; null leaves the
 * cell as it is. A formula keeps the cell's value (a formula engine's store computes its own).
 */
export function enter(cell: Cell, input: unknown): Cell {
  if (input === null) return cell;
  const { formula: _formula, ...constant } = cell;
  if (typeof input === "boolean") return { ...constant, value: input };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new StandInError("InvalidArgument");
    return { ...constant, value: input };
  }
  if (typeof input !== "string" || input.length > 32_767) throw new StandInError("InvalidArgument");
  if (cell.numberFormat === "@") return { ...constant, value: input };
  if (input.startsWith("=") && input.length > 1) return { ...cell, formula: input };
  if (input.startsWith("'")) return { ...constant, value: input.slice(1) };
  if (NUMBER.test(input)) return { ...constant, value: Number(input) };
  if (/^(TRUE|FALSE)$/i.test(input)) return { ...constant, value: input.toUpperCase() === "TRUE" };
  const iso = ISO_DATE.exec(input);
  const serial = iso ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)) : undefined;
  if (iso && serial !== undefined) {
    const general = (cell.numberFormat ?? "General") === "General";
    const dateFormat = iso[3] === undefined ? "mmm-yy" : "yyyy-mm-dd";
    return { ...constant, value: serial, numberFormat: general ? dateFormat : cell.numberFormat };
  }
  return { ...constant, value: input };
}

export type ClearKind = "All" | "Contents" | "Formats";

export function clearBlock(store: CellStore, b: Block, kind: ClearKind): void {
  for (const [r, c, cell] of storedIn(store, b)) {
    const { value, formula, ...formats } = cell;
    if (kind === "All") store.set(r, c, BLANK);
    else if (kind === "Contents") store.set(r, c, { ...formats, value: "" });
    else store.set(r, c, formula === undefined ? { value } : { value, formula });
  }
}

/** The smallest block holding every value or formula (and, unless `valuesOnly`, every format). */
export function usedBlock(store: CellStore, valuesOnly: boolean): Block | undefined {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [r, c, cell] of store.entries()) {
    if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
    [top, left] = [Math.min(top, r), Math.min(left, c)];
    [bottom, right] = [Math.max(bottom, r), Math.max(right, c)];
  }
  return bottom < 0
    ? undefined
    : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
