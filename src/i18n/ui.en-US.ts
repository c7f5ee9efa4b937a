/** English text of the taskpane. `ui.zh-CN.ts` must have exactly the same keys (the type enforces it). */
export const uiEnUS = {
  "ui.title": "S&OP Planner",
  "ui.subtitle": "Balance supply and demand, period by period, inside Excel.",
  "ui.language": "Language",
  "ui.language.loadFailed": "The language saved in this workbook could not be read: {message}",
  "ui.language.saveFailed": "The language could not be saved in this workbook: {message}",

  "ui.setup.heading": "Workbook setup",
  "ui.setup.intro":
    "The plan reads these workbook names. Define them in Formulas > Name Manager, or insert the sample data.",
  "ui.setup.refresh": "Refresh",
  "ui.setup.checking": "Checking the named ranges…",
  "ui.setup.inspectFailed": "The named ranges could not be checked",
  "ui.setup.table": "Named ranges of the plan",
  "ui.setup.col.name": "Name",
  "ui.setup.col.status": "Status",
  "ui.setup.col.address": "Address",
  "ui.setup.found": "Found",
  "ui.setup.missing": "Missing",
  "ui.setup.unusable": "Unusable",
  "ui.setup.none": "—",
  "ui.setup.shape": "{rows} × {columns}",
  "ui.setup.families.one": "{n} family",
  "ui.setup.families.other": "{n} families",
  "ui.setup.periods.one": "{n} period",
  "ui.setup.periods.other": "{n} periods",
  "ui.setup.dimensions": "Plan size: {size}",
  "ui.setup.notReadyPlan": "Not ready for the rolling plan",
  "ui.setup.notReadyScenarios": "Not ready for gap scenarios",
  "ui.setup.unusableNames": "Some names cannot be used",
  "ui.setup.notFitting": "The named ranges do not fit together yet: check their sizes.",
  "ui.setup.ready": "Ready: the rolling plan and the gap scenarios have every name they need.",

  "ui.requirement.required": "Required",
  "ui.requirement.scenarios": "For gap scenarios",
  "ui.requirement.manyFamilies": "When several families",
  "ui.requirement.optional": "Optional",

  "ui.actions.heading": "Plan",
  "ui.action.plan": "Run rolling plan",
  "ui.action.scenarios": "Gap scenarios",
  "ui.action.sample": "Insert sample data",
  "ui.action.plan.description":
    "Balances every family period by period and writes the balance sheet.",
  "ui.action.scenarios.description":
    "Runs the plan, then writes one gap table for every family and period with a rolling gap.",
  "ui.action.sample.description":
    "Adds a sheet with the 6-month demo and defines every name of the plan over it.",
  "ui.action.needs": "Needs {names}.",
  "ui.action.waiting": "Waiting for the check of the named ranges.",
  "ui.action.unchecked": "The named ranges could not be checked: refresh the setup.",
  "ui.action.notFitting": "The named ranges do not fit together yet: see the setup.",

  "ui.step.working": "Working…",
  "ui.step.reading": "Reading the named ranges…",
  "ui.step.validating": "Checking the inputs…",
  "ui.step.computing": "Computing the plan…",
  "ui.step.writing": "Writing the sheet…",
  "ui.step.done": "Finishing…",
  "ui.step.label": "{action}: {step}",
  "ui.step.progress": "{action}, step {n} of {total}: {step}",

  "ui.problems.title": "Nothing was written: fix these inputs",
  "ui.problems.sampleTitle": "The sample data was not inserted",
  "ui.problems.count": "Problems found: {n}",
  "ui.error.title": "“{action}” did not finish",
  "ui.error.showSheet": "The sheet “{sheet}” could not be opened: {message}",

  "ui.summary.heading": "Result",
  "ui.summary.planTitle": "Rolling plan written to “{sheet}”",
  "ui.summary.scenariosTitle": "Gap scenarios written to “{sheet}”",
  "ui.summary.families": "Families",
  "ui.summary.periods": "Periods",
  "ui.summary.shortagePeriods": "Shortage periods",
  "ui.summary.firstShortage": "First shortage",
  "ui.summary.lowestStockDays": "Lowest stock days",
  "ui.summary.scenarioTables": "Scenario tables written",
  "ui.summary.none": "None",
  "ui.summary.point": "{family}, {period}",
  "ui.summary.stockDays": "{days} ({family}, {period})",
  "ui.summary.openSheet": "Open {sheet}",
  "ui.summary.preferredSheet":
    "The sheet “{preferred}” belongs to you and was left alone, so the result went to “{sheet}”.",
  "ui.sample.done":
    "Sample data inserted in “{sheet}”, with every name of the plan defined over it.",

  "ui.functions": "Formulas",
  "ui.balance.summary":
    "Rolling balance: one record per period with effective demand, opening and closing stock, stock days, utilization and status.",
  "ui.gap.summary":
    "Gap scenarios: each option to close a supply gap, best first; with unit costs, the cheapest mix last.",
  "ui.example": "Example",
} as const;

export type UiMessageKey = keyof typeof uiEnUS;
