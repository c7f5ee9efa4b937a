import type {
  Baseline,
  LpSolver,
  DemandOptions,
  FamilyForecast,
  ForecastMethod,
  AdjustmentMode,
  AdjustmentTarget,
  Decision,
  FrozenChange,
  BadRow,
  ColumnMapping,
  DecimalMark,
  Delimiter,
  ExtractEncoding,
  ExtractKind,
  ExpectedRule,
  PreviewValue,
  DecisionDraft,
  ErrorClass,
  ProblemKind,
} from "../engine";
import type { Language } from "../i18n/language";
import type { Feature } from "./requirements";

export * from "./requirements";

/** The text of anything a workbook call threw: an Error, an Office error object or a plain value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message } = error;
    if (typeof message === "string") return message;
  }
  return String(error);
}

/**
 * What the taskpane may ask of the workbook. The taskpane is given an implementation (the Excel
 * one in Office, a fake in tests, the stand-in in the playground) and never calls Office itself.
 */

/** The named ranges of the planner's contract (CONTRACT.md), in the order the setup panel lists them. */
export const SOP_NAMES = [
  "SOP_Periods",
  "SOP_Forecast",
  "SOP_Orders",
  "SOP_Production",
  "SOP_Capacity",
  "SOP_SafetyStock",
  "SOP_OpeningStock",
  "SOP_Families",
  "SOP_Options",
  "SOP_ActualClosing",
  "SOP_History",
  "SOP_HistoryPeriods",
  "SOP_PlanParameters",
  "SOP_Resources",
  "SOP_Price",
  "SOP_UnitCost",
  "SOP_Budget",
  "SOP_FrozenPeriods",
] as const;
export type SopName = (typeof SOP_NAMES)[number];

/**
 * When a name must exist: always, only for gap scenarios, only for several families, only for
 * the supply review, or never.
 */
export type Requirement = "required" | "scenarios" | "manyFamilies" | "supply" | "optional";

export const REQUIREMENT_OF: Readonly<Record<SopName, Requirement>> = {
  SOP_Periods: "required",
  SOP_Forecast: "required",
  SOP_Orders: "optional",
  SOP_Production: "required",
  SOP_Capacity: "required",
  SOP_SafetyStock: "required",
  SOP_OpeningStock: "required",
  SOP_Families: "manyFamilies",
  SOP_Options: "scenarios",
  SOP_ActualClosing: "optional",
  SOP_History: "optional",
  SOP_HistoryPeriods: "optional",
  SOP_PlanParameters: "supply",
  SOP_Resources: "optional",
  SOP_Price: "optional",
  SOP_UnitCost: "optional",
  SOP_Budget: "optional",
  SOP_FrozenPeriods: "optional",
};

/** One named range as the setup panel shows it. */
export interface NameStatus {
  readonly name: SopName;
  readonly requirement: Requirement;
  /** Where the name points, e.g. `Plan!B2:G2`; absent when the name does not exist. */
  readonly address?: string;
  readonly rows?: number;
  readonly columns?: number;
  /** Why the name cannot be used although it exists (points at #REF!, holds a constant, …). */
  readonly problem?: WorkbookProblem;
}

export interface SetupReport {
  readonly names: readonly NameStatus[];
  /** Families × periods, when the names found allow telling. */
  readonly families?: number;
  readonly periods?: number;
  /** Everything `Run rolling plan` needs is there (values are checked when it runs). */
  readonly readyForPlan: boolean;
  /** Everything `Gap scenarios` needs is there. */
  readonly readyForScenarios: boolean;
}

