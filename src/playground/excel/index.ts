/**
 * A stand-in for the Excel JavaScript API subset the add-in's Excel layer uses, keeping Excel's
 * proxy rules (load, then sync, then read; operations apply at sync; null objects; error codes;
 * the request payload limit) and counting round trips. The Excel layer gets `host` and types the
 * context as `Excel.RequestContext`; tests set up and inspect the workbook through the rest:
 *
 *   const standIn = createStandInWorkbook({ sheets: ["Plan"] });
 *   standIn.setValues("Plan", "A1:B2", [[1, 2], [3, 4]]);
 *   await layer(standIn.host).doSomething();
 *   expect(standIn.getValues("Plan", "A1:B2")).toEqual(...);
 *   expect(standIn.syncLog).toHaveLength(2);
 */
import { type Block, parseA1, qualify } from "./addresses";
import { BLANK, type Cell, type CellValue, gridReader, readGrid, updateBlock } from "./cells";
import { StandInContext } from "./context";
import {
  type NameModel,
  type SheetModel,
  type WorkbookModel,
  addSheet,
  checkName,
  createWorkbookModel,
  findSheet,
  parseNameFormula,
} from "./model";
import { Session, type SyncRecord } from "./session";

export { StandInError, type StandInErrorCode } from "./errors";
export type { Cell, CellStore, CellValue } from "./cells";
export type {
  ConditionalFormatModel,
  NameModel,
  SheetModel,
  TableModel,
  WorkbookModel,
} from "./model";
export { DEFAULT_COLUMN_WIDTH } from "./model";
export type { SyncRecord } from "./session";

/** What the Excel layer is given instead of calling `Excel.run` itself. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface StandInOptions {
  /** Request (and response) limit per sync in bytes; Excel on the web's is 5 MB. */
  readonly payloadLimit?: number;
  /** The sheets a new workbook has; the first is active. Default `["Sheet1"]`, as Excel. */
  readonly sheets?: readonly string[];
}

/** A workbook in memory behind an `ExcelHost`, with direct access for test setup and assertions. */
export interface StandInWorkbook {
  readonly host: ExcelHost;
  /** Plain data: sheets (cells, widths, frozen rows, conditional formats), names, tables, active. */
  readonly model: WorkbookModel;
  /** Every sync since the last reset, in order. */
  readonly syncLog: readonly SyncRecord[];
  resetLog(): void;
  addSheet(name: string): SheetModel;
  /** The sheet of that name (any case); throws when there is none. */
  sheet(name: string): SheetModel;
  /** Writes constants as given (no typing of text, unlike `range.values`); formulas are dropped. */
  setValues(sheet: string, address: string, values: readonly (readonly CellValue[])[]): void;
  /** Writes formulas, keeping each cell's value: that is what the formula "computed". */
  setFormulas(sheet: string, address: string, formulas: readonly (readonly string[])[]): void;
  getValues(sheet: string, address: string): CellValue[][];
  getCell(sheet: string, address: string): Cell;
  /** `reference`: `"='S&OP Input'!$B$2:$G$2"`, `"Plan!B2:G2"`, `'="zh"'`… */
  defineName(
    name: string,
    reference: string,
    options?: { readonly scope?: string; readonly visible?: boolean; readonly comment?: string }
  ): NameModel;
  /** The active sheet's name and its selection, e.g. `Plan!A1`. */
  readonly selection: { readonly sheet: string; readonly address: string };
}

export function createStandInWorkbook(options: StandInOptions = {}): StandInWorkbook {
  const model = createWorkbookModel(options.sheets ?? ["Sheet1"]);
  const payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  let syncLog: SyncRecord[] = [];
  let runs = 0;

  const host: ExcelHost = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const session = new Session(model, {
        run: ++runs,
        payloadLimit,
        record: (sync) => syncLog.push(sync),
      });
      const context = new StandInContext(session);
      try {
        const result = await batch(context as unknown as Excel.RequestContext);
        // Excel.run syncs whatever the batch left queued before it resolves.
        await context.sync();
        return result;
      } finally {
        session.close();
      }
    },
  };

  const sheet = (name: string): SheetModel => {
    const found = findSheet(model, name);
    if (!found) throw new Error(`No sheet '${name}'`);
    return found;
  };
  const block = (address: string): Block => {
    const found = parseA1(address);
    if (!found) throw new Error(`Not an A1 address: '${address}'`);
    return found;
  };
  const write = (
    name: string,
    address: string,
    grid: unknown,
    change: (cell: Cell, input: unknown) => Cell
  ) => {
    const at = block(address);
    const input = gridReader(grid, at);
    updateBlock(sheet(name).cells, at, (cell, r, c) => change(cell, input(r, c)));
  };

  return {
    host,
    model,
    get syncLog() {
      return syncLog;
    },
    resetLog() {
      syncLog = [];
      runs = 0;
    },
    addSheet: (name) => addSheet(model, name),
    sheet,
    setValues(name, address, values) {
      write(name, address, values, ({ formula: _formula, ...cell }, value) => ({
        ...cell,
        value: value as CellValue,
      }));
    },
    setFormulas(name, address, formulas) {
      write(name, address, formulas, (cell, formula) => ({ ...cell, formula: formula as string }));
    },
    getValues: (name, address) => readGrid(sheet(name).cells, block(address), (c) => c.value),
    getCell: (name, address) =>
      sheet(name).cells.get(block(address).row, block(address).column) ?? BLANK,
    defineName(name, reference, { scope, visible = true, comment = "" } = {}) {
      const scopeSheet = scope === undefined ? undefined : sheet(scope);
      checkName(model, name, scopeSheet);
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      const item = {
        name,
        scope: scopeSheet,
        target: parseNameFormula(model, formula, scopeSheet),
        visible,
        comment,
      };
      model.names.push(item);
      return item;
    },
    get selection() {
      return {
        sheet: model.active.name,
        address: qualify(model.active.name, model.active.selection),
      };
    },
  };
}
