import type { PlanningWorkbook } from "../workbook";
import { summarize } from "./sheets/tables";
import { PLAN_ONLY, type ExcelHost } from "./workbookAccess";
import { prepareRollForward, rollForward } from "./rollForward";
import { compareVersions } from "./versionCompare";
import { loadPlan, queueRangeWrite } from "./versionReads";
import { prepareRestore } from "./versionRestore";
import { deleteVersion, listVersions, renameVersion, saveVersion } from "./versionSave";
import { balanceWith } from "./whatIfPlan";

/**
 * Plan versions on the Excel layer: save, list, rename, delete, what-if, compare, restore and roll
 * forward. Every operation costs a fixed number of round trips whatever the plan's size: the
 * names, then the inputs with the version index and the version rows it needs (a version id
 * carries its row, so no lookup waits for the index), then the writes.
 */

type VersionOperations = Pick<
  PlanningWorkbook,
  | "listVersions"
  | "saveVersion"
  | "renameVersion"
  | "deleteVersion"
  | "readPlanLabels"
  | "runWhatIf"
  | "compareVersions"
  | "previewRestore"
  | "restoreVersion"
  | "previewRollForward"
  | "rollForward"
>;

export function createVersionOperations(host: ExcelHost, clock: () => Date): VersionOperations {
  return {
    listVersions: () => host.run((context) => listVersions(context)),
    saveVersion: (request, options) =>
      host.run((context) => saveVersion(context, request, options, clock)),
    renameVersion: (id, name) => host.run((context) => renameVersion(context, id, name)),
    deleteVersion: (id) => host.run((context) => deleteVersion(context, id)),
    readPlanLabels: () =>
      host.run(async (context) => {
        const loaded = await loadPlan(context, PLAN_ONLY);
        if (!loaded.ok) return loaded;
        return { ok: true, families: loaded.plan.families, periods: loaded.plan.periods };
      }),
    runWhatIf: (adjustments, options) =>
      host.run(async (context) => {
        options.onProgress?.("reading");
        const loaded = await loadPlan(context, PLAN_ONLY);
        if (!loaded.ok) return loaded;
        options.onProgress?.("computing");
        const balanced = balanceWith(loaded.plan, adjustments);
        if (!balanced.ok) return balanced;
        options.onProgress?.("done");
        return {
          ok: true,
          summary: summarize(balanced.plan, balanced.balance, options.language),
        };
      }),
    compareVersions: (first, second, options) =>
      host.run((context) => compareVersions(context, first, second, options, clock)),
    previewRestore: (id) =>
      host.run(async (context) => {
        const prepared = await prepareRestore(context, id);
        if (!prepared.ok) return prepared;
        return { ok: true, version: prepared.version.info, changes: prepared.changes };
      }),
    restoreVersion: (id, options) =>
      host.run(async (context) => {
        options.onProgress?.("reading");
        const prepared = await prepareRestore(context, id);
        if (!prepared.ok) return prepared;
        options.onProgress?.("writing");
        let changedCells = 0;
        context.application.suspendApiCalculationUntilNextSync();
        for (const write of prepared.writes) {
          queueRangeWrite(context, write.change.range, write.target, write.values);
          changedCells += write.change.cells;
        }
        if (prepared.writes.length > 0) await context.sync();
        options.onProgress?.("done");
        return { ok: true, version: prepared.version.info, changedCells };
      }),
    previewRollForward: (options) =>
      host.run(async (context) => {
        const prepared = await prepareRollForward(context, options.language);
        if (!prepared.ok) return prepared;
        return { ok: true, plan: prepared.plan };
      }),
    rollForward: (options) => host.run((context) => rollForward(context, options, clock)),
  };
}
