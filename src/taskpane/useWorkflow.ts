import { useCallback, useEffect, useReducer, useRef } from "react";
import { messageOf, type PlanningWorkbook } from "../workbook";
import type { Language } from "../i18n";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import {
  INITIAL_SETUP,
  reduceSetup,
  type ActionKind,
  type RunState,
  type RunValue,
  type SetupState,
} from "./workflow";

export interface Workflow {
  readonly setup: SetupState;
  readonly run: RunState;
  /** Checks the named ranges again. */
  readonly refresh: () => void;
  /** Runs one action, then checks the named ranges again. Ignored while any action of the pane runs. */
  readonly start: (action: ActionKind) => void;
}

/**
 * The pane's workflow over a `PlanningWorkbook`: setup check on mount and after every run, and
 * the runs (plan, gap scenarios, sample data) as one part's actions under the pane's lock.
 */
export function useWorkflow(
  workbook: PlanningWorkbook,
  language: Language,
  lock: ActionLock
): Workflow {
  const [setup, dispatch] = useReducer(reduceSetup, INITIAL_SETUP);
  const { state: run, perform } = usePaneAction<ActionKind, RunValue>(lock, language);
  /** Only the latest check may update the panel: an older one can finish last. */
  const inspections = useRef(0);

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

  const start = useCallback(
    (action: ActionKind) => {
      if (action === "sample") {
        perform({
          action,
          call: (options) => workbook.insertSampleData(options),
          settle: (outcome) => ({ kind: "sampleInserted", sheet: outcome.sheet }),
          after: refresh,
        });
      } else {
        perform({
          action,
          call: (options) =>
            action === "plan"
              ? workbook.runRollingPlan(options)
              : workbook.runGapScenarios(options),
          settle: (outcome) => ({ kind: "planned", action, outcome }),
          after: refresh,
        });
      }
    },
    [perform, workbook, refresh]
  );

  return { setup, run, refresh, start };
}
