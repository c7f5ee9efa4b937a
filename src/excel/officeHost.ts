import { languageOfTag, type Language } from "../i18n";
import type { Forecaster, PlanningWorkbook, SolverLoader } from "../workbook";
import { createExcelPlanningWorkbook } from "./excelWorkbook";
import { officeFiles } from "./officeFiles";

/**
 * The Excel implementation over Office's globals, as the taskpane's entry and the ribbon's
 * commands file hand it on: `Excel.run` for every batch, Office's own answer for each requirement
 * set, and the File API for the frozen copy. Call it after `Office.onReady`.
 */
export function createOfficeWorkbook(
  forecaster?: Forecaster,
  solver?: SolverLoader
): PlanningWorkbook {
  const requirements = Office.context.requirements;
  return createExcelPlanningWorkbook(
    {
      run: (batch) => Excel.run(batch),
      // Features above the manifest's minimum are offered only where these say yes.
      isSetSupported: (name, version) => requirements.isSetSupported(name, version),
      files: officeFiles,
    },
    undefined,
    forecaster,
    solver
  );
}

/** Excel's display language, which decides the first language of the pane and of the ribbon's words. */
export function officeDisplayLanguage(): Language {
  const context = Office.context as Office.Context | undefined;
  return languageOfTag(context?.displayLanguage);
}
