import type { Block } from "./addresses";
import { type Cell, updateBlock } from "./cells";
import { StandInError } from "./errors";
import type { SheetModel } from "./model";
import { StandInObject } from "./proxy";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly block: Block;
}

/** A range and everything reached from it stand for the same cells, gone with their sheet. */
export abstract class RangePart<X> extends StandInObject<RangeTarget, X> {
  protected override alive(target: RangeTarget): boolean {
    return this.session.book.sheets.includes(target.sheet);
  }

  /** Sets a cell property on every cell of the range (Excel broadcasts format sets). */
  protected putCells<K extends keyof X & string>(
    property: K,
    value: X[K],
    change: (cell: Cell) => Cell
  ): void {
    this.put(property, value, ({ sheet, block }) => {
      updateBlock(sheet.cells, block, change);
    });
  }
}

/** `#RRGGBB` (read back in capitals, as Excel does) or an HTML colour name. */
export function color(value: unknown): string {
  if (typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  if (typeof value === "string" && /^[a-z]+$/i.test(value)) return value;
  throw new StandInError("InvalidArgument", `'${String(value)}' is not a colour.`);
}

export function flag(value: unknown): boolean {
  if (typeof value !== "boolean") throw new StandInError("InvalidArgument");
  return value;
}
