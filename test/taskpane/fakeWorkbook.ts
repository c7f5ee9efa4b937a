import {
  REQUIREMENT_OF,
  SOP_NAMES,
  type CompareOutcome,
  type CycleStatus,
  type NameStatus,
  type PlanLabelsOutcome,
  type PlanningWorkbook,
  type RestoreOutcome,
  type RestorePreview,
  type RollForwardOutcome,
  type RangeChange,
  type RollForwardPlan,
  type RollForwardPreview,
  type RunOptions,
  type RunOutcome,
  type RunStep,
  type SampleOutcome,
  type SaveVersionOutcome,
  type SaveVersionRequest,
  type SetupReport,
  type SopName,
  type VersionInfo,
  type VersionRef,
  type VersionsOutcome,
  type WhatIfAdjustment,
  type WhatIfOutcome,
  type WorkbookProblem,
  type DecisionsOutcome,
  type FreezeOutcome,
  type MeetingOutcome,
  type Feature,
  type AccuracyOutcome,
  type ForecastOutcome,
  type ForecastRequest,
  type ForecastRunOptions,
  type UseForecastOutcome,
  type UseForecastPreview,
  type SupplyOutcome,
  type UseSupplyOutcome,
  type ApprovalPreview,
  type ApprovalPreviewOutcome,
  type ApproveOutcome,
  type ImportOutcome,
  type ImportPreview,
  type ImportPreviewOutcome,
  type ImportRequest,
  type UseSupplyPreview,
} from "../../src/workbook";
import type { Language } from "../../src/i18n";
import { addDecision, closeDecision, type Decision, type DecisionDraft } from "../../src/engine";

/**
 * A `PlanningWorkbook` for taskpane tests: results are plain fields a test sets (an `Error` is
 * thrown instead of returned), every call is recorded, and `hold` keeps one call open until the
 * test releases it, so a test can watch a run in progress without sleeping.
 */

export type WorkbookMethod = keyof PlanningWorkbook;

export interface WorkbookCall {
  readonly method: WorkbookMethod;
  readonly args: readonly unknown[];
}

/** One call kept open: `started` resolves when the pane makes it, `release` lets it finish. */
export interface HeldCall {
  /** The options the pane passed (for the runs), once it has called. */
  readonly started: Promise<RunOptions | undefined>;
  release(): void;
}

/** Where the setup's names point in the default report: months across B:G of a sheet `Plan`. */
const LAYOUT: Record<SopName, readonly [address: string, rows: number, columns: number]> = {
  SOP_Periods: ["Plan!B1:G1", 1, 6],
  SOP_Forecast: ["Plan!B2:G2", 1, 6],
  SOP_Orders: ["Plan!B3:G3", 1, 6],
  SOP_OpeningStock: ["Plan!B4", 1, 1],
  SOP_Production: ["Plan!B5:G5", 1, 6],
  SOP_Capacity: ["Plan!B6:G6", 1, 6],
  SOP_SafetyStock: ["Plan!B7:G7", 1, 6],
  SOP_Families: ["Plan!A2", 1, 1],
  SOP_Options: ["Plan!A10:A13", 4, 1],
  SOP_ActualClosing: ["Plan!B9", 1, 1],
  SOP_History: ["Plan!B20:AK20", 1, 36],
  SOP_HistoryPeriods: ["Plan!B19:AK19", 1, 36],
  SOP_PlanParameters: ["Plan!A24:B31", 8, 2],
  SOP_Resources: ["Plan!B22", 1, 1],
  SOP_Price: ["Plan!B33", 1, 1],
  SOP_UnitCost: ["Plan!B34", 1, 1],
  SOP_Budget: ["Plan!B35:AK35", 1, 36],
  SOP_FrozenPeriods: ["Plan!B37", 1, 1],
};

/** Optional names the default report leaves undefined, as a new planning workbook has them. */
const MISSING_BY_DEFAULT: readonly SopName[] = [
  "SOP_ActualClosing",
  "SOP_Resources",
  "SOP_Price",
  "SOP_UnitCost",
  "SOP_Budget",
  "SOP_FrozenPeriods",
];

