import type { Forecaster, SolverLoader } from "../../workbook";
import { createExcelPlanningWorkbook, type ExcelHost } from "../../excel/excelWorkbook";
import type { PlanningWorkbook } from "../../workbook";
import { downloadFile } from "../../taskpane/files";
import {
  type CellErrorInfo,
  type SpillRange,
  type StandInWorkbook,
  type WorkbookModel,
  createStandInWorkbook,
} from "../excel";

/**
 * The one place the page meets the Excel stand-in. The grid reads `model`; typing goes through
 * `enterCell`; the taskpane gets `planning`, the add-in's own Excel layer over `host`. Listeners
 * hear of every change: the stand-in's own (after each sync that changed the workbook and after
 * each direct change), the end of every `host.run` (so that a stand-in without change
 * notifications would still be followed), and the page's sheet and cell selection.
 */

/** What computes formulas in the playground: HyperFormula, with SOP.BALANCE and SOP.GAP. */
export const FORMULAS = "hyperformula" as const;

export interface PlaygroundBook {
  readonly standIn: StandInWorkbook;
  readonly model: WorkbookModel;
  /** `standIn.host`, telling the listeners when each run has settled. */
  readonly host: ExcelHost;
  /** The add-in's `PlanningWorkbook` over `host`: what the taskpane is given. */
  readonly planning: PlanningWorkbook;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Grows with every change: a snapshot for `useSyncExternalStore`. */
  readonly version: () => number;
  /** Grows with every change of the workbook itself (not of the sheet shown or the selection). */
  contentVersion(): number;
  /** Types into a cell as a planner does (`=…` is a formula); throws when Excel would refuse it. */
  enterCell(sheet: string, address: string, text: string): void;
  /** The spilled array a cell is part of, if any. */
  spillOf(sheet: string, address: string): SpillRange | undefined;
  /** The error a cell shows, with its message. */
  errorOf(sheet: string, address: string): CellErrorInfo | undefined;
  /** Shows a sheet, as clicking its tab does in Excel. */
  activate(sheet: string): void;
  /** Selects one cell of a sheet (0-based). */
  select(sheet: string, row: number, column: number): void;
}

export function createPlaygroundBook(
  standIn: StandInWorkbook = createStandInWorkbook({ formulas: FORMULAS }),
  fileName?: string,
  /** Where the demand review's forecasts run: the page's Web Workers; inline without one. */
  forecaster?: Forecaster,
  /** The supply review's solver (HiGHS, loaded from beside the page). */
  solver?: SolverLoader
): PlaygroundBook {
  if (fileName !== undefined) standIn.model.name = fileName;
  const listeners = new Set<() => void>();
  let version = 0;
  let contentVersion = 0;
  const emit = (): void => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const changed = (): void => {
    contentVersion++;
    emit();
  };
  standIn.subscribe(changed);

  const host: ExcelHost = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      try {
        return await standIn.host.run(batch);
      } finally {
        changed();
      }
    },
    isSetSupported: (name, version) => standIn.host.isSetSupported(name, version),
    // The file is what Save workbook writes; a copy made from it is downloaded.
    files: {
      async read() {
        const { saveXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
        return new Uint8Array((await saveXlsx(standIn)).data);
      },
      async deliver(bytes, name) {
        const { XLSX_MIME_TYPE } = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
        downloadFile(bytes, name, XLSX_MIME_TYPE);
        return "downloaded";
      },
    },
  };

  return {
    standIn,
    model: standIn.model,
    host,
    planning: createExcelPlanningWorkbook(host, undefined, forecaster, solver),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    version: () => version,
    contentVersion: () => contentVersion,
    enterCell: (sheet, address, text) => {
      standIn.enterCell(sheet, address, text);
    },
    spillOf: (sheet, address) => standIn.spillOf(sheet, address),
    errorOf: (sheet, address) => standIn.errorOf(sheet, address),
    activate(sheet) {
      const found = standIn.sheet(sheet);
      if (standIn.model.active === found) return;
      standIn.model.active = found;
      emit();
    },
    select(sheet, row, column) {
      const found = standIn.sheet(sheet);
      const { selection: s } = found;
      if (s.row === row && s.column === column && s.rows === 1 && s.columns === 1) return;
      found.selection = { row, column, rows: 1, columns: 1 };
      emit();
    },
  };
}
