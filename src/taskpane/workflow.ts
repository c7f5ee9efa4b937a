import type { RunOutcome, SetupReport } from "../workbook";
import type { ActionState } from "./paneAction";

/** The state of the pane's workflow: the last setup check and the last (or current) run. */

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

/** What a run that the workbook did shows: the plan's summary, or the sample's sheet. */
export type RunValue =
  | { readonly kind: "planned"; readonly action: PlanAction; readonly outcome: PlanSuccess }
  | { readonly kind: "sampleInserted"; readonly sheet: string };

export type RunState = ActionState<ActionKind, RunValue>;

export type SetupEvent =
  | { readonly type: "inspectStarted" }
  | { readonly type: "inspected"; readonly report: SetupReport }
  | { readonly type: "inspectFailed"; readonly message: string };

export const INITIAL_SETUP: SetupState = { checking: true };

export function reduceSetup(state: SetupState, event: SetupEvent): SetupState {
  switch (event.type) {
    case "inspectStarted":
      return { ...state, checking: true };
    case "inspected":
      return { report: event.report, checking: false };
    case "inspectFailed":
      // The last report is dropped: the buttons must not act on a state that may be stale.
      return { checking: false, error: event.message };
  }
}
