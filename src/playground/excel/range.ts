import { type Block, inSheet, qualify } from "./addresses";
import { type Cell, type ClearKind, enter, gridReader, readGrid, updateBlock } from "./cells";
import { StandInConditionalFormats } from "./conditionalFormats";
import { StandInError, notModeled } from "./errors";
import { clearRange } from "./model";
import { ENTITY, type Origin, type Mirrors } from "./proxy";
import { StandInRangeFormat } from "./format";
import { refuseUnreadableFormulas } from "./formulaEngine";
import { RangePart, type RangeTarget } from "./rangePart";
import { StandInWorksheet } from "./worksheet";

export class StandInRange
  extends RangePart<Excel.Range>
  implements Mirrors<StandInRange, Excel.Range>
{
  protected readonly scalars = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
  ];
  protected override readonly navigations = ["worksheet", "format", "conditionalFormats"];

  get address(): Excel.Range["address"] {
    return this.loaded("address");
  }
  get values(): Excel.Range["values"] {
    return this.loaded("values");
  }
  set values(values: Excel.Range["values"]) {
    this.#write("values", values, enter);
  }
  get formulas(): Excel.Range["formulas"] {
    return this.loaded("formulas");
  }
  set formulas(formulas: Excel.Range["formulas"]) {
    this.#write("formulas", formulas, enter);
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: Excel.Range["numberFormat"]) {
    this.#write("numberFormat", formats, (cell, format) => {
      if (format === null) return cell;
      if (typeof format !== "string") throw new StandInError("InvalidArgument");
      return { ...cell, numberFormat: format === "General" ? undefined : format };
    });
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  get worksheet(): Excel.Worksheet {
    return this.property(
      "worksheet",
      (o) => new StandInWorksheet(this.session, () => this[ENTITY]().sheet, o)
    );
  }
  get format(): Excel.RangeFormat {
    return this.part("format", StandInRangeFormat);
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this.part("conditionalFormats", StandInConditionalFormats);
  }

  getCell(row: number, column: number): Excel.Range {
    return this.#derive("getCell", [row, column], (b) => ({
      row: b.row + row,
      column: b.column + column,
      rows: 1,
      columns: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.#derive("getResizedRange", [deltaRows, deltaColumns], (b) => ({
      ...b,
      rows: b.rows + deltaRows,
      columns: b.columns + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.#derive("getOffsetRange", [rowOffset, columnOffset], (b) => ({
      ...b,
      row: b.row + rowOffset,
      column: b.column + columnOffset,
    }));
  }
  getRow(row: number): Excel.Range {
    return this.#derive("getRow", [row], (b) =>
      row >= 0 && row < b.rows ? { ...b, row: b.row + row, rows: 1 } : undefined
    );
  }
  getColumn(column: number): Excel.Range {
    return this.#derive("getColumn", [column], (b) =>
      column >= 0 && column < b.columns
        ? { ...b, column: b.column + column, columns: 1 }
        : undefined
    );
  }

  clear(applyTo: string = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo)) throw notModeled(`clear("${applyTo}")`);
    this.invoke("clear", [applyTo], ({ sheet, block }) => {
      clearRange(sheet, block, applyTo as ClearKind);
    });
  }

  select(): void {
    this.invoke("select", [], ({ sheet, block }) => {
      this.session.book.active = sheet;
      sheet.selection = block;
    });
  }

  protected override read(property: string, { sheet, block }: RangeTarget): unknown {
    switch (property) {
      case "address":
        return qualify(sheet.name, block);
      case "rowCount":
        return block.rows;
      case "columnCount":
        return block.columns;
      case "rowIndex":
        return block.row;
      case "columnIndex":
        return block.column;
    }
    // Every cell costs at least two bytes of response; refuse before building a huge grid.
    if (block.rows * block.columns * 2 > this.session.payloadLimit) {
      throw new StandInError("ResponsePayloadSizeLimitExceeded");
    }
    if (property === "values") return readGrid(sheet.cells, block, (c) => c.value);
    if (property === "formulas") return readGrid(sheet.cells, block, (c) => c.formula ?? c.value);
    return readGrid(sheet.cells, block, (c) => c.numberFormat ?? "General");
  }

  #write(
    property: "values" | "formulas" | "numberFormat",
    grid: unknown[][],
    entry: (cell: Cell, input: unknown) => Cell
  ): void {
    this.put(property, grid, ({ sheet, block }) => {
      const input = gridReader(grid, block);
      if (property !== "numberFormat") refuseUnreadableFormulas(sheet.cells, block, input);
      updateBlock(sheet.cells, block, (cell, r, c) => entry(cell, input(r, c)));
    });
  }

  #derive(member: string, args: number[], next: (block: Block) => Block | undefined): Excel.Range {
    return this.method(member, args, (o: Origin) => {
      return new StandInRange(
        this.session,
        () => {
          const { sheet, block } = this[ENTITY]();
          const derived = args.every(Number.isInteger) ? next(block) : undefined;
          if (!derived || !inSheet(derived)) throw new StandInError("InvalidArgument");
          return { sheet, block: derived };
        },
        o
      );
    });
  }
}
