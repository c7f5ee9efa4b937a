import { useCallback, useEffect, useReducer, useRef } from "react";
import {
  messageOf,
  type PlanningWorkbook,
  type SaveVersionRequest,
  type VersionRef,
  type VersionsOutcome,
  type WhatIfAdjustment,
} from "../workbook";
import type { Language } from "../i18n";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import {
  dialogOf,
  INITIAL_VERSIONS,
  reduceVersions,
  type LabelsState,
  type VersionAction,
  type VersionActionState,
  type VersionDialog,
  type VersionsState,
  type VersionValue,
} from "./versions";

export interface VersionOperations {
  /** The stored list and the plan's labels, as last read. */
  readonly state: VersionsState;
  /** The section's last (or current) action. */
  readonly action: VersionActionState;
  /** The confirmation waiting for the planner, if one is. */
  readonly dialog: VersionDialog | undefined;
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
}

/** Rename and delete answer with the list as it now is. */
type ListSuccess = Extract<VersionsOutcome, { ok: true }>;

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
  const {
    state: action,
    perform,
    reset,
  } = usePaneAction<VersionAction, VersionValue>(lock, language);
  const { finished } = lock;

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

  const listed = useCallback((outcome: ListSuccess): VersionValue => {
    dispatch({ type: "listed", versions: outcome.versions, limit: outcome.limit });
    return { kind: "listed" };
  }, []);

  const save = useCallback(
    (kind: "save" | "saveWhatIf", request: SaveVersionRequest, onSaved?: () => void) => {
      perform({
        action: kind,
        call: (options) => workbook.saveVersion(request, options),
        settle: (outcome) => {
          onSaved?.();
          return { kind: "saved", version: outcome.version, summary: outcome.summary };
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
        settle: (outcome) => ({ kind: "balanced", adjustments, summary: outcome.summary }),
      });
    },
    [perform, workbook]
  );

  const rename = useCallback(
    (id: string, name: string) => {
      perform({ action: "rename", call: () => workbook.renameVersion(id, name), settle: listed });
    },
    [perform, workbook, listed]
  );

  const remove = useCallback(
    (id: string) => {
      perform({ action: "delete", call: () => workbook.deleteVersion(id), settle: listed });
    },
    [perform, workbook, listed]
  );

  const compare = useCallback(
    (first: VersionRef, second: VersionRef) => {
      perform({
        action: "compare",
        call: (options) => workbook.compareVersions(first, second, options),
        settle: (outcome) => ({ kind: "compared", outcome }),
      });
    },
    [perform, workbook]
  );

  const previewRestore = useCallback(
    (id: string) => {
      perform({
        action: "previewRestore",
        call: () => workbook.previewRestore(id),
        settle: (preview) => ({ kind: "confirm", dialog: { kind: "restore", preview } }),
      });
    },
    [perform, workbook]
  );

  const previewRollForward = useCallback(() => {
    perform({
      action: "previewRollForward",
      call: (options) => workbook.previewRollForward(options),
      settle: (preview) => ({
        kind: "confirm",
        dialog: { kind: "rollForward", plan: preview.plan },
      }),
    });
  }, [perform, workbook]);

  const dialog = dialogOf(action);
  const confirm = useCallback(() => {
    if (dialog === undefined) return;
    if (dialog.kind === "restore") {
      const { id } = dialog.preview.version;
      perform({
        action: "restore",
        call: (options) => workbook.restoreVersion(id, options),
        settle: (outcome) => ({
          kind: "restored",
          version: outcome.version,
          changedCells: outcome.changedCells,
        }),
        after: onInputsChanged,
      });
    } else {
      perform({
        action: "rollForward",
        call: (options) => workbook.rollForward(options),
        settle: (outcome) => ({ kind: "rolled", plan: outcome.plan, version: outcome.version }),
        after: onInputsChanged,
      });
    }
  }, [dialog, perform, workbook, onInputsChanged]);

  return {
    state,
    action,
    dialog,
    save,
    runWhatIf,
    rename,
    remove,
    compare,
    previewRestore,
    previewRollForward,
    confirm,
    cancel: reset,
  };
}
