import { useCallback, useMemo, useRef, useState } from "react";

/**
 * One action at a time across the whole pane: a plan run and a version operation both write to
 * (or read a consistent state of) the workbook, so while one runs every action button is disabled,
 * and a click that slips through in the same tick is ignored.
 */
export interface ActionLock {
  /** An action is running: every action button is disabled. */
  readonly busy: boolean;
  /** How many actions have ended; each end means the workbook may have changed. */
  readonly finished: number;
  /** Takes the lock for one action; false, taking nothing, while another action holds it. */
  readonly acquire: () => boolean;
  /** Ends the action that holds the lock. */
  readonly release: () => void;
}

interface LockState {
  readonly busy: boolean;
  readonly finished: number;
}

export function useActionLock(): ActionLock {
  const [state, setState] = useState<LockState>({ busy: false, finished: 0 });
  /** The truth for `acquire`: state only changes on the next render, two clicks can share a tick. */
  const held = useRef(false);

  const acquire = useCallback(() => {
    if (held.current) return false;
    held.current = true;
    setState((previous) => ({ ...previous, busy: true }));
    return true;
  }, []);

  const release = useCallback(() => {
    held.current = false;
    setState((previous) => ({ busy: false, finished: previous.finished + 1 }));
  }, []);

  return useMemo(
    () => ({ busy: state.busy, finished: state.finished, acquire, release }),
    [state, acquire, release]
  );
}