/** Problems found in the workbook's inputs, beyond the engine's own kinds. */
export type WorkbookProblemKind =
  | ProblemKind
  | "missingName"
  | "refError"
  | "notARange"
  | "ambiguousName"
  | "shapeMismatch"
  | "familyCountMismatch"
  | "duplicateFamily"
  | "blankFamily"
  | "blankPeriod"
  | "duplicatePeriod"
  | "nameTaken"
  /** Versions: the store is full, a version is too large, gone, or its name is blank or taken. */
  | "versionLimit"
  | "versionTooLarge"
  | "versionNotFound"
  | "versionNameBlank"
  | "versionNameTaken"
  /** The version store is damaged (edited by hand): the version cannot be read. */
  | "versionDamaged"
  /** Restore: a named range no longer has the shape it had when the version was saved. */
  | "versionShapeChanged"
  /** What-if: a family or period the adjustment names is not in the plan, or its amount is wrong. */
  | "unknownFamily"
  | "unknownPeriod"
  | "invalidAdjustment"
  /** Restore of a what-if: an adjusted series is one cell (or one per family) in the workbook. */
  | "adjustmentNotRestorable"
  /** Roll forward: the next period label cannot be told from the labels. */
  | "nextPeriodUnknown"
  /** Decision log: a draft or a row of the S&OP Decisions table is not valid. */
  | "invalidDecision"
  /** Freeze for sharing: the workbook's file is unreadable. */
  | "freezeUnreadable"
  /** A feature above the manifest's minimum that this Excel lacks the requirement sets of. */
  | "needsNewerExcel"
  /** Demand review: SOP_HistoryPeriods does not end the period before the plan's first. */
  | "historyMissingPeriods"
  | "historyNotBeforePlan"
  /** Use statistical forecast: no S&OP Forecast sheet, or one made for other periods or families. */
  | "forecastNotRun"
  | "forecastStale"
  /** The planner cancelled a long run: nothing was written. */
  | "cancelled"
  /** Use optimized plan: no S&OP Supply Plan sheet, or one computed from other inputs. */
  | "supplyNotRun"
  | "supplyStale"
  /** Approve plan: who approves it must be given. */
  | "approverBlank"
  /** Import: the file is empty or not a CSV or .xlsx; a column is missing; no row can be used. */
  | "importEmpty"
  | "importUnreadable"
  | "importMissingColumn"
  | "importNoRows";

/** How the Excel layer's expectations are worded (`expect.<rule>` in src/i18n, `{n}` = expected). */
export type WorkbookRule =
  /** One row or one column of periods. */
  | "oneDimensional"
  | "singleCell"
  /** 1 cell or `{n}` cells (one per family). */
  | "singleOrPerFamily"
  /** The shape `{n}`, one cell per family, or 1 cell. */
  | "shapeOrPerFamily"
  /** `{n}` cells in one row or column. */
  | "cellsInLine"
  /** SOP_Budget: the shape `{n}` (per family), one cell per period or 1 cell (all families). */
  | "budgetShape"
  /** SOP_FrozenPeriods: a whole number of periods from 0 to `{n}`. */
  | "frozenPeriods"
  /** Import: the column an extract cannot do without. */
  | "familyColumn"
  | "periodColumn"
  | "quantityColumn"
  /** Rows of option name, added capacity and, optionally, unit cost. */
  | "optionRows"
  /** `{n}` cells (one per family), to take each family's closing stock. */
  | "closingPerFamily"
  /** Rows of parameter name and value: one value column, or `{n}` (one per family). */
  | "parameterColumns"
  /** A decision table's ID and status columns. */
  | "uniqueNumber"
  | "decisionStatus";

/**
 * One problem, naming the range and, where there is one, the sheet cell, e.g.
 * `SOP_Forecast, Plan!F7: "n/a" is not a number`. The taskpane words it in the chosen language.
 */
/** What the workbook answers when it refuses: every problem to fix, and nothing was written. */
export interface Refused {
  readonly ok: false;
  readonly problems: readonly WorkbookProblem[];
}

/** What an operation answers: done, with what it did, or refused. */
export type Outcome<Done extends object = object> = ({ readonly ok: true } & Done) | Refused;

