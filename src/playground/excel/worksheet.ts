import { type Block, MAX_COLUMNS, MAX_ROWS, inSheet, parseA1, splitReference } from "./addresses";
import { usedBlock } from "./cells";
import { StandInError } from "./errors";
import {
  type SheetModel,
  type WorkbookModel,
  addSheet,
  checkSheetName,
  deleteSheet,
  findSheet,
  sameName,
} from "./model";
import { StandInChartCollection, StandInPageLayout } from "./charts";
import { StandInNamedItemCollection } from "./names";
import { SheetPart } from "./sheetPart";
import { ENTITY, type Origin, StandInObject, type Mirrors } from "./proxy";
import { StandInRange } from "./range";
import { StandInTableCollection } from "./tables";

export class StandInWorksheet
  extends SheetPart<Excel.Worksheet>
  implements Mirrors<StandInWorksheet, Excel.Worksheet>
{
  protected readonly scalars = ["name", "position", "visibility"];
  protected override readonly navigations = [
    "names",
    "tables",
    "freezePanes",
    "charts",
    "pageLayout",
  ];

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.put("name", name, (sheet) => {
      checkSheetName(this.session.book, name, sheet);
      sheet.name = name;
    });
  }
  // Read-only here: the add-in reads where a sheet is, and moves nothing.
  get position(): number {
    return this.loaded("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.loaded("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.put("visibility", visibility, (sheet) => {
      if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
        throw new StandInError("InvalidArgument");
      // As in Excel, the last visible sheet cannot be hidden.
      const othersVisible = this.session.book.sheets.some(
        (other) => other !== sheet && other.visibility === "Visible"
      );
      if (visibility !== "Visible" && !othersVisible) throw new StandInError("InvalidOperation");
      sheet.visibility = visibility;
    });
  }

  /** The sheet's names and, as in Excel, the workbook's too. */
  get names(): Excel.NamedItemCollection {
    return this.property(
      "names",
      (o) => new StandInNamedItemCollection(this.session, () => ({ sheet: this[ENTITY]() }), o)
    );
  }
  get tables(): Excel.TableCollection {
    return this.property(
      "tables",
      (o) => new StandInTableCollection(this.session, () => ({ sheet: this[ENTITY]() }), o)
    );
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return this.part("freezePanes", StandInFreezePanes);
  }
  get charts(): Excel.ChartCollection {
    return this.part("charts", StandInChartCollection);
  }
  get pageLayout(): Excel.PageLayout {
    return this.part("pageLayout", StandInPageLayout);
  }

  /** No address: the whole sheet. A sheet-qualified address must name this sheet. */
  getRange(address?: string): Excel.Range {
    return this.#range("getRange", address === undefined ? [] : [address], (sheet) => {
      if (address === undefined) return { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
      const reference = splitReference(address);
      if (reference?.sheet !== undefined && !sameName(reference.sheet, sheet.name))
        return undefined;
      return reference && parseA1(reference.cells);
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Excel.Range {
    const block = { row: startRow, column: startColumn, rows: rowCount, columns: columnCount };
    return this.#range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      () => block
    );
  }
  /** A null object when the sheet has nothing in it. */
  getUsedRangeOrNullObject(valuesOnly = false): Excel.Range {
    return this.#range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (sheet) => {
        const used = usedBlock(sheet.cells, valuesOnly);
        if (!used) throw new StandInError("ItemNotFound");
        return used;
      },
      true
    );
  }

  activate(): void {
    this.invoke("activate", [], (sheet) => {
      this.session.book.active = sheet;
    });
  }
  delete(): void {
    this.invoke("delete", [], (sheet) => {
      deleteSheet(this.session.book, sheet);
    });
  }

  protected override read(property: string, sheet: SheetModel): unknown {
    if (property === "name") return sheet.name;
    if (property === "position") return this.session.book.sheets.indexOf(sheet);
    return sheet.visibility;
  }

  #range(
    member: string,
    args: unknown[],
    block: (sheet: SheetModel) => Block | undefined,
    nullable = false
  ): Excel.Range {
    const locate = () => {
      const sheet = this[ENTITY]();
      const found = block(sheet);
      if (!found || !inSheet(found)) throw new StandInError("InvalidArgument");
      return { sheet, block: found };
    };
    return this.method(
      member,
      args,
      (o: Origin) => new StandInRange(this.session, locate, o),
      nullable
    );
  }
}

/** Office's freeze panes have no properties and cannot be loaded. */
export class StandInFreezePanes
  extends SheetPart<Excel.WorksheetFreezePanes>
  implements Mirrors<StandInFreezePanes, Excel.WorksheetFreezePanes, "load">
{
  protected readonly scalars = [];

  freezeRows(count = 1): void {
    this.invoke("freezeRows", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS)
        throw new StandInError("InvalidArgument");
      sheet.frozenRows = count;
    });
  }
  unfreeze(): void {
    this.invoke("unfreeze", [], (sheet) => {
      sheet.frozenRows = 0;
    });
  }
}

export class StandInWorksheetCollection
  extends StandInObject<WorkbookModel, Excel.WorksheetCollection>
  implements Mirrors<StandInWorksheetCollection, Excel.WorksheetCollection>
{
  protected readonly scalars = [];

  get items(): Excel.Worksheet[] {
    return this.loaded("items");
  }

  getItem(key: string): Excel.Worksheet {
    return this.#sheet("getItem", [key], (book) => findSheet(book, key));
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this.#sheet("getItemOrNullObject", [key], (book) => findSheet(book, key), true);
  }
  /** Added at the end, not activated, as in Excel. */
  add(name?: string): Excel.Worksheet {
    return this.#sheet("add", name === undefined ? [] : [name], (book) => addSheet(book, name));
  }
  getActiveWorksheet(): Excel.Worksheet {
    return this.#sheet("getActiveWorksheet", [], (book) => book.active);
  }

  protected override listItems(book: WorkbookModel): StandInObject<unknown, unknown>[] {
    return book.sheets.map((sheet) => new StandInWorksheet(this.session, () => sheet));
  }

  #sheet(
    member: string,
    args: unknown[],
    find: (book: WorkbookModel) => SheetModel | undefined,
    nullable = false
  ): Excel.Worksheet {
    const locate = () => {
      const sheet = find(this[ENTITY]());
      if (!sheet) throw new StandInError("ItemNotFound");
      return sheet;
    };
    return this.method(
      member,
      args,
      (o) => new StandInWorksheet(this.session, locate, o),
      nullable
    );
  }
}