export interface ReportOptions {
  /** Names that do not exist (besides SOP_ActualClosing, which is optional and missing unless found). */
  readonly missing?: readonly SopName[];
  /** Optional names that exist although the default report leaves them out: SOP_ActualClosing. */
  readonly found?: readonly SopName[];
  /** Names that exist but cannot be used. */
  readonly problems?: Partial<Record<SopName, WorkbookProblem>>;
  readonly families?: number;
  readonly periods?: number;
  /** Defaults: every required name usable (and SOP_Families when several families); plus SOP_Options. */
  readonly readyForPlan?: boolean;
  readonly readyForScenarios?: boolean;
}

/** A setup report over the default layout. */
export function setupReport(options: ReportOptions = {}): SetupReport {
  const found = new Set(options.found ?? []);
  const missing = new Set([
    ...MISSING_BY_DEFAULT.filter((name) => !found.has(name)),
    ...(options.missing ?? []),
  ]);
  const names: NameStatus[] = SOP_NAMES.map((name) => {
    const problem = options.problems?.[name];
    const [address, rows, columns] = LAYOUT[name];
    const exists = !missing.has(name) && (problem === undefined || problem.kind !== "refError");
    return {
      name,
      requirement: REQUIREMENT_OF[name],
      ...(exists ? { address, rows, columns } : {}),
      ...(problem ? { problem } : {}),
    };
  });
  const usable = (name: SopName) =>
    names.some((s) => s.name === name && s.address !== undefined && s.problem === undefined);
  const families = options.families ?? (missing.has("SOP_Forecast") ? undefined : 1);
  const periods = options.periods ?? (missing.has("SOP_Periods") ? undefined : 6);
  const readyForPlan =
    options.readyForPlan ??
    (SOP_NAMES.every((name) => REQUIREMENT_OF[name] !== "required" || usable(name)) &&
      ((families ?? 1) <= 1 || usable("SOP_Families")));
  return {
    names,
    ...(families !== undefined ? { families } : {}),
    ...(periods !== undefined ? { periods } : {}),
    readyForPlan,
    readyForScenarios: options.readyForScenarios ?? (readyForPlan && usable("SOP_Options")),
  };
}

export type RunSuccess = Extract<RunOutcome, { ok: true }>;

export const PLAN_OK: RunSuccess = {
  ok: true,
  sheet: "S&OP Balance",
  summary: {
    families: 1,
    periods: 6,
    shortagePeriods: 5,
    firstShortage: { family: "Demo product", period: "2024-05" },
    lowestStockDays: { family: "Demo product", period: "2024-06", stockDays: -3 },
  },
};

export const SCENARIOS_OK: RunSuccess = {
  ok: true,
  sheet: "S&OP Scenarios",
  summary: { ...PLAN_OK.summary, scenarioTables: 5 },
};

/** The default plan's labels: one family, six months. */
export const LABELS_OK: Extract<PlanLabelsOutcome, { ok: true }> = {
  ok: true,
  families: ["Demo product"],
  periods: ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"],
};

/** 2026-11-23 20:58 in the test machine's time zone, as the pane shows it. */
export const SAVED_AT = new Date(2026, 10, 23, 20, 58).toISOString();

/** A version over the default plan; `overrides` name it and change what a test needs. */
export function versionInfo(
  overrides: Partial<VersionInfo> & { readonly name: string }
): VersionInfo {
  return {
    id: `id-${overrides.name}`,
    note: "",
    savedAt: SAVED_AT,
    families: 1,
    periods: 6,
    firstPeriod: "2024-04",
    lastPeriod: "2024-09",
    adjustments: [],
    ...overrides,
  };
}

export const COMPARE_OK: Extract<CompareOutcome, { ok: true }> = {
  ok: true,
  sheet: "S&OP Compare",
  summary: {
    turnedShortage: 3,
    productionChange: 1200,
    largestStockChange: { family: "Demo product", period: "2024-06", change: -350 },
  },
};

/** The default roll forward: April to September becomes May to October, opening from projection. */
/** What a restore would change: two cells of one range (one of them blank now), one of another. */
export const RESTORE_CHANGES: readonly RangeChange[] = [
  {
    range: "SOP_Production",
    address: "Plan!B5:G5",
    cells: 2,
    examples: [
      { cell: "Plan!C5", from: 1000, to: 1100 },
      { cell: "Plan!D5", from: null, to: 1000 },
    ],
  },
  { range: "SOP_Capacity", address: "Plan!B6:G6", cells: 1, examples: [] },
];