export interface WorkbookProblem {
  readonly kind: WorkbookProblemKind;
  readonly range: SopName | "workbook" | "S&OP Decisions";
  /** The version concerned, by name, for version problems. */
  readonly version?: string;
  /** A sheet cell or range, `Plan!F7`. */
  readonly cell?: string;
  readonly found?: string;
  /** A value only (a count, a shape such as `3 × 6`); `rule` says how i18n words it. */
  readonly expected?: string;
  readonly rule?: ExpectedRule | WorkbookRule;
  /** The field concerned, for invalidAdjustment and invalidDecision: `amount`, `owner`, … */
  readonly argument?: string;
  /** 1-based: which adjustment of a what-if. */
  readonly position?: number;
  readonly errorClass?: ErrorClass;
  /** For needsNewerExcel: the feature, whose sets FEATURE_SETS names. */
  readonly feature?: Feature;
}

export type RunStep = "reading" | "validating" | "computing" | "writing" | "done";

export interface RunOptions {
  /** The language of the table text written into the workbook (headers, statuses). */
  readonly language: Language;
  readonly onProgress?: (step: RunStep) => void;
}

/** Where a period stands out in the summary. */
export interface PlanPoint {
  readonly family: string;
  readonly period: string;
}

export interface PlanSummary {
  readonly families: number;
  readonly periods: number;
  /** Family × period cells in Shortage. */
  readonly shortagePeriods: number;
  /** The earliest shortage (by period, then family order). */
  readonly firstShortage?: PlanPoint;
  readonly lowestStockDays?: PlanPoint & { readonly stockDays: number };
  /** For gap scenarios: how many gap tables were written. */
  readonly scenarioTables?: number;
}

export type RunOutcome = Outcome<{
  /** The sheet written. */
  readonly sheet: string;
  /** Set when the contract's sheet name belongs to a sheet the add-in did not create. */
  readonly preferredSheet?: string;
  readonly summary: PlanSummary;
}>;

export type SampleOutcome = Outcome<{ readonly sheet: string }>;

/** One adjustment of a what-if, as planners read it: family names and period labels. */
export interface WhatIfAdjustment {
  readonly target: AdjustmentTarget;
  readonly mode: AdjustmentMode;
  readonly amount: number;
  /** Family names; empty means every family. */
  readonly families: readonly string[];
  readonly fromPeriod: string;
  readonly toPeriod: string;
}

/** A saved plan version as the taskpane lists it (the stored inputs and results stay in the workbook). */
export interface VersionInfo {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  /** ISO 8601 time it was saved. */
  readonly savedAt: string;
  readonly families: number;
  readonly periods: number;
  readonly firstPeriod: string;
  readonly lastPeriod: string;
  /** The what-if adjustments applied to the inputs it was saved from; empty for a plain version. */
  readonly adjustments: readonly WhatIfAdjustment[];
  /** Set on the version Approve plan saved: the cycle's approved plan. */
  readonly approval?: VersionApproval;
}

/** Who approved a plan, when (ISO 8601), and its frozen periods (SOP_FrozenPeriods then). */
export interface VersionApproval {
  readonly by: string;
  readonly at: string;
  readonly frozenPeriods: number;
}

export type VersionsOutcome = Outcome<{
  readonly versions: readonly VersionInfo[];
  /** How many versions one workbook holds. */
  readonly limit: number;
}>;

export type SaveVersionOutcome = Outcome<{
  readonly version: VersionInfo;
  readonly summary: PlanSummary;
}>;

export interface SaveVersionRequest {
  readonly name: string;
  readonly note: string;
  /** Saves a what-if variant: these adjustments are applied and stored with the version. */
  readonly adjustments?: readonly WhatIfAdjustment[];
}

/** Family names and period labels of the current inputs, for the what-if form's pickers. */
export type PlanLabelsOutcome = Outcome<{
  readonly families: readonly string[];
  readonly periods: readonly string[];
}>;

