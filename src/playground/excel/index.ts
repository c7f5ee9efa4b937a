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
 *
 * By default no formula engine runs: a formula cell keeps the value it was given. With
 * `{ formulas: "hyperformula" }` HyperFormula computes every formula, SOP.BALANCE and SOP.GAP
 * included, and the workbook can be typed into and watched, as the playground's grid does:
 *
 *   const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan"] });
 *   const unsubscribe = book.subscribe(() => render(book));
 *   book.enterCell("Plan", "A1", "=SUM(B1:B3)");
 *   book.getCell("Plan", "A1"); // { value: 6, formula: "=SUM(B1:B3)" }
 *   book.spillOf("Plan", "B9"); // { anchor: "A8", address: "A8:F13", rows: 6, columns: 6 }
 */
import { isExcelError } from "../../engine";
import type { ApiSetName } from "../../workbook/requirements";
import { type Block, formatA1, parseA1, qualify } from "./addresses";
import {
  BLANK,
  type Cell,
  type CellValue,
  enter,
  gridReader,
  readGrid,
  updateBlock,
} from "./cells";
import { StandInContext } from "./context";
import { StandInError } from "./errors";
import {
  type CellErrorInfo,
  EngineCellStore,
  FormulaEngine,
  refuseUnreadableFormulas,
} from "./formulaEngine";
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
import { Session, type SyncRecord, type ApiGate } from "./session";

export { StandInError, UnreadableFormulaError, type StandInErrorCode } from "./errors";
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
export type { CellErrorInfo } from "./formulaEngine";

/** What the Excel layer is given instead of calling `Excel.run` itself. */
export type { ExcelHost } from "../../excel/workbookAccess";
import type { ExcelHost } from "../../excel/workbookAccess";

export interface StandInOptions {
  /** Request (and response) limit per sync in bytes; Excel on the web's is 5 MB. */
  readonly payloadLimit?: number;
  /** The sheets a new workbook has; the first is active. Default `["Sheet1"]`, as Excel. */
  readonly sheets?: readonly string[];
  /**
   * What computes formulas. `"none"` (the default): nothing, a formula cell keeps the value it was
   * given. `"hyperformula"`: HyperFormula (GPL-3.0, for the playground and tests only), with
   * SOP.BALANCE and SOP.GAP, the workbook's names and sheets kept in step.
   */
  readonly formulas?: "none" | "hyperformula";
  /**
   * The requirement sets this "Excel" has, as `Office.context.requirements.isSetSupported`
   * answers. Default: every set (the playground is a current Excel).
   */
  readonly isSetSupported?: (name: ApiSetName, version: string) => boolean;
  /** Sees every member the Excel layer uses and may refuse it (an older Excel, in tests). */
  readonly apiGate?: ApiGate;
}

/** A spilled array: its anchor (the formula's cell) and the range it fills, e.g. `A8:F13`. */
export interface SpillRange {
  readonly anchor: string;
  readonly address: string;
  readonly rows: number;
  readonly columns: number;
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
  /**
   * Writes formulas. Without an engine each cell keeps its value: that is what the formula
   * "computed"; with HyperFormula the formulas are computed.
   */
  setFormulas(sheet: string, address: string, formulas: readonly (readonly string[])[]): void;
  getValues(sheet: string, address: string): CellValue[][];
  /** The cell's value (computed, for a formula or a spilled cell), its formula as typed, formats. */
  getCell(sheet: string, address: string): Cell;
  /** `reference`: `"='S&OP Input'!$B$2:$G$2"`, `"Plan!B2:G2"`, `'="zh"'`… */
  defineName(
    name: string,
    reference: string,
    options?: { readonly scope?: string; readonly visible?: boolean; readonly comment?: string }
  ): NameModel;
  /** The active sheet's name and its selection, e.g. `Plan!A1`. */
  readonly selection: { readonly sheet: string; readonly address: string };
  /** What computes formulas (the `formulas` option). */
  readonly formulas: "none" | "hyperformula";
  /**
   * Types `text` into one cell as a planner does in Excel: `=…` is a formula, numbers, TRUE/FALSE
   * and ISO dates (2024-04, 2024-04-15) are converted, a leading `'` keeps text, "" clears the
   * contents (formats stay). With HyperFormula a formula it cannot read is refused
   * (InvalidArgument), as Excel refuses to enter it.
   */
  enterCell(sheet: string, address: string, text: string): void;
  /** The spilled array a cell is part of, anchor included; undefined without HyperFormula. */
  spillOf(sheet: string, address: string): SpillRange | undefined;
  /** The error value a cell shows and its message; undefined when it shows none. */
  errorOf(sheet: string, address: string): CellErrorInfo | undefined;
  /**
   * Calls `listener` after every sync that changed the workbook (set a property, called a method,
   * added an item) and after every direct change (enterCell, setValues, defineName…). Returns the
   * function that unsubscribes it.
   */
  subscribe(listener: () => void): () => void;
}