export const ROLL_PLAN: RollForwardPlan = {
  versionName: "2024-04",
  from: { first: "2024-04", last: "2024-09" },
  to: { first: "2024-05", last: "2024-10" },
  openingStock: [{ family: "Demo product", from: 1000, to: 1250 }],
  openingSource: "projected",
};

/** A cycle whose inputs are valid and whose plan was never run. */
export const CYCLE_FRESH: CycleStatus = {
  cycle: "2024-04",
  problems: [],
  families: 1,
  periods: 6,
  balance: "none",
  shortagePeriods: 3,
  openDecisions: 0,
};

class Deferred<T> {
  readonly promise: Promise<T>;
  resolve!: (value: T) => void;
  constructor() {
    this.promise = new Promise<T>((resolve) => {
      this.resolve = resolve;
    });
  }
}

interface Hold {
  readonly started: Deferred<RunOptions | undefined>;
  readonly released: Deferred<undefined>;
}

/** What the fake answers for a refused decision: one problem, as the Excel layer words them. */
const DECISION_PROBLEMS: WorkbookProblem[] = [
  {
    kind: "invalidDecision",
    range: "S&OP Decisions",
    found: "owner",
    expected: "who carries it out",
  },
];

export class FakeWorkbook implements PlanningWorkbook {
  /** The features this "Excel" lacks the requirement sets of. */
  unsupported: Feature[] = [];
  report: SetupReport | Error = setupReport();
  /** Where the cycle stands: by default valid inputs of the seed demo, never run. */
  cycle: CycleStatus | Error = CYCLE_FRESH;
  planOutcome: RunOutcome | Error = PLAN_OK;
  scenariosOutcome: RunOutcome | Error = SCENARIOS_OK;
  sampleOutcome: SampleOutcome | Error = { ok: true, sheet: "S&OP Input" };
  savedLanguage: Language | undefined | Error = undefined;
  saveError: Error | undefined = undefined;
  showSheetError: Error | undefined = undefined;
  /** Steps every run reports, in order, before it returns (a held run reports them on release). */
  steps: readonly RunStep[] = [];
  /** Run after `insertSampleData` succeeds, before it returns: e.g. switch `report` to all found. */
  afterSample: (() => void) | undefined = undefined;

  /** The stored versions: listed, and changed by save, rename, delete and roll forward. */
  versions: VersionInfo[] = [];
  versionLimit = 20;
  /** Set to answer instead of the stored versions (a refusal, or an Error to throw). */
  listOutcome: VersionsOutcome | Error | undefined = undefined;
  /** Undefined: the version is stored as asked and the plan's summary returned. */
  saveVersionOutcome: SaveVersionOutcome | Error | undefined = undefined;
  /** Undefined: the stored version is renamed or deleted and the list returned. */
  renameOutcome: VersionsOutcome | Error | undefined = undefined;
  deleteOutcome: VersionsOutcome | Error | undefined = undefined;
  labelsOutcome: PlanLabelsOutcome | Error = LABELS_OK;
  whatIfOutcome: WhatIfOutcome | Error = { ok: true, summary: PLAN_OK.summary };
  compareOutcome: CompareOutcome | Error = COMPARE_OK;
  /** Undefined: the stored version with no change (or versionNotFound). */
  restorePreview: RestorePreview | Error | undefined = undefined;
  /** Undefined: the stored version with 0 cells changed (or versionNotFound). */
  restoreOutcome: RestoreOutcome | Error | undefined = undefined;
  rollForwardPreview: RollForwardPreview | Error = { ok: true, plan: ROLL_PLAN };
  /** Undefined: the current plan is stored as ROLL_PLAN's version and the plan returned. */
  rollForwardOutcome: RollForwardOutcome | Error | undefined = undefined;

  /** The decision log the fake keeps, changed by the engine's own rules. */
  decisions: Decision[] = [];
  decisionCycle = "2024-04";
  /** Set to answer every decision call with this instead. */
  decisionsOutcome: DecisionsOutcome | Error | undefined = undefined;

