import type { CellBlock } from "./addresses";

/** A sheet made of blocks of cells (the meeting pack, the imported data), as plain values. */

export interface SheetBlock {
  /** 0-based, on the sheet. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly (string | number)[])[];
}

/** A number format set on a range of cells (text before values, so labels stay text). */
export interface SheetFormat {
  readonly block: CellBlock;
  readonly numberFormat: string;
}