/** Whether a sync's request can have changed the workbook: every one but a load or a getter. */
function changesWorkbook(request: Readonly<Record<string, unknown>>): boolean {
  return (
    request.op === "set" ||
    request.op === "call" ||
    (request.op === "new" && request.member === "add")
  );
}

export function createStandInWorkbook(options: StandInOptions = {}): StandInWorkbook {
  const engine = options.formulas === "hyperformula" ? new FormulaEngine() : undefined;
  const model = createWorkbookModel(options.sheets ?? ["Sheet1"], engine?.newCells);
  engine?.attach(model);
  const payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  let syncLog: SyncRecord[] = [];
  let runs = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  /** HyperFormula follows the model's sheets and names (after each operation of a sync). */
  const reconcile = () => {
    engine?.reconcile();
  };
  /** After a direct change: HyperFormula follows the model, then the listeners hear of it. */
  const changed = () => {
    reconcile();
    notify();
  };

  const host: ExcelHost = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const session = new Session(model, {
        run: ++runs,
        payloadLimit,
        record: (sync) => syncLog.push(sync),
        ...(options.apiGate ? { apiGate: options.apiGate } : {}),
        afterOperation: reconcile,
        afterSync: (requests) => {
          // Again, for an operation that failed halfway through.
          reconcile();
          if (requests.some(changesWorkbook)) notify();
        },
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
    isSetSupported: options.isSetSupported ?? (() => true),
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
    addSheet(name) {
      const added = addSheet(model, name);
      changed();
      return added;
    },
    sheet,
    setValues(name, address, values) {
      write(name, address, values, ({ formula: _formula, ...cell }, value) => ({
        ...cell,
        value: value as CellValue,
      }));
      changed();
    },
    setFormulas(name, address, formulas) {
      write(name, address, formulas, (cell, formula) => ({ ...cell, formula: formula as string }));
      changed();
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
      changed();
      return item;
    },
    get selection() {
      return {
        sheet: model.active.name,
        address: qualify(model.active.name, model.active.selection),
      };
    },
    formulas: engine ? "hyperformula" : "none",
    enterCell(name, address, text) {
      const at = block(address);
      if (at.rows !== 1 || at.columns !== 1) throw new Error(`Not one cell: '${address}'`);
      if (typeof text !== "string") throw new StandInError("InvalidArgument");
      const cells = sheet(name).cells;
      refuseUnreadableFormulas(cells, at, () => text);
      updateBlock(cells, at, (cell) => enter(cell, text));
      changed();
    },
    spillOf(name, address) {
      const at = block(address);
      const cells = sheet(name).cells;
      if (!engine || !(cells instanceof EngineCellStore)) return undefined;
      const spill = engine.spillAt(cells, at.row, at.column);
      if (!spill) return undefined;
      return {
        anchor: formatA1({ ...spill, rows: 1, columns: 1 }),
        address: formatA1(spill),
        rows: spill.rows,
        columns: spill.columns,
      };
    },
    errorOf(name, address) {
      const at = block(address);
      const cells = sheet(name).cells;
      if (engine && cells instanceof EngineCellStore)
        return engine.errorAt(cells, at.row, at.column);
      const { value } = cells.get(at.row, at.column) ?? BLANK;
      return isExcelError(value) ? { error: value, message: "" } : undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