  meetingOutcome: MeetingOutcome | Error = {
    ok: true,
    sheet: "S&OP Meeting",
    summary: { families: 1, periods: 6, exceptions: 5, gaps: 2, openDecisions: 1, charts: 2 },
  };
  freezeOutcome: FreezeOutcome | Error = {
    ok: true,
    fileName: "Plan (frozen).xlsx",
    frozen: [{ sheet: "Plan", cells: 3 }],
    delivery: "opened",
  };

  forecastOutcome: ForecastOutcome | Error = {
    ok: true,
    sheet: "S&OP Forecast",
    summary: {
      families: 1,
      periods: 6,
      historyPeriods: 36,
      outside: 2,
      firstOutside: { family: "All products", period: "2024-06" },
      backtestWmape: 0.08,
      naiveWmape: 0.11,
      charts: 1,
    },
  };
  /** Families done before the forecast returns: reported through onFamilies, one at a time. */
  forecastFamilies = 0;
  useForecastPreview: UseForecastPreview | Error = {
    ok: true,
    families: ["All products"],
    change: {
      range: "SOP_Forecast",
      address: "Plan!B2:G2",
      cells: 6,
      examples: [{ cell: "Plan!B2", from: 12000, to: 12410 }],
    },
  };
  useForecastOutcome: UseForecastOutcome | Error = {
    ok: true,
    families: ["All products"],
    changedCells: 6,
  };
  accuracyOutcome: AccuracyOutcome | Error = { ok: true, lags: [] };

  supplyOutcome: SupplyOutcome | Error = {
    ok: true,
    sheet: "S&OP Supply Plan",
    summary: {
      families: 1,
      periods: 6,
      resources: 1,
      cost: 3_780_000,
      baselines: [
        {
          baseline: "planner",
          infeasible: {
            kind: "infeasible",
            family: "All products",
            period: "2024-05",
            units: 1700,
          },
        },
        { baseline: "level", cost: 3_812_500 },
        { baseline: "chase", cost: 3_905_000 },
      ],
      shortageLines: 2,
      shortages: [
        {
          resource: "All products",
          period: "2024-06",
          lever: "subcontract",
          quantity: 2500,
          cost: 200_000,
        },
        {
          resource: "All products",
          period: "2024-06",
          lever: "overtime",
          quantity: 1500,
          cost: 150_000,
        },
      ],
      limits: [{ limit: "regular", where: "All products", periods: ["2024-04", "2024-05"] }],
      dearest: { family: "All products", period: "2024-06", cost: 100 },
      solveMs: 12,
    },
  };
  useSupplyPreview: UseSupplyPreview | Error = {
    ok: true,
    change: {
      range: "SOP_Production",
      address: "Plan!B5:G5",
      cells: 6,
      examples: [{ cell: "Plan!B5", from: 11000, to: 12000 }],
    },
  };
  useSupplyOutcome: UseSupplyOutcome | Error = { ok: true, changedCells: 6 };
  /** Approve plan: the seed demo's cycle, May changed against March's approved plan. */
  approval: ApprovalPreview = {
    cycle: "2024-04",
    versionName: "Approved 2024-04",
    families: 1,
    periods: 6,
    frozenPeriods: 1,
    frozenLabels: ["2024-04"],
    previous: {
      name: "Approved 2024-03",
      approval: { by: "Wang Fang", at: "2024-03-28T09:00:00.000Z", frozenPeriods: 1 },
    },
    changes: [{ family: "", period: "2024-04", before: 10000, now: 11000, change: 1000 }],
  };
  approvalPreviewOutcome: ApprovalPreviewOutcome | Error | undefined;
  /** Import: a GBK extract of two families, one bad row, SOP_OpeningStock moved off Plan!B7. */
  importPreview: ImportPreview = {
    fileName: "erp-2024-03.csv",
    source: { kind: "csv", encoding: "gb18030", delimiter: "," },
    decimal: ".",
    header: ["物料", "月份", "数量", "类型"],
    mapping: { family: 0, period: 1, quantity: 2, type: 3 },
    rows: 75,
    families: ["泵", "阀门"],
    periods: ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"],
    historyMonths: ["2023-04", "2023-05", "2023-06"],
    totals: [
      { kind: "history", total: 36000, families: 2 },
      { kind: "stock", total: 5000, families: 2 },
    ],
    outsidePlan: 0,
    badRows: [{ line: 17, reason: "badQuantity", found: "n/a" }],
    badRowCount: 1,
    names: [
      { name: "SOP_Families", address: "'S&OP Data'!A7:A8" },
      { name: "SOP_OpeningStock", address: "'S&OP Data'!B11:B12", replaces: "Plan!B7" },
    ],
  };
  importPreviewOutcome: ImportPreviewOutcome | Error | undefined;
  importOutcome: ImportOutcome | Error | undefined;
  approveOutcome: ApproveOutcome | Error | undefined;

