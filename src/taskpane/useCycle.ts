import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf, type CycleStatus, type PlanningWorkbook } from "../workbook";
import type { ActionLock } from "./useActionLock";

export interface CycleState {
  /** The last status read; kept while a newer read runs, so the steps do not flicker. */
  readonly status?: CycleStatus;
  /** The first status read since the pane opened: where the pane lands. */
  readonly first?: CycleStatus;
  readonly reading: boolean;
  /** The last read threw (an Excel error): its message. */
  readonly error?: string;
}

export interface Cycle {
  readonly state: CycleState;
  /** Reads the workbook again. */
  readonly refresh: () => void;
}

/**
 * Where the cycle stands, always as the workbook says: read when the pane opens, after every
 * action of the pane ends (any of them may have changed the workbook), when the pane gets the
 * focus back (the planner edited cells meanwhile) and on request.
 */
export function useCycle(workbook: PlanningWorkbook, lock: ActionLock): Cycle {
  const [state, setState] = useState<CycleState>({ reading: true });
  /** Only the latest read may update the state: an older one can finish last. */
  const reads = useRef(0);

  const read = useCallback(async () => {
    const id = ++reads.current;
    try {
      const status = await workbook.readCycle();
      if (id === reads.current) {
        setState((previous) => ({ status, first: previous.first ?? status, reading: false }));
      }
    } catch (error) {
      if (id === reads.current) {
        setState((previous) => ({
          ...(previous.first ? { first: previous.first } : {}),
          reading: false,
          error: messageOf(error),
        }));
      }
    }
  }, [workbook]);

  const refresh = useCallback(() => {
    setState((previous) => ({ ...previous, reading: true }));
    void read();
  }, [read]);

  const { finished } = lock;
  useEffect(() => {
    void read();
  }, [read, finished]);

  useEffect(() => {
    window.addEventListener("focus", refresh);
    return () => {
      window.removeEventListener("focus", refresh);
    };
  }, [refresh]);

  return { state, refresh };
}
