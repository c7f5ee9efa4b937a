import type { ErrorClass, ProblemKind } from "../engine";
import type { Language } from "../i18n";

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
] as const;
export type SopName = (typeof SOP_NAMES)[number];

/** When a name must exist: always, only for gap scenarios, only for several families, or never. */
export type Requirement = "required" | "scenarios" | "manyFamilies" | "optional";

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
  | "nameTaken";

/**
 * One problem, naming the range and, where there is one, the sheet cell, e.g.
 * `SOP_Forecast, Plan!F7: "n/a" is not a number`. The taskpane words it in the chosen language.
 */
export interface WorkbookProblem {
  readonly kind: WorkbookProblemKind;
  readonly range: SopName | "workbook";
  /** A sheet cell or range, `Plan!F7`. */
  readonly cell?: string;
  readonly found?: string;
  readonly expected?: string;
  readonly errorClass?: ErrorClass;
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

export type RunOutcome =
  | {
      readonly ok: true;
      /** The sheet written. */
      readonly sheet: string;
      /** Set when the contract's sheet name belongs to a sheet the add-in did not create. */
      readonly preferredSheet?: string;
      readonly summary: PlanSummary;
    }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

export type SampleOutcome =
  | { readonly ok: true; readonly sheet: string }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

export interface PlanningWorkbook {
  /** Which contract names exist, where they point and their shapes. */
  inspect(): Promise<SetupReport>;
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
}