  readonly calls: WorkbookCall[] = [];
  private readonly holds = new Map<WorkbookMethod, Hold>();

  /** Keeps the next call of `method` open until the returned `release()`. */
  hold(method: WorkbookMethod): HeldCall {
    const hold: Hold = { started: new Deferred(), released: new Deferred() };
    this.holds.set(method, hold);
    return {
      started: hold.started.promise,
      release: () => {
        hold.released.resolve(undefined);
      },
    };
  }

  callsOf(method: WorkbookMethod): readonly (readonly unknown[])[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  /** The options of the last run call of `method`. */
  lastOptions(
    method:
      | "runRollingPlan"
      | "runGapScenarios"
      | "insertSampleData"
      | "saveVersion"
      | "runWhatIf"
      | "compareVersions"
      | "restoreVersion"
      | "previewRollForward"
      | "rollForward"
  ): RunOptions {
    const args = this.callsOf(method).at(-1);
    if (args === undefined) throw new Error(`${method} was not called`);
    return args.at(-1) as RunOptions;
  }

  supports(feature: Feature): boolean {
    return !this.unsupported.includes(feature);
  }

  inspect(): Promise<SetupReport> {
    return this.answer("inspect", [], undefined, () => this.report);
  }

  readCycle(): Promise<CycleStatus> {
    return this.answer("readCycle", [], undefined, () => this.cycle);
  }

  runRollingPlan(options: RunOptions): Promise<RunOutcome> {
    return this.answer("runRollingPlan", [options], options, () => this.planOutcome);
  }

  runGapScenarios(options: RunOptions): Promise<RunOutcome> {
    return this.answer("runGapScenarios", [options], options, () => this.scenariosOutcome);
  }

  insertSampleData(options: RunOptions): Promise<SampleOutcome> {
    return this.answer("insertSampleData", [options], options, () => {
      if (!(this.sampleOutcome instanceof Error) && this.sampleOutcome.ok) this.afterSample?.();
      return this.sampleOutcome;
    });
  }

  showSheet(sheet: string): Promise<void> {
    return this.answer("showSheet", [sheet], undefined, () => this.showSheetError);
  }

  loadLanguage(): Promise<Language | undefined> {
    return this.answer("loadLanguage", [], undefined, () => this.savedLanguage);
  }

  saveLanguage(language: Language): Promise<void> {
    return this.answer("saveLanguage", [language], undefined, () => {
      if (this.saveError) return this.saveError;
      this.savedLanguage = language;
      return undefined;
    });
  }

  listVersions(): Promise<VersionsOutcome> {
    return this.answer("listVersions", [], undefined, () => this.listOutcome ?? this.stored());
  }

  saveVersion(request: SaveVersionRequest, options: RunOptions): Promise<SaveVersionOutcome> {
    return this.answer("saveVersion", [request, options], options, () => {
      if (this.saveVersionOutcome !== undefined) return this.saveVersionOutcome;
      const version = versionInfo({
        id: `v${this.versions.length + 1}`,
        name: request.name,
        note: request.note,
        adjustments: request.adjustments ?? [],
      });
      this.versions = [...this.versions, version];
      return { ok: true, version, summary: PLAN_OK.summary };
    });
  }

  renameVersion(id: string, name: string): Promise<VersionsOutcome> {
    return this.answer("renameVersion", [id, name], undefined, () => {
      if (this.renameOutcome !== undefined) return this.renameOutcome;
      this.versions = this.versions.map((v) => (v.id === id ? { ...v, name } : v));
      return this.stored();
    });
  }

  deleteVersion(id: string): Promise<VersionsOutcome> {
    return this.answer("deleteVersion", [id], undefined, () => {
      if (this.deleteOutcome !== undefined) return this.deleteOutcome;
      this.versions = this.versions.filter((v) => v.id !== id);
      return this.stored();
    });
  }

  readPlanLabels(): Promise<PlanLabelsOutcome> {
    return this.answer("readPlanLabels", [], undefined, () => this.labelsOutcome);
  }

  runWhatIf(adjustments: readonly WhatIfAdjustment[], options: RunOptions): Promise<WhatIfOutcome> {
    return this.answer("runWhatIf", [adjustments, options], options, () => this.whatIfOutcome);
  }

  compareVersions(
    first: VersionRef,
    second: VersionRef,
    options: RunOptions
  ): Promise<CompareOutcome> {
    return this.answer(
      "compareVersions",
      [first, second, options],
      options,
      () => this.compareOutcome
    );
  }

  previewRestore(id: string): Promise<RestorePreview> {
    return this.answer("previewRestore", [id], undefined, () => {
      if (this.restorePreview !== undefined) return this.restorePreview;
      const version = this.versions.find((v) => v.id === id);
      return version ? { ok: true, version, changes: [] } : this.notFound(id);
    });
  }

  restoreVersion(id: string, options: RunOptions): Promise<RestoreOutcome> {
    return this.answer("restoreVersion", [id, options], options, () => {
      if (this.restoreOutcome !== undefined) return this.restoreOutcome;
      const version = this.versions.find((v) => v.id === id);
      return version ? { ok: true, version, changedCells: 0 } : this.notFound(id);
    });
  }

  previewRollForward(options: RunOptions): Promise<RollForwardPreview> {
    return this.answer("previewRollForward", [options], options, () => this.rollForwardPreview);
  }

  rollForward(options: RunOptions): Promise<RollForwardOutcome> {
    return this.answer("rollForward", [options], options, () => {
      if (this.rollForwardOutcome !== undefined) return this.rollForwardOutcome;
      const version = versionInfo({
        id: `v${this.versions.length + 1}`,
        name: ROLL_PLAN.versionName,
      });
      this.versions = [...this.versions, version];
      return { ok: true, plan: ROLL_PLAN, version };
    });
  }

  /** What reading the log answers when it is not the log itself (an Excel error, say). */
  listDecisionsOutcome: DecisionsOutcome | Error | undefined = undefined;

  listDecisions(): Promise<DecisionsOutcome> {
    return this.answer(
      "listDecisions",
      [],
      undefined,
      () => this.listDecisionsOutcome ?? this.decisionLog()
    );
  }

  addDecision(draft: DecisionDraft, options: RunOptions): Promise<DecisionsOutcome> {
    return this.answer("addDecision", [draft, options], options, () => {
      if (this.decisionsOutcome !== undefined) return this.decisionsOutcome;
      const added = addDecision(this.decisions, draft, this.decisionCycle);
      if (!added.ok) return { ok: false, problems: DECISION_PROBLEMS };
      this.decisions = added.value;
      return this.decisionLog();
    });
  }

  closeDecision(
    id: number,
    status: "done" | "dropped",
    options: RunOptions
  ): Promise<DecisionsOutcome> {
    return this.answer("closeDecision", [id, status, options], options, () => {
      if (this.decisionsOutcome !== undefined) return this.decisionsOutcome;
      const closed = closeDecision(this.decisions, id, status, this.decisionCycle);
      if (!closed.ok) return { ok: false, problems: DECISION_PROBLEMS };
      this.decisions = closed.value;
      return this.decisionLog();
    });
  }

  publishMeetingPack(options: RunOptions): Promise<MeetingOutcome> {
    return this.answer("publishMeetingPack", [options], options, () => this.meetingOutcome);
  }

  freezeForSharing(options: RunOptions): Promise<FreezeOutcome> {
    return this.answer("freezeForSharing", [options], options, () => this.freezeOutcome);
  }

  forecastDemand(request: ForecastRequest, options: ForecastRunOptions): Promise<ForecastOutcome> {
    return this.answer("forecastDemand", [request, options], options, () => {
      for (let done = 1; done <= this.forecastFamilies; done++) {
        options.onFamilies?.(done, this.forecastFamilies);
      }
      if (options.signal?.aborted)
        return { ok: false, problems: [{ kind: "cancelled", range: "workbook" }] };
      return this.forecastOutcome;
    });
  }

  previewUseForecast(families: readonly string[]): Promise<UseForecastPreview> {
    return this.answer("previewUseForecast", [families], undefined, () => this.useForecastPreview);
  }

  useStatisticalForecast(
    families: readonly string[],
    options: RunOptions
  ): Promise<UseForecastOutcome> {
    return this.answer(
      "useStatisticalForecast",
      [families, options],
      options,
      () => this.useForecastOutcome
    );
  }

  readForecastAccuracy(): Promise<AccuracyOutcome> {
    return this.answer("readForecastAccuracy", [], undefined, () => this.accuracyOutcome);
  }

  optimizeSupply(options: RunOptions): Promise<SupplyOutcome> {
    return this.answer("optimizeSupply", [options], options, () => this.supplyOutcome);
  }

  previewUseSupplyPlan(): Promise<UseSupplyPreview> {
    return this.answer("previewUseSupplyPlan", [], undefined, () => this.useSupplyPreview);
  }

  useOptimizedPlan(options: RunOptions): Promise<UseSupplyOutcome> {
    return this.answer("useOptimizedPlan", [options], options, () => this.useSupplyOutcome);
  }

  previewImport(request: ImportRequest, options: RunOptions): Promise<ImportPreviewOutcome> {
    return this.answer(
      "previewImport",
      [request, options],
      options,
      () =>
        this.importPreviewOutcome ?? {
          ok: true,
          preview: {
            ...this.importPreview,
            mapping: request.mapping ?? this.importPreview.mapping,
          },
        }
    );
  }

  importExtract(request: ImportRequest, options: RunOptions): Promise<ImportOutcome> {
    return this.answer(
      "importExtract",
      [request, options],
      options,
      () => this.importOutcome ?? { ok: true, sheet: "S&OP Data", preview: this.importPreview }
    );
  }

  previewApproval(options: RunOptions): Promise<ApprovalPreviewOutcome> {
    return this.answer(
      "previewApproval",
      [options],
      options,
      () => this.approvalPreviewOutcome ?? { ok: true, preview: this.approval }
    );
  }

  approvePlan(request: { approvedBy: string }, options: RunOptions): Promise<ApproveOutcome> {
    return this.answer("approvePlan", [request, options], options, () => {
      if (this.approveOutcome !== undefined) return this.approveOutcome;
      const approval = { by: request.approvedBy, at: "2024-04-28T09:00:00.000Z", frozenPeriods: 1 };
      return {
        ok: true,
        sheet: "S&OP MPS",
        version: {
          id: "r9-approved",
          name: this.approval.versionName,
          note: "",
          savedAt: approval.at,
          families: 1,
          periods: 6,
          firstPeriod: "2024-04",
          lastPeriod: "2024-09",
          adjustments: [],
          approval,
        },
        preview: this.approval,
        csv: { fileName: "S&OP MPS 2024-04.csv", bytes: Uint8Array.from([0xef, 0xbb, 0xbf]) },
      };
    });
  }

  private decisionLog(): DecisionsOutcome {
    if (this.decisionsOutcome !== undefined && !(this.decisionsOutcome instanceof Error))
      return this.decisionsOutcome;
    return {
      ok: true,
      decisions: this.decisions,
      cycle: this.decisionCycle,
      ...(this.decisions.length > 0 ? { sheet: "S&OP Decisions" } : {}),
    };
  }

  private stored(): VersionsOutcome {
    return { ok: true, versions: this.versions, limit: this.versionLimit };
  }

  private notFound(id: string): { ok: false; problems: WorkbookProblem[] } {
    return { ok: false, problems: [{ kind: "versionNotFound", range: "workbook", version: id }] };
  }

  /** Records the call, waits while it is held, reports the steps, then returns or throws the result. */
  private async answer<T>(
    method: WorkbookMethod,
    args: readonly unknown[],
    options: RunOptions | undefined,
    result: () => T | Error
  ): Promise<T> {
    this.calls.push({ method, args });
    const hold = this.holds.get(method);
    if (hold) {
      this.holds.delete(method);
      hold.started.resolve(options);
      await hold.released.promise;
    } else {
      await Promise.resolve();
    }
    if (options) for (const step of this.steps) options.onProgress?.(step);
    const value = result();
    if (value instanceof Error) throw value;
    return value;
  }
}