export type WhatIfOutcome = Outcome<{ readonly summary: PlanSummary }>;

/** One side of a comparison: a saved version or the workbook's current inputs. */
export type VersionRef =
  { readonly kind: "current" } | { readonly kind: "version"; readonly id: string };

export interface CompareSummary {
  /** Family × period cells that are Shortage in the second plan and were not in the first. */
  readonly turnedShortage: number;
  /** Second minus first, over the family × period cells both plans have. */
  readonly productionChange: number;
  /** The largest closing-stock change, second minus first. */
  readonly largestStockChange?: PlanPoint & { readonly change: number };
}

export type CompareOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly summary: CompareSummary;
}>;

/** What a restore would change, for the confirmation. */
export interface RangeChange {
  readonly range: SopName;
  /** Where the range is, `Plan!B5:G7`. */
  readonly address: string;
  /** Cells whose value differs from the version's. */
  readonly cells: number;
  /** The first few, `Plan!C5: 1,000 → 1,100` (null: a blank cell; the pane words it). */
  readonly examples: readonly {
    readonly cell: string;
    readonly from: PreviewValue;
    readonly to: PreviewValue;
  }[];
}

export type RestorePreview = Outcome<{
  readonly version: VersionInfo;
  readonly changes: readonly RangeChange[];
}>;

export type RestoreOutcome = Outcome<{
  readonly version: VersionInfo;
  readonly changedCells: number;
}>;

/** What a roll forward would do, for the confirmation. */
export interface RollForwardPlan {
  /** The version the current plan is saved as first (named after its first period). */
  readonly versionName: string;
  readonly from: { readonly first: string; readonly last: string };
  readonly to: { readonly first: string; readonly last: string };
  /** Opening stock per family after the step, and where it comes from. */
  readonly openingStock: readonly {
    readonly family: string;
    readonly from: number;
    readonly to: number;
  }[];
  readonly openingSource: "projected" | "actual";
}

export type RollForwardPreview = Outcome<{ readonly plan: RollForwardPlan }>;

export type RollForwardOutcome = Outcome<{
  readonly plan: RollForwardPlan;
  readonly version: VersionInfo;
}>;

/** The decision log as the taskpane shows it. */
export type DecisionsOutcome = Outcome<{
  /** Every decision of the S&OP Decisions table, by id. */
  readonly decisions: readonly Decision[];
  /** The cycle new decisions are recorded in: the plan's first period, else this month (yyyy-mm). */
  readonly cycle: string;
  /** The sheet holding the log, once it exists. */
  readonly sheet?: string;
}>;

/** What the meeting pack holds, for the taskpane's summary. */
export interface MeetingSummary {
  readonly families: number;
  readonly periods: number;
  /** Lines of the exceptions list (a period can be in shortage and over capacity). */
  readonly exceptions: number;
  /** Family × periods with a rolling gap. */
  readonly gaps: number;
  readonly openDecisions: number;
  readonly charts: number;
}

export type MeetingOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly summary: MeetingSummary;
}>;

/** How the frozen copy reached the planner: opened as a new workbook, or downloaded. */
export type CopyDelivery = "opened" | "downloaded";

export type FreezeOutcome = Outcome<{
  readonly fileName: string;
  /** Cells whose SOP.* formula became its value, per sheet. */
  readonly frozen: readonly { readonly sheet: string; readonly cells: number }[];
  readonly delivery: CopyDelivery;
}>;

/** How `S&OP Balance` stands against the inputs as they are now. */
export type BalanceState =
  /** Never written, or its sheet deleted. */
  | "none"
  /** Computed from other inputs than today's (a cell changed since, or a version restored). */
  | "stale"
  | "current";

/**
 * Where the month's cycle stands, read from the workbook each time (never from the pane's
 * memory): the states of the taskpane's steps.
 */
