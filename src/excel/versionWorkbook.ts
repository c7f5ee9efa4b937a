import type { PlanningWorkbook } from "./planningWorkbook";
import type { ExcelHost } from "./workbookAccess";

/** Plan versions on the Excel layer. (In progress: the interface is fixed, the bodies follow.) */
export type VersionOperations = Pick<
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

export function createVersionOperations(_host: ExcelHost, _clock: () => Date): VersionOperations {
  const pending = (): Promise<never> =>
    Promise.reject(new Error("Plan versions are not built yet."));
  return {
    listVersions: pending,
    saveVersion: pending,
    renameVersion: pending,
    deleteVersion: pending,
    readPlanLabels: pending,
    runWhatIf: pending,
    compareVersions: pending,
    previewRestore: pending,
    restoreVersion: pending,
    previewRollForward: pending,
    rollForward: pending,
  };
}
