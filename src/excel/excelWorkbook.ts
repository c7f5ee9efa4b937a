import { balancePlan } from "../engine";
import { LANGUAGES, type Language } from "../i18n";
import { rangeAddress } from "./sheets/addresses";
import { interpretInputs } from "./sheets/inputs";
import {
  REQUIREMENT_OF,
  SOP_NAMES,
  type Forecaster,
  type SolverLoader,
  type NameStatus,
  type PlanningWorkbook,
  type RunOptions,
  type RunOutcome,
  type SampleOutcome,
  type SetupReport,
  type SopName,
  type WorkbookProblem,
} from "../workbook";
import { sampleLayout } from "./sheets/sample";
import { inputsFingerprint, PLAN_INPUT_NAMES } from "./sheets/stamps";
import { createCycleOperations } from "./cycleStatus";
import { createDemandOperations } from "./demandWorkbook";
import { createSupplyOperations } from "./supplyWorkbook";
import { inlineForecaster } from "./forecaster";
import { createDecisionOperations } from "./decisionWorkbook";
import { createFreezeOperations } from "./freezeWorkbook";
import { createMeetingOperations } from "./meetingWorkbook";
import { createImportOperations } from "./importWorkbook";
import { createMpsOperations } from "./mpsWorkbook";
import { createVersionOperations } from "./versionWorkbook";
import { balanceSheet, gapsOf, scenarioSheet, summarize } from "./sheets/tables";
import {
  hostSupports,
  markSheet,
  plannersCells,
  pointName,
  readInputs,
  resolveNames,
  sourcesLine,
  targetSheet,
  toWorkbookProblem,
  writeOutput,
  type ExcelHost,
  type InputUse,
  type OutputKind,
  type Resolution,
} from "./workbookAccess";

export { MAX_INPUT_CELLS, OUTPUT_SHEETS, type ExcelHost } from "./workbookAccess";
export { chunkRows, WRITE_BUDGET_BYTES } from "./sheets/payload";

/**
 * The Excel implementation of `PlanningWorkbook`: the only code that calls `Excel.run` and
 * `context.sync`. A run costs a fixed number of round trips: one to resolve the names, one to read
 * every input, then writes in as few requests as Excel on the web's payload limit allows
 * (two for 1,000 families × 36 periods), with calculation suspended while writing.
 */

/** A hidden workbook name holding the table language, so every planner gets the same text. */
export const LANGUAGE_NAME = "SOP_Language";

export function createExcelPlanningWorkbook(
  host: ExcelHost,
  clock: () => Date = () => new Date(),
  /** Where the demand review's forecasts run: a Web Worker in the browser, inline otherwise. */
  forecaster: Forecaster = inlineForecaster,
  /** The supply review's solver; without one, Optimize supply plan says it cannot run. */
  solver?: SolverLoader
): PlanningWorkbook {
  return {
    supports: (feature) => hostSupports(host, feature),
    inspect: () => host.run(async (context) => setupReport(await resolveNames(context))),
    runRollingPlan: (options) => host.run((context) => runPlan(context, options, false, clock)),
    runGapScenarios: (options) => host.run((context) => runPlan(context, options, true, clock)),
    insertSampleData: (options) => host.run((context) => insertSample(context, options.language)),
    showSheet: (sheet) =>
      host.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange("A1").select();
        await context.sync();
      }),
    loadLanguage: () =>
      host.run(async (context) => {
        const item = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME).load("type, value");
        await context.sync();
        if (item.isNullObject) return undefined;
        const text = String(item.value).replace(/^=?"?|"?$/g, "");
        return LANGUAGES.find((language) => language === text);
      }),
    saveLanguage: (language: Language) =>
      host.run(async (context) => {
        const existing = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME);
        await context.sync();
        if (!existing.isNullObject) existing.delete();
        const item = context.workbook.names.add(
          LANGUAGE_NAME,
          `="${language}"`,
          "S&OP add-in: language of the tables it writes."
        );
        item.visible = false;
        await context.sync();
      }),
    ...createCycleOperations(host, clock),
    ...createVersionOperations(host, clock),
    ...createDecisionOperations(host, clock),
    ...createMeetingOperations(host, clock, solver),
    ...createFreezeOperations(host),
    ...createDemandOperations(host, clock, forecaster),
    ...createSupplyOperations(host, clock, solver),
    ...createMpsOperations(host, clock),
    ...createImportOperations(host, clock),
  };
}