export interface CycleStatus {
  /** The plan's first period label (`2024-04`), else this month (yyyy-mm). */
  readonly cycle: string;
  /** Data: what `Run rolling plan` would refuse with now; empty when every input is valid. */
  readonly problems: readonly WorkbookProblem[];
  /** The plan's size, when the inputs are valid. */
  readonly families?: number;
  readonly periods?: number;
  /** Supply review. */
  readonly balance: BalanceState;
  /** Family × period cells in Shortage on the current inputs, when they are valid. */
  readonly shortagePeriods?: number;
  /** Meeting: the cycle the published `S&OP Meeting` sheet was made for, if there is one. */
  readonly meetingCycle?: string;
  /** Open decisions of `S&OP Decisions`; undefined when the log cannot be read. */
  readonly openDecisions?: number;
  /** Execute: the version a roll forward saved when it opened this plan, if it was rolled into. */
  readonly rolledFrom?: VersionInfo;
  /** Execute: this cycle's approved plan, when Approve plan saved one. */
  readonly approved?: VersionInfo;
}

/** What Forecast demand is asked for: the method, its season and the interval's coverage. */
export interface ForecastRequest {
  readonly method: ForecastMethod;
  readonly seasonLength: number;
  /** Between 0 and 1: 0.8 gives an 80 % interval. */
  readonly coverage: number;
}

export interface ForecastRunOptions extends RunOptions {
  /** Families forecast so far, of how many. */
  readonly onFamilies?: (done: number, total: number) => void;
  /** Aborting it stops the run before anything is written. */
  readonly signal?: AbortSignal;
}

/**
 * Forecasts many series, off the pane's thread where the host can (a Web Worker in the browser):
 * one result per history, undefined where a history cannot be forecast, or "cancelled".
 */
export type Forecaster = (
  histories: readonly Float64Array[],
  options: DemandOptions,
  onProgress: (done: number) => void,
  signal?: AbortSignal
) => Promise<readonly (FamilyForecast | undefined)[] | "cancelled">;

export interface ForecastSummary {
  readonly families: number;
  readonly periods: number;
  /** History periods read (SOP_HistoryPeriods). */
  readonly historyPeriods: number;
  /** Family × periods where the planner's forecast is outside the statistical interval. */
  readonly outside: number;
  /** The first of them, by family then period. */
  readonly firstOutside?: PlanPoint;
  /** Over every family with a backtest: WMAPE of the method and of seasonal naive, held-back year. */
  readonly backtestWmape?: number;
  readonly naiveWmape?: number;
  readonly charts: number;
}

export type ForecastOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly summary: ForecastSummary;
}>;

export type UseForecastPreview = Outcome<{
  readonly families: readonly string[];
  readonly change: RangeChange;
}>;

export type UseForecastOutcome = Outcome<{
  readonly families: readonly string[];
  readonly changedCells: number;
}>;

/** Accuracy of past cycles' forecasts at one lag (CONTRACT.md's metrics; NaN: cannot be computed). */
export interface LagReport {
  readonly lag: number;
  /** Cycles whose forecast for this lag has an actual now. */
  readonly cycles: number;
  readonly total: AccuracyLine;
  readonly families: readonly (AccuracyLine & { readonly family: string })[];
}

export interface AccuracyLine {
  readonly wmape: number;
  readonly bias: number;
  readonly trackingSignal: number;
  /** The consensus forecast's value added over seasonal naive. */
  readonly fvaNaive: number;
  /** Over the statistical forecast, where one was saved with the cycle's version. */
  readonly fvaStatistical: number;
}

export type AccuracyOutcome = Outcome<{ readonly lags: readonly LagReport[] }>;

/** Loads the linear-programming solver once (HiGHS's WebAssembly, served beside the pane). */
export type SolverLoader = () => Promise<LpSolver>;

/** A plan the optimum is compared with: its cost under the same model, or why it cannot be made. */
export type BaselineResult =
  | { readonly baseline: Baseline; readonly cost: number }
  | { readonly baseline: Baseline; readonly infeasible: InfeasiblePoint };

