import type { SheetModel } from "./model";
import { StandInObject } from "./proxy";

/** A sheet and what hangs off it (freeze panes, charts, page layout) live as long as the sheet. */
export abstract class SheetPart<X> extends StandInObject<SheetModel, X> {
  protected override alive(sheet: SheetModel): boolean {
    return this.session.book.sheets.includes(sheet);
  }
}