function setupReport(resolution: Resolution): SetupReport {
  const problemOf = new Map(resolution.problems.map((problem) => [problem.range, problem]));
  const names: NameStatus[] = SOP_NAMES.map((name) => {
    const found = resolution.resolved[name];
    const problem = problemOf.get(name);
    return {
      name,
      requirement: REQUIREMENT_OF[name],
      ...(found
        ? {
            address: rangeAddress(
              found.sheet,
              found.block.row,
              found.block.column,
              found.block.rows,
              found.block.columns
            ),
            rows: found.block.rows,
            columns: found.block.columns,
          }
        : {}),
      ...(problem ? { problem } : {}),
    };
  });
  const { SOP_Periods: periodsName, SOP_Forecast: forecast } = resolution.resolved;
  const periods = periodsName
    ? Math.max(periodsName.block.rows, periodsName.block.columns)
    : undefined;
  const acrossColumns = periodsName ? periodsName.block.rows === 1 : true;
  const families =
    forecast && periods !== undefined
      ? acrossColumns
        ? forecast.block.rows
        : forecast.block.columns
      : undefined;
  // A broken name that a run would read blocks it, optional or not; SOP_Options only blocks
  // scenarios, and SOP_ActualClosing only roll forward.
  const usable = (name: SopName): boolean => !problemOf.has(name);
  const familiesOk =
    families === undefined || families <= 1 || resolution.resolved.SOP_Families !== undefined;
  const readyForPlan =
    PLAN_INPUT_NAMES.every(
      (name) =>
        usable(name) &&
        (REQUIREMENT_OF[name] !== "required" || resolution.resolved[name] !== undefined)
    ) && familiesOk;
  return {
    names,
    ...(families !== undefined ? { families } : {}),
    ...(periods !== undefined ? { periods } : {}),
    readyForPlan,
    readyForScenarios:
      readyForPlan && resolution.resolved.SOP_Options !== undefined && usable("SOP_Options"),
  };
}

async function runPlan(
  context: Excel.RequestContext,
  options: RunOptions,
  withScenarios: boolean,
  clock: () => Date
): Promise<RunOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");
  const kind: OutputKind = withScenarios ? "scenarios" : "balance";
  const use: InputUse = { options: withScenarios ? "required" : "no", actualClosing: false };
  // Loaded with the inputs: our previous result's tables, deleted before writing anew.
  let oldTables: Excel.TableCollection | undefined;
  const read = await readInputs(context, use, (resolution) => {
    const own = resolution.ownSheets[kind];
    if (own !== undefined) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  });
  if (!read.ok) return read;
  const { resolution, reads } = read;
  progress("validating");
  const interpretation = interpretInputs(reads, { withOptions: withScenarios });
  if (!interpretation.ok) return { ok: false, problems: interpretation.problems };
  const { plan } = interpretation;

  progress("computing");
  const outcome = balancePlan(plan.input);
  // The inputs were checked cell by cell, so the engine can only refuse the plan's size.
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map(toWorkbookProblem) };
  const balance = outcome.value;
  const sheetContext = {
    language: options.language,
    computedAt: clock(),
    sources: sourcesLine(resolution, use),
  };
  const summary = summarize(plan, balance, options.language);

  progress("writing");
  const gaps = withScenarios ? gapsOf(plan, balance) : undefined;
  const output = gaps
    ? scenarioSheet(plan, gaps, sheetContext)
    : balanceSheet(plan, balance, sheetContext);
  // S&OP Balance records the inputs it was computed from: the supply review's step state.
  const stamp = gaps ? {} : { inputs: inputsFingerprint(reads), cycle: plan.periods[0] ?? "" };
  const written = await writeOutput(context, resolution, kind, output, oldTables, stamp);
  const scenarioTables = gaps?.length;
  progress("done");
  return {
    ok: true,
    ...written,
    summary: scenarioTables === undefined ? summary : { ...summary, scenarioTables },
  };
}

async function insertSample(
  context: Excel.RequestContext,
  language: Language
): Promise<SampleOutcome> {
  const resolution = await resolveNames(context);
  const layout = sampleLayout(language);
  const own = resolution.ownSheets.input;
  // Names that point at the planner's own cells (or hold the planner's constants) are never
  // replaced; names into our previous sample, and broken #REF! names, are.
  const taken: WorkbookProblem[] = SOP_NAMES.flatMap((name): WorkbookProblem[] => {
    const found = plannersCells(resolution, name, own);
    return found === undefined ? [] : [{ kind: "nameTaken", range: name, found }];
  });
  if (taken.length > 0) return { ok: false, problems: taken };

  const target = targetSheet(resolution, "input");
  const { workbook } = context;
  const worksheet = target.exists
    ? workbook.worksheets.getItem(target.sheet)
    : workbook.worksheets.add(target.sheet);
  context.application.suspendApiCalculationUntilNextSync();
  if (target.exists) worksheet.getRange().clear("All");
  const rows = layout.values.length;
  const width = layout.values[0]?.length ?? 0;
  // Period labels stay text ("2024-04"), as in a text-formatted row of a planner's sheet.
  for (const periods of layout.names) {
    if (periods.name !== "SOP_Periods" && periods.name !== "SOP_HistoryPeriods") continue;
    const labels = worksheet.getRangeByIndexes(
      periods.row,
      periods.column,
      periods.rows,
      periods.columns
    );
    labels.numberFormat = [["@"]];
  }
  worksheet.getRangeByIndexes(0, 0, rows, width).values = layout.values.map((row) => [...row]);
  worksheet.getRange("A1").format.font.bold = true;
  markSheet(context, resolution, "input", worksheet);
  for (const entry of layout.names) pointName(context, resolution, entry.name, target.sheet, entry);
  worksheet.getRangeByIndexes(0, 0, rows, width).format.autofitColumns();
  worksheet.activate();
  await context.sync();
  return { ok: true, sheet: target.sheet };
}
