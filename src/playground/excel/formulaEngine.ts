import {
  AlwaysSparse,
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type CellValue as EngineValue,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import { isErrorClass } from "../../engine";
import { type Block, MAX_COLUMNS, MAX_ROWS } from "./addresses";
import { BLANK, type Cell, type CellStore, type CellValue } from "./cells";
import { UnreadableFormulaError } from "./errors";
import { type NameModel, type SheetModel, type WorkbookModel, describeName } from "./model";
import { FORMULA_LANGUAGE, errorText, registerSopFunctions } from "./sopFunctions";

/**
 * HyperFormula under the stand-in. Every sheet's cells live in an `EngineCellStore`, which keeps
 * what was entered (constants, formulas as typed, formats) and hands each write of a value or a
 * formula to HyperFormula; reads of formula cells and of spilled cells return what HyperFormula
 * computed. Sheets and defined names follow the workbook model: `reconcile` compares them after
 * every operation of a sync and after every direct change.
 *
 * Writes are batched: they wait in a queue, with HyperFormula's evaluation suspended, until a
 * read needs a computed value; then they go in as runs of a row and HyperFormula evaluates once.
 * (Private members are TypeScript's, not `#`: the store is on the hot path of every cell.)
 */

/** A spilled array as HyperFormula placed it, with its values as of the last evaluation. */
interface Spill {
  readonly block: Block;
  readonly values: readonly (readonly CellValue[])[];
}

/** A defined name as HyperFormula was given it. */
interface SyncedName {
  readonly name: string;
  readonly scope: number | undefined;
  readonly expression: string;
  /** False when HyperFormula refused the name (a name it cannot read): formulas see #NAME?. */
  readonly added: boolean;
}

export interface CellErrorInfo {
  /** As `range.values` shows it: `#VALUE!`, `#DIV/0!`, `#SPILL!`… */
  readonly error: string;
  /** HyperFormula's message, or the formula's own (`forecast, period 3: "n/a" is not a number`). */
  readonly message: string;
}

const key = (row: number, column: number) => row * MAX_COLUMNS + column;
const contains = (b: Block, row: number, column: number) =>
  row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns;

/**
 * A constant as HyperFormula reads it: text keeps its exact characters (no re-typing), and Excel's
 * error values are held as the error, not as text (HyperFormula has no #NULL!: it keeps that one
 * as its text, which reads the same).
 */
function constantContent(value: CellValue): RawCellContent {
  if (value === "") return null;
  if (typeof value !== "string" || isErrorClass(value)) return value;
  return `'${value}`;
}

function standInValue(value: EngineValue): CellValue {
  if (value === null) return "";
  if (value instanceof DetailedCellError) return errorText(value.type, value.message);
  return value;
}

/** What a sheet's name formula is for HyperFormula; a lost reference is `#REF!`. */
function nameExpression(name: NameModel): string {
  return name.target.kind === "error" ? "=#REF!" : describeName(name).formula;
}

export class FormulaEngine {
  readonly hf: HyperFormula;
  private model: WorkbookModel | undefined;
  private readonly stores = new Map<number, EngineCellStore>();
  /** Each HyperFormula sheet's name as last set. */
  private readonly sheetNames = new Map<number, string>();
  private names = new Map<string, SyncedName>();
  private spills = new Map<number, Spill[]>();
  /** Contents written since the last evaluation, by sheet and cell, in the order written. */
  private readonly queued = new Map<number, Map<number, RawCellContent>>();
  /** Something changed since the last evaluation. */
  private dirty = false;
  private temporary = 0;

  constructor() {
    registerSopFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      language: FORMULA_LANGUAGE,
      // Excel's grid and Excel's dynamic arrays; a blank cell is 0 in arithmetic.
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
      chooseAddressMappingPolicy: new AlwaysSparse(),
      useArrayArithmetic: true,
      evaluateNullToZero: true,
      // Values as computed, as `range.values` gives them (Excel rounds only for display).
      smartRounding: false,
      // The stand-in has no undo.
      undoLimit: 0,
    });
  }

  /** The store of a new sheet (the model's `newCells`), with its HyperFormula sheet. */
  readonly newCells = (sheetName: string): CellStore => {
    const name = this.hf.isItPossibleToAddSheet(sheetName) ? sheetName : this.temporaryName();
    const id = this.hf.getSheetId(this.hf.addSheet(name));
    if (id === undefined) throw new Error(`HyperFormula did not add the sheet '${name}'`);
    this.sheetNames.set(id, name);
    const store = new EngineCellStore(this, id);
    this.stores.set(id, store);
    return store;
  };

  attach(model: WorkbookModel): void {
    this.model = model;
    this.reconcile();
  }

  /**
   * Brings HyperFormula's sheets and named expressions in line with the model: sheets deleted or
   * renamed, names added, deleted or pointed elsewhere. Cheap when nothing changed.
   */
  reconcile(): void {
    const model = this.model;
    if (!model) return;
    this.reconcileSheets(model);
    this.reconcileNames(model);
  }

  /** Evaluates what was written since the last evaluation. */
  flush(): void {
    if (!this.dirty) return;
    this.applyQueued();
    this.dirty = false;
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    this.retryBlockedSpills();
    this.indexSpills();
  }

  /** Queues a cell's new content: a formula's text, a constant, or null for none. */
  write(store: EngineCellStore, row: number, column: number, content: RawCellContent): void {
    if (!this.stores.has(store.sheetId)) return;
    let cells = this.queued.get(store.sheetId);
    if (!cells) {
      cells = new Map();
      this.queued.set(store.sheetId, cells);
    }
    cells.set(key(row, column), content);
    this.dirty = true;
  }

  /** The computed value of a cell. */
  valueAt(store: EngineCellStore, row: number, column: number): CellValue {
    const value = this.engineValue(store, row, column);
    return value === undefined ? "" : standInValue(value);
  }

  /** The error a cell shows, with its message; undefined when it shows none. */
  errorAt(store: EngineCellStore, row: number, column: number): CellErrorInfo | undefined {
    const value = this.engineValue(store, row, column);
    return value instanceof DetailedCellError
      ? { error: errorText(value.type, value.message), message: value.message }
      : undefined;
  }

  /** The spill a cell is part of (anchor included). */
  spillAt(store: EngineCellStore, row: number, column: number): Block | undefined {
    this.flush();
    return this.spillOver(store, row, column)?.block;
  }

  /**
   * A spilled value of a cell outside its anchor; undefined when no spill covers it. Without
   * `evaluate`, as of the last evaluation (for a write, which must not evaluate cell by cell).
   */
  spilledValue(
    store: EngineCellStore,
    row: number,
    column: number,
    evaluate = true
  ): CellValue | undefined {
    if (evaluate) this.flush();
    const spill = this.spillOver(store, row, column);
    if (!spill || (row === spill.block.row && column === spill.block.column)) return undefined;
    return spill.values[row - spill.block.row]?.[column - spill.block.column];
  }

  /** Spilled cells outside their anchor, for a store's `entries`. */
  *spilledCells(store: EngineCellStore): IterableIterator<readonly [number, number, CellValue]> {
    this.flush();
    for (const { block, values } of this.spills.get(store.sheetId) ?? []) {
      for (let r = 0; r < block.rows; r++) {
        for (let c = 0; c < block.columns; c++) {
          if (r === 0 && c === 0) continue;
          yield [block.row + r, block.column + c, values[r]?.[c] ?? ""] as const;
        }
      }
    }
  }

  spilledCount(store: EngineCellStore): number {
    const spills = this.spills.get(store.sheetId) ?? [];
    return spills.reduce((sum, { block }) => sum + block.rows * block.columns - 1, 0);
  }

  /** True when HyperFormula can read the formula (Excel refuses to enter one it cannot). */
  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(formula);
  }

  private engineValue(
    store: EngineCellStore,
    row: number,
    column: number
  ): EngineValue | undefined {
    if (!this.stores.has(store.sheetId)) return undefined;
    this.flush();
    return this.hf.getCellValue({ sheet: store.sheetId, row, col: column });
  }

  private spillOver(store: EngineCellStore, row: number, column: number): Spill | undefined {
    const spills = this.spills.get(store.sheetId);
    return spills && spills.find((s) => contains(s.block, row, column));
  }

  /** Changes to sheets and names wait for nothing: HyperFormula evaluates at the next read. */
  private suspend(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    this.dirty = true;
  }

  /** The queued contents go in, each run of neighbouring cells in a row as one change. */
  private applyQueued(): void {
    if (this.queued.size === 0) return;
    this.suspend();
    for (const [sheet, cells] of this.queued) {
      let start = -1;
      let run: RawCellContent[] = [];
      const put = () => {
        if (run.length === 0) return;
        const row = Math.floor(start / MAX_COLUMNS);
        this.hf.setCellContents({ sheet, row, col: start % MAX_COLUMNS }, [run]);
      };
      for (const [at, content] of cells) {
        const sameRun =
          at === start + run.length &&
          Math.floor(at / MAX_COLUMNS) === Math.floor(start / MAX_COLUMNS);
        if (!sameRun) {
          put();
          start = at;
          run = [];
        }
        run.push(content);
      }
      put();
    }
    this.queued.clear();
  }

  private temporaryName(): string {
    // Brackets never appear in an Excel sheet name, so this cannot take a name the model uses.
    let name: string;
    do name = `[sheet ${++this.temporary}]`;
    while (!this.hf.isItPossibleToAddSheet(name));
    return name;
  }

  private reconcileSheets(model: WorkbookModel): void {
    const live = new Map<number, SheetModel>();
    for (const sheet of model.sheets) {
      if (sheet.cells instanceof EngineCellStore && this.stores.has(sheet.cells.sheetId))
        live.set(sheet.cells.sheetId, sheet);
    }
    const removed = [...this.stores.keys()].filter((id) => !live.has(id));
    const renamed = [...live].filter(([id, sheet]) => this.sheetNames.get(id) !== sheet.name);
    if (removed.length === 0 && renamed.length === 0) return;
    // Formulas written before the change read as they were meant, against the old names.
    this.suspend();
    this.applyQueued();
    const gone = [...removed, ...renamed.map(([id]) => id)].map(
      (id) => this.sheetNames.get(id) ?? ""
    );
    for (const id of removed) {
      this.stores.delete(id);
      this.sheetNames.delete(id);
      this.spills.delete(id);
      this.hf.removeSheet(id);
    }
    // Through temporary names first, so that two sheets can swap names.
    for (const [id] of renamed) this.renameSheet(id, this.temporaryName());
    for (const [id, sheet] of renamed) {
      if (this.hf.isItPossibleToRenameSheet(id, sheet.name)) this.renameSheet(id, sheet.name);
    }
    // As Excel: formulas naming a renamed sheet show its new name, a deleted one #REF!.
    this.refreshFormulasMentioning(gone);
  }

  private renameSheet(id: number, name: string): void {
    this.hf.renameSheet(id, name);
    this.sheetNames.set(id, name);
  }

  /** Formulas that named a renamed or deleted sheet take HyperFormula's updated text. */
  private refreshFormulasMentioning(sheetNames: readonly string[]): void {
    const names = sheetNames.filter((n) => n !== "").map((n) => n.toUpperCase());
    const mentions = (formula: string) => names.some((n) => formula.toUpperCase().includes(n));
    for (const store of this.stores.values()) {
      for (const [at, formula] of store.formulas) {
        if (!mentions(formula)) continue;
        const updated = this.hf.getCellFormula(store.address(at));
        if (updated !== undefined) store.replaceFormula(at, updated);
      }
    }
  }

  private reconcileNames(model: WorkbookModel): void {
    const wanted = new Map<string, SyncedName>();
    for (const n of model.names) {
      let scope: number | undefined;
      if (n.scope) {
        const cells = n.scope.cells;
        if (!(cells instanceof EngineCellStore) || !this.stores.has(cells.sheetId)) continue;
        scope = cells.sheetId;
      }
      const entry = { name: n.name, scope, expression: nameExpression(n), added: false };
      wanted.set(`${scope ?? "*"}|${n.name.toUpperCase()}`, entry);
    }
    const kept = [...this.names].filter(
      ([id, old]) => wanted.get(id)?.expression === old.expression
    );
    if (kept.length === this.names.size && kept.length === wanted.size) return;
    // Nothing evaluates until the formulas over these names are entered again (HyperFormula
    // cannot fit a grown array into the cells it reserved).
    this.suspend();
    this.applyQueued();
    const changed = new Set<string>();
    const next = new Map(kept);
    for (const [id, old] of this.names) {
      if (next.has(id)) continue;
      changed.add(old.name.toUpperCase());
      if (old.added && this.hf.isItPossibleToRemoveNamedExpression(old.name, old.scope)) {
        this.hf.removeNamedExpression(old.name, old.scope);
      }
    }
    for (const [id, want] of wanted) {
      if (next.has(id)) continue;
      changed.add(want.name.toUpperCase());
      const { name, expression, scope } = want;
      const added = this.hf.isItPossibleToAddNamedExpression(name, expression, scope);
      if (added) this.hf.addNamedExpression(name, expression, scope);
      next.set(id, { ...want, added });
    }
    this.names = next;
    this.reenterFormulasUsing(changed);
  }

  /**
   * HyperFormula sizes an array formula when it reads it, so a formula over a name that was added,
   * deleted or moved since is entered again (Excel recalculates it).
   */
  private reenterFormulasUsing(names: ReadonlySet<string>): void {
    for (const store of this.stores.values()) {
      for (const [at, formula] of store.formulas) {
        // A formula HyperFormula cannot read uses no name it knows.
        const used = this.hf.validateFormula(formula)
          ? this.hf.getNamedExpressionsFromFormula(formula)
          : [];
        if (used.some((name) => names.has(name.toUpperCase()))) {
          const { row, col } = store.address(at);
          this.write(store, row, col, formula);
        }
      }
    }
  }

  /**
   * A spill blocked by a value shows #SPILL!, and HyperFormula keeps it so when the value goes;
   * Excel spills again. So each blocked formula is entered again after changes.
   */
  private retryBlockedSpills(): void {
    for (const store of this.stores.values()) {
      for (const [at, formula] of store.formulas) {
        const address = store.address(at);
        const value = this.hf.getCellValue(address);
        if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
          this.hf.setCellContents(address, formula);
        }
      }
    }
  }

  private indexSpills(): void {
    this.spills = new Map();
    for (const store of this.stores.values()) {
      const spills: Spill[] = [];
      for (const at of store.formulas.keys()) {
        const start = store.address(at);
        const array = this.hf.arrayMapping.getArrayByCorner(start);
        if (!array || (array.width === 1 && array.height === 1)) continue;
        const end = {
          ...start,
          row: start.row + array.height - 1,
          col: start.col + array.width - 1,
        };
        const values = this.hf.getRangeValues({ start, end }).map((line) => line.map(standInValue));
        const block = {
          row: start.row,
          column: start.col,
          rows: array.height,
          columns: array.width,
        };
        spills.push({ block, values });
      }
      if (spills.length > 0) this.spills.set(store.sheetId, spills);
    }
  }
}

