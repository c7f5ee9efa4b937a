import { callsSopFunction, freezeXlsx } from "./sheets/freezeXlsx";
import type { FreezeOutcome, PlanningWorkbook, RunOptions } from "../workbook";
import { columnLetters } from "./sheets/addresses";
import { hostSupports, needsNewerExcel, type ExcelHost } from "./workbookAccess";

/**
 * Freeze for sharing: the cells with an SOP.* formula are found through Excel (two round trips:
 * the sheets, then every sheet's used range), the file is taken from the host, and the copy made
 * from it with those cells frozen is handed to the planner. The workbook is never changed.
 */

export type FreezeOperations = Pick<PlanningWorkbook, "freezeForSharing">;

export function createFreezeOperations(host: ExcelHost): FreezeOperations {
  return {
    freezeForSharing: (options) => freeze(host, options),
  };
}

/** `Plan.xlsx` → `Plan (frozen).xlsx`; a workbook never saved gets a plain name. */
export function frozenFileName(workbookName: string, language: RunOptions["language"]): string {
  const base = workbookName.replace(/\.(xlsx|xlsm|xlsb|xls)$/i, "").trim();
  const suffix = language === "zh" ? "(冻结)" : " (frozen)";
  return `${base === "" ? "S&OP" : base}${suffix}.xlsx`;
}

async function freeze(host: ExcelHost, options: RunOptions): Promise<FreezeOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  const files = host.files;
  if (!files || !hostSupports(host, "freezeForSharing")) return needsNewerExcel("freezeForSharing");
  progress("reading");
  const found = await host.run(async (context) => {
    const workbook = context.workbook.load("name");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) => ({
      sheet: sheet.name,
      range: sheet.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex"),
    }));
    await context.sync();
    const cells = new Map<string, Set<string>>();
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      const { rowIndex, columnIndex } = range;
      const formulas: readonly (readonly unknown[])[] = range.formulas;
      formulas.forEach((row, r) => {
        row.forEach((formula, c) => {
          if (typeof formula !== "string" || !callsSopFunction(formula)) return;
          // As the file names its cells: `B5`.
          const address = `${columnLetters(columnIndex + c)}${rowIndex + r + 1}`;
          const listed = cells.get(sheet) ?? new Set<string>();
          listed.add(address);
          cells.set(sheet, listed);
        });
      });
    }
    return { name: workbook.name, cells };
  });
  const file = await files.read();
  progress("computing");
  const copy = freezeXlsx(file, found.cells);
  if (!copy.ok) {
    return {
      ok: false,
      problems: [{ kind: "freezeUnreadable", range: "workbook", found: copy.reason }],
    };
  }
  progress("writing");
  const fileName = frozenFileName(found.name, options.language);
  const delivery = await files.deliver(copy.bytes, fileName);
  progress("done");
  return { ok: true, fileName, frozen: copy.frozen, delivery };
}
