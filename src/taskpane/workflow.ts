import type { RunOutcome, RunStep, SetupReport, WorkbookProblem } from "../workbook";

/** The state of the pane's workflow: the last setup check and the last (or current) action. */

export type ActionKind = "plan" | "scenarios" | "sample";
export type PlanAction = Exclude<ActionKind, "sample">;
export type PlanSuccess = Extract<RunOutcome, { ok: true }>;

export interface SetupState {
  /** The last report; kept on screen while a new check runs. */
  readonly report?: SetupReport;
  readonly checking: boolean;
  /** Why the last check failed (an Excel error). */
  readonly error?: string;
}

export type RunState =
  | { readonly phase: "idle" }
  | {
      readonly phase: "running";
      readonly id: number;
      readonly action: ActionKind;
      /** The last step reported; undefined until the workbook reports one. */
      readonly step?: RunStep;
    }
  | { readonly phase: "planned"; readonly action: PlanAction; readonly outcome: PlanSuccess }
  | { readonly phase: "sampleInserted"; readonly sheet: string }
  | {
      readonly phase: "refused";
      readonly action: ActionKind;
      readonly problems: readonly WorkbookProblem[];
    }
  | { readonly phase: "failed"; readonly action: ActionKind; readonly message: string };

export interface WorkflowState {
  readonly setup: SetupState;
  readonly run: RunState;
  /** A sheet that could not be opened, and why. */
  readonly sheetError?: { readonly sheet: string; readonly message: string };
}

export type WorkflowEvent =
  | { readonly type: "inspectStarted" }
  | { readonly type: "inspected"; readonly report: SetupReport }
  | { readonly type: "inspectFailed"; readonly message: string }
  | { readonly type: "runStarted"; readonly id: number; readonly action: ActionKind }
  | { readonly type: "progress"; readonly id: number; readonly step: RunStep }
  | { readonly type: "planned"; readonly action: PlanAction; readonly outcome: PlanSuccess }
  | { readonly type: "sampleInserted"; readonly sheet: string }
  | {
      readonly type: "refused";
      readonly action: ActionKind;
      readonly problems: readonly WorkbookProblem[];
    }
  | { readonly type: "failed"; readonly action: ActionKind; readonly message: string }
  | { readonly type: "showSheetStarted" }
  | { readonly type: "showSheetFailed"; readonly sheet: string; readonly message: string };

export const INITIAL_WORKFLOW: WorkflowState = {
  setup: { checking: true },
  run: { phase: "idle" },
};

export function reduceWorkflow(state: WorkflowState, event: WorkflowEvent): WorkflowState {
  switch (event.type) {
    case "inspectStarted":
      return { ...state, setup: { ...state.setup, checking: true } };
    case "inspected":
      return { ...state, setup: { report: event.report, checking: false } };
    case "inspectFailed":
      // The last report is dropped: the buttons must not act on a state that may be stale.
      return { ...state, setup: { checking: false, error: event.message } };
    case "runStarted":
      return {
        setup: state.setup,
        run: { phase: "running", id: event.id, action: event.action },
      };
    case "progress":
      // A step from a run that is no longer the current one changes nothing.
      return state.run.phase === "running" && state.run.id === event.id
        ? { ...state, run: { ...state.run, step: event.step } }
        : state;
    case "planned":
      return { ...state, run: { phase: "planned", action: event.action, outcome: event.outcome } };
    case "sampleInserted":
      return { ...state, run: { phase: "sampleInserted", sheet: event.sheet } };
    case "refused":
      return {
        ...state,
        run: { phase: "refused", action: event.action, problems: event.problems },
      };
    case "failed":
      return { ...state, run: { phase: "failed", action: event.action, message: event.message } };
    case "showSheetStarted":
      return { setup: state.setup, run: state.run };
    case "showSheetFailed":
      return { ...state, sheetError: { sheet: event.sheet, message: event.message } };
  }
}