/**
 * As Excel, a formula the engine cannot read is refused before any cell changes (InvalidArgument);
 * without an engine nothing is read, so nothing is refused. `input` gives what each cell of the
 * block is to receive, as `range.values` or `range.formulas` does.
 */
export function refuseUnreadableFormulas(
  cells: CellStore,
  block: Block,
  input: (row: number, column: number) => unknown
): void {
  if (!(cells instanceof EngineCellStore)) return;
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.columns; c++) {
      const text = input(r, c);
      if (typeof text !== "string" || text.length < 2 || !text.startsWith("=")) continue;
      if (cells.get(block.row + r, block.column + c)?.numberFormat === "@") continue;
      if (!cells.engine.isValidFormula(text)) throw new UnreadableFormulaError(text);
    }
  }
}

/** A cell with nothing in it: no value, no formula, no format. */
function isEmpty(cell: Cell): boolean {
  for (const field in cell) {
    const value = cell[field as keyof Cell];
    if (field === "value" ? value !== "" : value !== undefined) return false;
  }
  return true;
}

/** A sheet's cells with HyperFormula computing the formulas. */
export class EngineCellStore implements CellStore {
  /** What was entered, by key: constants, formulas as typed (their value unused), formats. */
  private readonly stored = new Map<number, Cell>();
  /** The formula cells, by key, as typed. */
  readonly formulas = new Map<number, string>();

