import type { RunStep, WorkbookProblem } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { translator } from "./strings";

/**
 * Where one part of the pane's actions stands: nothing done yet, an action running (with the last
 * step the workbook reported), or how the last one ended. Every part of the pane (the plan runs,
 * the version operations, the decision log, the meeting pack) keeps its actions in this one shape,
 * so one component shows their progress and their trouble.
 */
export type ActionState<A extends string, V> =
  | { readonly phase: "idle" }
  | {
      readonly phase: "running";
      readonly id: number;
      readonly action: A;
      /** The last step reported; undefined until the workbook reports one. */
      readonly step?: RunStep;
    }
  /** The workbook did it; `value` is what the part shows of it. */
  | { readonly phase: "done"; readonly action: A; readonly value: V }
  /** The workbook refused, writing nothing: the problems to fix. */
  | {
      readonly phase: "refused";
      readonly action: A;
      readonly problems: readonly WorkbookProblem[];
    }
  /** The call threw (an Excel error): its message. */
  | { readonly phase: "failed"; readonly action: A; readonly message: string };

export type ActionEnd<A extends string, V> = Exclude<
  ActionState<A, V>,
  { readonly phase: "idle" | "running" }
>;

export type ActionEvent<A extends string, V> =
  | { readonly type: "started"; readonly id: number; readonly action: A }
  | { readonly type: "progress"; readonly id: number; readonly step: RunStep }
  | { readonly type: "ended"; readonly id: number; readonly end: ActionEnd<A, V> }
  /** Forget the last outcome (a confirmation closed without acting). */
  | { readonly type: "reset" };

export const IDLE = { phase: "idle" } as const;

export function reduceAction<A extends string, V>(
  state: ActionState<A, V>,
  event: ActionEvent<A, V>
): ActionState<A, V> {
  switch (event.type) {
    case "started":
      // A new action replaces the last outcome.
      return { phase: "running", id: event.id, action: event.action };
    case "progress":
      // A step from an action that is no longer the current one changes nothing.
      return state.phase === "running" && state.id === event.id
        ? { ...state, step: event.step }
        : state;
    case "ended":
      return state.phase === "running" && state.id === event.id ? event.end : state;
    case "reset":
      return state.phase === "running" ? state : IDLE;
  }
}

/** The value of the last action when it was one of `actions` and the workbook did it. */
export function doneValue<A extends string, V>(
  state: ActionState<A, V>,
  actions: readonly A[]
): V | undefined {
  return state.phase === "done" && actions.includes(state.action) ? state.value : undefined;
}

const STEP_KEYS: Record<RunStep, UiMessageKey> = {
  reading: "ui.step.reading",
  validating: "ui.step.validating",
  computing: "ui.step.computing",
  writing: "ui.step.writing",
  done: "ui.step.done",
};

/** The four steps of a run that reads, checks, computes and writes; `done` ends the last one. */
const RUN_STEPS: readonly RunStep[] = ["reading", "validating", "computing", "writing"];

/**
 * The live text of an action in progress: "Run rolling plan, step 1 of 4: Reading the named
 * ranges…" for an action that goes through all four steps (`numbered`), "Save version: Checking
 * the inputs…" for one that skips some, "…: Working…" before the first step is reported.
 */
export function progressText(
  language: Language,
  label: UiMessageKey,
  step: RunStep | undefined,
  numbered: boolean
): string {
  const t = translator(language);
  const action = t(label);
  if (step === undefined) return t("ui.step.label", { action, step: t("ui.step.working") });
  const text = t(STEP_KEYS[step]);
  if (!numbered) return t("ui.step.label", { action, step: text });
  const index = RUN_STEPS.indexOf(step);
  return t("ui.step.progress", {
    action,
    n: index === -1 ? RUN_STEPS.length : index + 1,
    total: RUN_STEPS.length,
    step: text,
  });
}
