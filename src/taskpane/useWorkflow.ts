import { useCallback, useEffect, useReducer, useRef } from "react";
import type { PlanningWorkbook, RunOptions } from "../workbook";
import type { Language } from "../i18n";
import { messageOf } from "./strings";
import type { ActionLock } from "./useActionLock";
import { INITIAL_WORKFLOW, reduceWorkflow, type ActionKind, type WorkflowState } from "./workflow";

export interface Workflow {
  readonly state: WorkflowState;
  /** Checks the named ranges again. */
  readonly refresh: () => void;
  /** Runs one action, then checks the named ranges again. Ignored while any action of the pane runs. */
  readonly run: (action: ActionKind) => void;
  readonly showSheet: (sheet: string) => void;
}

/**
 * The pane's workflow over a `PlanningWorkbook`: setup check on mount and after every action,
 * one action at a time with its progress, and every outcome (problems, exceptions) as state.
 * `lock` is shared with the version operations, so only one action of the pane runs at a time.
 */
export function useWorkflow(
  workbook: PlanningWorkbook,
  language: Language,
  lock: ActionLock
): Workflow {
  const [state, dispatch] = useReducer(reduceWorkflow, INITIAL_WORKFLOW);
  /** Only the latest check may update the panel: an older one can finish last. */
  const inspections = useRef(0);
  const runs = useRef(0);
  const { acquire, release } = lock;

  const inspect = useCallback(async () => {
    const id = ++inspections.current;
    try {
      const report = await workbook.inspect();
      if (id === inspections.current) dispatch({ type: "inspected", report });
    } catch (error) {
      if (id === inspections.current)
        dispatch({ type: "inspectFailed", message: messageOf(error) });
    }
  }, [workbook]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  const refresh = useCallback(() => {
    dispatch({ type: "inspectStarted" });
    void inspect();
  }, [inspect]);

  const runAction = useCallback(
    async (action: ActionKind) => {
      const id = ++runs.current;
      dispatch({ type: "runStarted", id, action });
      const options: RunOptions = {
        language,
        onProgress: (step) => {
          dispatch({ type: "progress", id, step });
        },
      };
      try {
        if (action === "sample") {
          const outcome = await workbook.insertSampleData(options);
          dispatch(
            outcome.ok
              ? { type: "sampleInserted", sheet: outcome.sheet }
              : { type: "refused", action, problems: outcome.problems }
          );
        } else {
          const outcome =
            action === "plan"
              ? await workbook.runRollingPlan(options)
              : await workbook.runGapScenarios(options);
          dispatch(
            outcome.ok
              ? { type: "planned", action, outcome }
              : { type: "refused", action, problems: outcome.problems }
          );
        }
      } catch (error) {
        dispatch({ type: "failed", action, message: messageOf(error) });
      } finally {
        release();
      }
      dispatch({ type: "inspectStarted" });
      await inspect();
    },
    [workbook, language, inspect, release]
  );

  const run = useCallback(
    (action: ActionKind) => {
      // The buttons are disabled while running; this also covers a second click in the same tick.
      if (!acquire()) return;
      void runAction(action);
    },
    [runAction, acquire]
  );

  const showSheet = useCallback(
    (sheet: string) => {
      dispatch({ type: "showSheetStarted" });
      workbook.showSheet(sheet).catch((error: unknown) => {
        dispatch({ type: "showSheetFailed", sheet, message: messageOf(error) });
      });
    },
    [workbook]
  );

  return { state, refresh, run, showSheet };
}
