import { type Block, parseA1, splitReference } from "./addresses";
import { StandInError } from "./errors";
import {
  type SheetModel,
  type TableModel,
  addTable,
  checkName,
  deleteTable,
  findSheet,
  sameName,
} from "./model";
import { ENTITY, type Origin, StandInObject, type Mirrors } from "./proxy";
import { StandInRange } from "./range";
import { flag } from "./rangePart";

/** Whose tables a collection holds: the workbook's (no sheet) or one sheet's. */
export interface TableScope {
  readonly sheet: SheetModel | undefined;
}

export class StandInTableCollection
  extends StandInObject<TableScope, Excel.TableCollection>
  implements Mirrors<StandInTableCollection, Excel.TableCollection>
{
  protected readonly scalars = [];

  get items(): Excel.Table[] {
    return this.loaded("items");
  }

  getItem(key: string): Excel.Table {
    return this.#table("getItem", [key], (scope) => this.#find(scope, key));
  }
  getItemOrNullObject(key: string): Excel.Table {
    return this.#table("getItemOrNullObject", [key], (scope) => this.#find(scope, key), true);
  }

  /** Fails at sync with InvalidOperation when it would overlap another table. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    return this.#table("add", [address, hasHeaders], ({ sheet: own }) => {
      const book = this.session.book;
      let sheet: SheetModel | undefined;
      let block: Block | undefined;
      if (address instanceof StandInRange) ({ sheet, block } = address[ENTITY]());
      else if (typeof address === "string") {
        const reference = splitReference(address);
        sheet =
          reference?.sheet === undefined ? (own ?? book.active) : findSheet(book, reference.sheet);
        block = reference && parseA1(reference.cells);
      }
      if (!sheet || !block || (own && sheet !== own)) throw new StandInError("InvalidArgument");
      return addTable(book, sheet, block, flag(hasHeaders));
    });
  }

  protected override listItems({ sheet }: TableScope): StandInObject<unknown, unknown>[] {
    return this.session.book.tables
      .filter((t) => !sheet || t.sheet === sheet)
      .map((t) => new StandInTable(this.session, () => t));
  }

  #find({ sheet }: TableScope, name: string): TableModel | undefined {
    return this.session.book.tables.find(
      (t) => (!sheet || t.sheet === sheet) && sameName(t.name, name)
    );
  }

  #table(
    member: string,
    args: unknown[],
    find: (scope: TableScope) => TableModel | undefined,
    nullable = false
  ): Excel.Table {
    const locate = () => {
      const table = find(this[ENTITY]());
      if (!table) throw new StandInError("ItemNotFound");
      return table;
    };
    return this.method(member, args, (o) => new StandInTable(this.session, locate, o), nullable);
  }
}

const below = (b: Block): Block => ({ ...b, row: b.row + 1, rows: b.rows - 1 });

export class StandInTable
  extends StandInObject<TableModel, Excel.Table>
  implements Mirrors<StandInTable, Excel.Table>
{
  protected readonly scalars = ["name", "style", "showBandedRows"];
  protected override readonly navigations = ["columns"];

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.put("name", name, (table) => {
      checkName(this.session.book, name, undefined, table);
      table.name = name;
    });
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.put("style", style, (table) => {
      if (typeof style !== "string") throw new StandInError("InvalidArgument");
      table.style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.loaded("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.put("showBandedRows", show, (table) => {
      table.showBandedRows = flag(show);
    });
  }
  get columns(): Excel.TableColumnCollection {
    return this.part("columns", StandInTableColumns);
  }

  getRange(): Excel.Range {
    return this.#range("getRange", (b) => b);
  }
  getHeaderRowRange(): Excel.Range {
    return this.#range("getHeaderRowRange", (b) => ({ ...b, rows: 1 }));
  }
  getDataBodyRange(): Excel.Range {
    return this.#range("getDataBodyRange", below);
  }
  /** As Excel: the table goes, and so do its cells' contents and formats. */
  delete(): void {
    this.invoke("delete", [], (table) => {
      deleteTable(this.session.book, table);
    });
  }

  protected override alive(table: TableModel): boolean {
    return this.session.book.tables.includes(table);
  }

  protected override read(property: string, table: TableModel): unknown {
    if (property === "name") return table.name;
    if (property === "style") return table.style;
    return table.showBandedRows;
  }

  #range(member: string, part: (block: Block) => Block): Excel.Range {
    const locate = () => {
      const { sheet, block } = this[ENTITY]();
      return { sheet, block: part(block) };
    };
    return this.method(member, [], (o: Origin) => new StandInRange(this.session, locate, o));
  }
}

export class StandInTableColumns
  extends StandInObject<TableModel, Excel.TableColumnCollection>
  implements Mirrors<StandInTableColumns, Excel.TableColumnCollection>
{
  protected readonly scalars = [];

  getItemAt(index: number): Excel.TableColumn {
    const locate = () => {
      const table = this[ENTITY]();
      if (!Number.isInteger(index) || index < 0 || index >= table.block.columns) {
        throw new StandInError("ItemNotFound");
      }
      return { table, index };
    };
    return this.method(
      "getItemAt",
      [index],
      (o) => new StandInTableColumn(this.session, locate, o)
    );
  }

  protected override alive(table: TableModel): boolean {
    return this.session.book.tables.includes(table);
  }
}

export class StandInTableColumn
  extends StandInObject<{ table: TableModel; index: number }, Excel.TableColumn>
  implements Mirrors<StandInTableColumn, Excel.TableColumn>
{
  protected readonly scalars = [];

  getDataBodyRange(): Excel.Range {
    const locate = () => {
      const { table, index } = this[ENTITY]();
      return {
        sheet: table.sheet,
        block: { ...below(table.block), column: table.block.column + index, columns: 1 },
      };
    };
    return this.method("getDataBodyRange", [], (o) => new StandInRange(this.session, locate, o));
  }

  protected override alive({ table }: { table: TableModel }): boolean {
    return this.session.book.tables.includes(table);
  }
}