  constructor(
    readonly engine: FormulaEngine,
    readonly sheetId: number
  ) {}

  get size(): number {
    return this.stored.size + this.engine.spilledCount(this);
  }

  get(row: number, column: number): Cell | undefined {
    const cell = this.stored.get(key(row, column));
    if (cell?.formula !== undefined)
      return { ...cell, value: this.engine.valueAt(this, row, column) };
    if (cell !== undefined && cell.value !== "") return cell;
    const spilled = this.engine.spilledValue(this, row, column);
    return spilled === undefined ? cell : { ...cell, value: spilled };
  }

  set(row: number, column: number, cell: Cell): void {
    const at = key(row, column);
    const before = this.stored.get(at) ?? BLANK;
    let next = cell;
    // A spilled value handed back unchanged (a format set over a spill) is no entry of the cell.
    if (
      before.value === "" &&
      cell.value !== "" &&
      (cell.formula ?? before.formula) === undefined
    ) {
      const spilled = this.engine.spilledValue(this, row, column, false);
      if (spilled !== undefined && spilled === cell.value) next = { ...cell, value: "" };
    }
    if (next.value === "" && next.formula === undefined && isEmpty(next)) this.stored.delete(at);
    else this.stored.set(at, next);
    if (next.formula !== undefined) {
      if (next.formula === before.formula) return;
      this.formulas.set(at, next.formula);
      this.engine.write(this, row, column, next.formula);
      return;
    }
    if (before.formula !== undefined) this.formulas.delete(at);
    if (before.formula !== undefined || before.value !== next.value) {
      this.engine.write(this, row, column, constantContent(next.value));
    }
  }

  *entries(): IterableIterator<readonly [number, number, Cell]> {
    for (const at of [...this.stored.keys()]) {
      const { row, col } = this.address(at);
      const cell = this.get(row, col);
      if (cell) yield [row, col, cell] as const;
    }
    for (const [row, column, value] of this.engine.spilledCells(this)) {
      if (!this.stored.has(key(row, column))) yield [row, column, { value }] as const;
    }
  }

  address(at: number): SimpleCellAddress {
    return { sheet: this.sheetId, row: Math.floor(at / MAX_COLUMNS), col: at % MAX_COLUMNS };
  }

  /** Takes HyperFormula's text for a formula (after a sheet was renamed) without entering it again. */
  replaceFormula(at: number, formula: string): void {
    const cell = this.stored.get(at);
    if (cell?.formula === undefined) return;
    this.stored.set(at, { ...cell, formula });
    this.formulas.set(at, formula);
  }
}
