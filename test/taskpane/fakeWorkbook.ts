import {
  REQUIREMENT_OF,
  SOP_NAMES,
  type NameStatus,
  type PlanningWorkbook,
  type RunOptions,
  type RunOutcome,
  type RunStep,
  type SampleOutcome,
  type SetupReport,
  type SopName,
  type WorkbookProblem,
} from "../../src/excel/planningWorkbook";
import type { Language } from "../../src/i18n";

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
};

export interface ReportOptions {
  /** Names that do not exist. */
  readonly missing?: readonly SopName[];
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
  const missing = new Set(options.missing ?? []);
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

export class FakeWorkbook implements PlanningWorkbook {
  report: SetupReport | Error = setupReport();
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
  lastOptions(method: "runRollingPlan" | "runGapScenarios" | "insertSampleData"): RunOptions {
    const args = this.callsOf(method).at(-1);
    if (args === undefined) throw new Error(`${method} was not called`);
    return args[0] as RunOptions;
  }

  inspect(): Promise<SetupReport> {
    return this.answer("inspect", [], undefined, () => this.report);
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