/** Where a plan cannot be made: the first period (and family), and by how many units. */
export interface InfeasiblePoint extends PlanPoint {
  /** Short of demand with every lever at its limit, or more production than every lever makes. */
  readonly kind: "infeasible" | "overCapacity";
  readonly units: number;
}

/** A limit the cheapest plan runs into, as the pane words it. */
export interface SupplyLimit {
  readonly limit: "regular" | "overtime" | "subcontract" | "safetyStock" | "endStock";
  /** The resource (regular, overtime) or the family (the others), as the sheet names it. */
  readonly where: string;
  readonly periods: readonly string[];
}

export interface SupplySummary {
  readonly families: number;
  readonly periods: number;
  readonly resources: number;
  /** The cheapest plan's cost over the horizon. */
  readonly cost: number;
  readonly baselines: readonly BaselineResult[];
  /** Lines of the resource shortage list. */
  readonly shortageLines: number;
  /** Resource × periods of the list, in order, the first few. */
  readonly shortages: readonly {
    readonly resource: string;
    readonly period: string;
    readonly lever: "overtime" | "subcontract" | "hire" | "backlog";
    readonly quantity: number;
    readonly cost: number;
  }[];
  readonly limits: readonly SupplyLimit[];
  /** Where one more unit of demand costs most. */
  readonly dearest?: PlanPoint & { readonly cost: number };
  /** Milliseconds the solver took (the optimum and its baselines). */
  readonly solveMs: number;
}

export type SupplyOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly summary: SupplySummary;
}>;

export type UseSupplyPreview = Outcome<{ readonly change: RangeChange }>;
export type UseSupplyOutcome = Outcome<{ readonly changedCells: number }>;

/** An ERP extract the planner picked: a CSV or an .xlsx, as bytes. */
export interface ExtractFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportRequest {
  readonly file: ExtractFile;
  /** The planner's corrections of the columns found; absent: as found from the header. */
  readonly mapping?: ColumnMapping;
  /** The kind of every row when the extract has no type column (default: sales history). */
  readonly kind?: ExtractKind;
}

/** A name Import points at S&OP Data; `replaces` when it points at the planner's own cells now. */
export interface ImportName {
  readonly name: SopName;
  readonly address: string;
  readonly replaces?: string;
}

/** What Import will write, shown before it writes. */
export interface ImportPreview {
  readonly fileName: string;
  /** How the file was read: `csv` with its encoding and delimiter, or `xlsx` with its sheet. */
  readonly source:
    | { readonly kind: "csv"; readonly encoding: ExtractEncoding; readonly delimiter: Delimiter }
    | { readonly kind: "xlsx"; readonly sheet: string };
  readonly decimal: DecimalMark;
  readonly header: readonly string[];
  /** The columns used: as found, or as the planner corrected them. */
  readonly mapping: ColumnMapping;
  /** Rows under the header, the bad ones included. */
  readonly rows: number;
  readonly families: readonly string[];
  /** The plan's periods (SOP_Periods, or the months the import defines it with). */
  readonly periods: readonly string[];
  /** The history's months: from the first to the one before the plan's first period. */
  readonly historyMonths: readonly string[];
  /** Per kind found: the total quantity and the families with some. */
  readonly totals: readonly {
    readonly kind: ExtractKind;
    readonly total: number;
    readonly families: number;
  }[];
  /** Family × months of orders or capacity outside the plan's periods: left out. */
  readonly outsidePlan: number;
  /** The first bad rows (200 at most), with their lines and why; `badRowCount` counts them all. */
  readonly badRows: readonly BadRow[];
  readonly badRowCount: number;
  readonly names: readonly ImportName[];
}

export type ImportPreviewOutcome = Outcome<{ readonly preview: ImportPreview }>;
export type ImportOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly preview: ImportPreview;
}>;

