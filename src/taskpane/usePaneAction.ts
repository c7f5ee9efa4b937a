import { useCallback, useMemo, useReducer, useRef } from "react";
import { messageOf, type Outcome, type RunOptions } from "../workbook";
import type { Language } from "../i18n";
import { IDLE, reduceAction, type ActionEvent, type ActionState } from "./paneAction";
import type { ActionLock } from "./useActionLock";

/** What the workbook answers when it did the action. */
type Done<O extends Outcome> = Extract<O, { ok: true }>;

/** One action: the workbook call, and what the part shows when the workbook did it. */
export interface ActionRequest<A extends string, V, O extends Outcome> {
  readonly action: A;
  readonly call: (options: RunOptions) => Promise<O>;
  readonly settle: (success: Done<O>) => V;
  /** After the action ended and the lock is free, whatever the outcome (e.g. check the setup). */
  readonly after?: () => void;
}

export interface PaneAction<A extends string, V> {
  readonly state: ActionState<A, V>;
  /** Runs one action under the pane's lock; ignored while any action of the pane runs. */
  readonly perform: <O extends Outcome>(request: ActionRequest<A, V, O>) => void;
  /** Forgets the last outcome. */
  readonly reset: () => void;
}

/**
 * Runs a part's actions, one at a time across the whole pane (`lock` is shared by every part),
 * with each step the workbook reports and the outcome as state: done, refused or failed.
 */
export function usePaneAction<A extends string, V>(
  lock: ActionLock,
  language: Language
): PaneAction<A, V> {
  const [state, dispatch] = useReducer(
    reduceAction as (state: ActionState<A, V>, event: ActionEvent<A, V>) => ActionState<A, V>,
    IDLE
  );
  const runs = useRef(0);
  const { acquire, release } = lock;

  const perform = useCallback(
    <O extends Outcome>({ action, call, settle, after }: ActionRequest<A, V, O>) => {
      // The buttons are disabled while running; this also covers a second click in the same tick.
      if (!acquire()) return;
      const id = ++runs.current;
      dispatch({ type: "started", id, action });
      const options: RunOptions = {
        language,
        onProgress: (step) => {
          dispatch({ type: "progress", id, step });
        },
      };
      void call(options)
        .then(
          (outcome) => {
            dispatch({
              type: "ended",
              id,
              // TypeScript does not narrow a generic union by its `ok` field.
              end: outcome.ok
                ? { phase: "done", action, value: settle(outcome as Done<O>) }
                : { phase: "refused", action, problems: outcome.problems },
            });
          },
          (error: unknown) => {
            dispatch({
              type: "ended",
              id,
              end: { phase: "failed", action, message: messageOf(error) },
            });
          }
        )
        .finally(() => {
          release();
          after?.();
        });
    },
    [acquire, release, language]
  );

  const reset = useCallback(() => {
    dispatch({ type: "reset" });
  }, []);

  return useMemo(() => ({ state, perform, reset }), [state, perform, reset]);
}
