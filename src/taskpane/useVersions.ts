import { useCallback, useEffect, useReducer, useRef } from "react";
import type {
  PlanningWorkbook,
  RunOptions,
  SaveVersionRequest,
  VersionRef,
  VersionsOutcome,
  WhatIfAdjustment,
} from "../workbook";
import type { Language } from "../i18n";
import { messageOf } from "./strings";
import type { ActionLock } from "./useActionLock";
import {
  INITIAL_VERSIONS,
  reduceVersions,
  type LabelsState,
  type VersionAction,
  type VersionsEvent,
  type VersionsState,
} from "./versions";

export interface VersionOperations {
  readonly state: VersionsState;
  /** Saves the current plan (`save`) or a what-if variant (`saveWhatIf`, with its adjustments). */
  readonly save: (
    action: "save" | "saveWhatIf",
    request: SaveVersionRequest,
    onSaved?: () => void
  ) => void;
  readonly runWhatIf: (adjustments: readonly WhatIfAdjustment[]) => void;
  readonly rename: (id: string, name: string) => void;
  readonly remove: (id: string) => void;
  readonly compare: (first: VersionRef, second: VersionRef) => void;
  /** Asks what restoring would change; the answer opens the confirmation. */
  readonly previewRestore: (id: string) => void;
  /** Asks what rolling forward would do; the answer opens the confirmation. */
  readonly previewRollForward: () => void;
  /** Carries out the confirmation on screen. */
  readonly confirm: () => void;
  /** Closes the confirmation on screen; nothing is changed. */
  readonly cancel: () => void;
  readonly showSheet: (sheet: string) => void;
}

/** What one action does: the workbook call, and the event its answer becomes. */
interface Step<T> {
  readonly action: VersionAction;
  readonly call: (options: RunOptions) => Promise<T>;
  readonly settle: (value: T) => VersionsEvent;
  /** After the action ended, whatever its outcome (e.g. check the setup again). */
  readonly after?: () => void;
}

/** Rename and delete answer with the list. */
function listed(action: "rename" | "delete", outcome: VersionsOutcome): VersionsEvent {
  return outcome.ok
    ? {
        type: "ended",
        result: { kind: "listed", action },
        list: { versions: outcome.versions, limit: outcome.limit },
      }
    : { type: "ended", result: { kind: "refused", action, problems: outcome.problems } };
}

/**
 * The plan-version operations over a `PlanningWorkbook`. The list of versions and the plan's
 * labels are read on mount and after every action of the pane (`lock.finished`); the actions
 * share `lock` with the plan runs, so only one action of the pane runs at a time.
 * `onInputsChanged` is called after a restore or a roll forward, which rewrite the input ranges.
 */