/** What Approve plan will do, shown before it does it. */
export interface ApprovalPreview {
  /** The cycle approved: the plan's first period. */
  readonly cycle: string;
  /** The name of the version it saves: `Approved 2024-04` (in the pane's language). */
  readonly versionName: string;
  readonly families: number;
  readonly periods: number;
  /** SOP_FrozenPeriods (1 when not defined), and the labels of the periods it freezes. */
  readonly frozenPeriods: number;
  readonly frozenLabels: readonly string[];
  /** This cycle's approved plan, when it was approved already: approving again saves another. */
  readonly approvedBefore?: { readonly name: string; readonly approval: VersionApproval };
  /** The earlier cycle's approved plan the frozen periods are compared with, when there is one. */
  readonly previous?: { readonly name: string; readonly approval: VersionApproval };
  /** Production changed inside the frozen periods against `previous`. */
  readonly changes: readonly FrozenChange[];
}

export type ApprovalPreviewOutcome = Outcome<{ readonly preview: ApprovalPreview }>;

export type ApproveOutcome = Outcome<{
  readonly sheet: string;
  readonly preferredSheet?: string;
  readonly version: VersionInfo;
  readonly preview: ApprovalPreview;
  /** `S&OP MPS` as CSV: UTF-8 with a BOM, the README's columns. */
  readonly csv: { readonly fileName: string; readonly bytes: Uint8Array };
}>;

export interface PlanningWorkbook {
  /**
   * Whether this Excel can run a feature above the manifest's minimum (FEATURE_SETS); the pane
   * says what a missing one needs instead of offering it.
   */
  supports(feature: Feature): boolean;
  /** Which contract names exist, where they point and their shapes. */
  inspect(): Promise<SetupReport>;
  /** Where the cycle stands: reads every input and the add-in's sheets; writes nothing. */
  readCycle(): Promise<CycleStatus>;
  /** Reads and validates every input, then writes `S&OP Balance`; writes nothing when anything is wrong. */
  runRollingPlan(options: RunOptions): Promise<RunOutcome>;
  /** As `runRollingPlan`, then writes `S&OP Scenarios`: one gap table per family × period with a rolling gap. */
  runGapScenarios(options: RunOptions): Promise<RunOutcome>;
  /** Creates `S&OP Input` with the seed's 6-month demo and every contract name. */
  insertSampleData(options: RunOptions): Promise<SampleOutcome>;
  /** Activates a sheet and selects its first cell. */
  showSheet(sheet: string): Promise<void>;
  /** The language saved in the workbook, if any, so every planner sees the same table text. */
  loadLanguage(): Promise<Language | undefined>;
  saveLanguage(language: Language): Promise<void>;

  /** The versions stored in the workbook, oldest first. */
  listVersions(): Promise<VersionsOutcome>;
  /** Reads and checks the inputs (applying the adjustments, if any) and stores them with their results. */
  saveVersion(request: SaveVersionRequest, options: RunOptions): Promise<SaveVersionOutcome>;
  renameVersion(id: string, name: string): Promise<VersionsOutcome>;
  deleteVersion(id: string): Promise<VersionsOutcome>;
  /** Family names and period labels of the current inputs. */
  readPlanLabels(): Promise<PlanLabelsOutcome>;
  /** Balances the current inputs with the adjustments applied; writes nothing. */
  runWhatIf(adjustments: readonly WhatIfAdjustment[], options: RunOptions): Promise<WhatIfOutcome>;
  /** Writes `S&OP Compare`: per family × period, first, second and difference. */
  compareVersions(
    first: VersionRef,
    second: VersionRef,
    options: RunOptions
  ): Promise<CompareOutcome>;
  /** What restoring would change; writes nothing. */
  previewRestore(id: string): Promise<RestorePreview>;
  /** Writes the version's inputs back into the named ranges, when they still have its shape. */
  restoreVersion(id: string, options: RunOptions): Promise<RestoreOutcome>;
  /** What rolling forward would do; writes nothing. */
  previewRollForward(options: RunOptions): Promise<RollForwardPreview>;
  /** Saves the current plan as a version, then moves every input range one period on. */
  rollForward(options: RunOptions): Promise<RollForwardOutcome>;

  /** The S&OP Decisions table. */
  listDecisions(): Promise<DecisionsOutcome>;
  /** Adds an open decision in the current cycle, creating the S&OP Decisions sheet the first time. */
  addDecision(draft: DecisionDraft, options: RunOptions): Promise<DecisionsOutcome>;
  /** Marks decision `id` done or dropped in the current cycle. */
  closeDecision(
    id: number,
    status: "done" | "dropped",
    options: RunOptions
  ): Promise<DecisionsOutcome>;

  /**
   * Demand review: reads SOP_History and SOP_HistoryPeriods with the plan, forecasts every family
   * (through the Forecaster) and writes `S&OP Forecast`; nothing when anything is wrong or the
   * run is cancelled.
   */
  forecastDemand(request: ForecastRequest, options: ForecastRunOptions): Promise<ForecastOutcome>;
  /** What Use statistical forecast would change in SOP_Forecast for these families; writes nothing. */
  previewUseForecast(families: readonly string[]): Promise<UseForecastPreview>;
  /** Writes the statistical forecast of `S&OP Forecast` into SOP_Forecast for these families. */
  useStatisticalForecast(
    families: readonly string[],
    options: RunOptions
  ): Promise<UseForecastOutcome>;
  /** Lag-1 and lag-3 accuracy of the forecasts saved with versions, against SOP_History. */
  readForecastAccuracy(): Promise<AccuracyOutcome>;

  /**
   * Supply review: reads the plan with SOP_PlanParameters (and SOP_Resources), finds the cheapest
   * plan for every family in one solve and writes `S&OP Supply Plan`; nothing when anything is wrong.
   */
  optimizeSupply(options: RunOptions): Promise<SupplyOutcome>;
  /** What Use optimized plan would change in SOP_Production; writes nothing. */
  previewUseSupplyPlan(): Promise<UseSupplyPreview>;
  /** Writes the optimized total production of `S&OP Supply Plan` into SOP_Production. */
  useOptimizedPlan(options: RunOptions): Promise<UseSupplyOutcome>;

  /**
   * Data step: reads an ERP extract (CSV or .xlsx), finds its columns, aggregates its rows to
   * families × months by type and says what Import would write; writes nothing.
   */
  previewImport(request: ImportRequest, options: RunOptions): Promise<ImportPreviewOutcome>;
  /** Writes `S&OP Data` from the extract and points the contract's names at it. */
  importExtract(request: ImportRequest, options: RunOptions): Promise<ImportOutcome>;

  /** What Approve plan would save and write, and the changes inside the frozen periods. */
  previewApproval(options: RunOptions): Promise<ApprovalPreviewOutcome>;
  /**
   * Execute: saves the current plan as the cycle's approved version (who, when), writes
   * `S&OP MPS` (production per family × period, the frozen periods flagged, the changes inside
   * them beside) and gives the same as CSV.
   */
  approvePlan(
    request: { readonly approvedBy: string },
    options: RunOptions
  ): Promise<ApproveOutcome>;

  /**
   * Writes `S&OP Meeting`: values only, A4 landscape: per family a balance strip, the exceptions,
   * the best options per gap, the KPIs with their definitions, the open decisions, and charts.
   */
  publishMeetingPack(options: RunOptions): Promise<MeetingOutcome>;

  /**
   * Makes a copy of the workbook in which every SOP.* formula is replaced by its current value,
   * and opens (Excel) or downloads (playground) it; the workbook itself is not changed.
   */
  freezeForSharing(options: RunOptions): Promise<FreezeOutcome>;
}