export function useVersions(
  workbook: PlanningWorkbook,
  language: Language,
  lock: ActionLock,
  onInputsChanged: () => void
): VersionOperations {
  const [state, dispatch] = useReducer(reduceVersions, INITIAL_VERSIONS);
  /** Only the latest read may update the list: an older one can finish last. */
  const reads = useRef(0);
  const runs = useRef(0);
  const { acquire, release, finished } = lock;

  const reload = useCallback(async () => {
    const id = ++reads.current;
    const [list, labels] = await Promise.allSettled([
      workbook.listVersions(),
      workbook.readPlanLabels(),
    ]);
    if (id !== reads.current) return;
    if (list.status === "rejected") {
      dispatch({ type: "listFailed", message: messageOf(list.reason) });
    } else if (list.value.ok) {
      dispatch({ type: "listed", versions: list.value.versions, limit: list.value.limit });
    } else {
      dispatch({ type: "listRefused", problems: list.value.problems });
    }
    let next: LabelsState;
    if (labels.status === "rejected") {
      next = { phase: "failed", message: messageOf(labels.reason) };
    } else if (labels.value.ok) {
      next = { phase: "read", families: labels.value.families, periods: labels.value.periods };
    } else {
      next = { phase: "refused", problems: labels.value.problems };
    }
    dispatch({ type: "labels", labels: next });
  }, [workbook]);

  // On mount and whenever an action of the pane has ended: it may have changed either.
  useEffect(() => {
    void reload();
  }, [reload, finished]);

  const perform = useCallback(
    <T>({ action, call, settle, after }: Step<T>) => {
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
          (value) => {
            dispatch(settle(value));
          },
          (error: unknown) => {
            dispatch({
              type: "ended",
              result: { kind: "failed", action, message: messageOf(error) },
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

  const save = useCallback(
    (action: "save" | "saveWhatIf", request: SaveVersionRequest, onSaved?: () => void) => {
      perform({
        action,
        call: (options) => workbook.saveVersion(request, options),
        settle: (outcome) => {
          if (!outcome.ok) {
            return {
              type: "ended",
              result: { kind: "refused", action, problems: outcome.problems },
            };
          }
          onSaved?.();
          return {
            type: "ended",
            result: { kind: "saved", action, version: outcome.version, summary: outcome.summary },
          };
        },
      });
    },
    [perform, workbook]
  );

  const runWhatIf = useCallback(
    (adjustments: readonly WhatIfAdjustment[]) => {
      perform({
        action: "whatIf",
        call: (options) => workbook.runWhatIf(adjustments, options),
        settle: (outcome) => ({
          type: "ended",
          result: outcome.ok
            ? { kind: "balanced", action: "whatIf", adjustments, summary: outcome.summary }
            : { kind: "refused", action: "whatIf", problems: outcome.problems },
        }),
      });
    },
    [perform, workbook]
  );

  const rename = useCallback(
    (id: string, name: string) => {
      perform({
        action: "rename",
        call: () => workbook.renameVersion(id, name),
        settle: (outcome) => listed("rename", outcome),
      });
    },
    [perform, workbook]
  );

  const remove = useCallback(
    (id: string) => {
      perform({
        action: "delete",
        call: () => workbook.deleteVersion(id),
        settle: (outcome) => listed("delete", outcome),
      });
    },
    [perform, workbook]
  );

  const compare = useCallback(
    (first: VersionRef, second: VersionRef) => {
      perform({
        action: "compare",
        call: (options) => workbook.compareVersions(first, second, options),
        settle: (outcome) => ({
          type: "ended",
          result: outcome.ok
            ? { kind: "compared", action: "compare", outcome }
            : { kind: "refused", action: "compare", problems: outcome.problems },
        }),
      });
    },
    [perform, workbook]
  );

  const previewRestore = useCallback(
    (id: string) => {
      perform({
        action: "previewRestore",
        call: () => workbook.previewRestore(id),
        settle: (preview) =>
          preview.ok
            ? { type: "confirm", dialog: { kind: "restore", preview } }
            : {
                type: "ended",
                result: { kind: "refused", action: "previewRestore", problems: preview.problems },
              },
      });
    },
    [perform, workbook]
  );

  const previewRollForward = useCallback(() => {
    perform({
      action: "previewRollForward",
      call: (options) => workbook.previewRollForward(options),
      settle: (preview) =>
        preview.ok
          ? { type: "confirm", dialog: { kind: "rollForward", plan: preview.plan } }
          : {
              type: "ended",
              result: { kind: "refused", action: "previewRollForward", problems: preview.problems },
            },
    });
  }, [perform, workbook]);

  const { dialog } = state;
  const confirm = useCallback(() => {
    if (dialog === undefined) return;
    dispatch({ type: "dialogClosed" });
    if (dialog.kind === "restore") {
      const { id } = dialog.preview.version;
      perform({
        action: "restore",
        call: (options) => workbook.restoreVersion(id, options),
        settle: (outcome) => ({
          type: "ended",
          result: outcome.ok
            ? {
                kind: "restored",
                action: "restore",
                version: outcome.version,
                changedCells: outcome.changedCells,
              }
            : { kind: "refused", action: "restore", problems: outcome.problems },
        }),
        after: onInputsChanged,
      });
    } else {
      perform({
        action: "rollForward",
        call: (options) => workbook.rollForward(options),
        settle: (outcome) => ({
          type: "ended",
          result: outcome.ok
            ? {
                kind: "rolled",
                action: "rollForward",
                plan: outcome.plan,
                version: outcome.version,
              }
            : { kind: "refused", action: "rollForward", problems: outcome.problems },
        }),
        after: onInputsChanged,
      });
    }
  }, [dialog, perform, workbook, onInputsChanged]);

  const cancel = useCallback(() => {
    dispatch({ type: "dialogClosed" });
  }, []);

  const showSheet = useCallback(
    (sheet: string) => {
      dispatch({ type: "showSheetStarted" });
      workbook.showSheet(sheet).catch((error: unknown) => {
        dispatch({ type: "showSheetFailed", sheet, message: messageOf(error) });
      });
    },
    [workbook]
  );

  return {
    state,
    save,
    runWhatIf,
    rename,
    remove,
    compare,
    previewRestore,
    previewRollForward,
    confirm,
    cancel,
    showSheet,
  };
}
