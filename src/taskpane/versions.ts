import type {
  CompareOutcome,
  PlanSummary,
  RestorePreview,
  RollForwardPlan,
  VersionInfo,
  WhatIfAdjustment,
  WorkbookProblem,
} from "../workbook";
import type { AdjustmentMode, AdjustmentTarget, PreviewValue } from "../engine";
import { freeName as freeNameAmong } from "../engine";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import type { ActionState } from "./paneAction";
import { formatCount, localeOf, translator } from "./strings";

/** The state of the plan-version operations: the stored list, the plan's labels, the last action. */

export type VersionAction =
  | "save"
  | "saveWhatIf"
  | "whatIf"
  | "rename"
  | "delete"
  | "compare"
  | "previewRestore"
  | "restore"
  | "previewRollForward"
  | "rollForward";

export type CompareSuccess = Extract<CompareOutcome, { ok: true }>;
export type RestoreSuccess = Extract<RestorePreview, { ok: true }>;

export interface VersionListState {
  /** The last list read; kept on screen while a new one is read. */
  readonly versions?: readonly VersionInfo[];
  readonly limit?: number;
  /** Why the last read was refused (a damaged store) … */
  readonly problems?: readonly WorkbookProblem[];
  /** … or failed (an Excel error). */
  readonly error?: string;
}

/** Family names and period labels of the current inputs, for the what-if form and default names. */
export type LabelsState =
  | { readonly phase: "loading" }
  | {
      readonly phase: "read";
      readonly families: readonly string[];
      readonly periods: readonly string[];
    }
  | { readonly phase: "refused"; readonly problems: readonly WorkbookProblem[] }
  | { readonly phase: "failed"; readonly message: string };

/** What a version action the workbook did shows; each part of the section shows its own actions'. */
export type VersionValue =
  | {
      readonly kind: "saved";
      readonly version: VersionInfo;
      readonly summary: PlanSummary;
    }
  | {
      readonly kind: "balanced";
      /** The adjustments this balance applied: the ones "Save as version" stores. */
      readonly adjustments: readonly WhatIfAdjustment[];
      readonly summary: PlanSummary;
    }
  | { readonly kind: "compared"; readonly outcome: CompareSuccess }
  | { readonly kind: "restored"; readonly version: VersionInfo; readonly changedCells: number }
  | { readonly kind: "rolled"; readonly plan: RollForwardPlan; readonly version: VersionInfo }
  /** Rename and delete: the list shows what happened. */
  | { readonly kind: "listed" }
  /** A preview found what the action would do: the confirmation asks the planner. */
  | { readonly kind: "confirm"; readonly dialog: VersionDialog };

export type VersionActionState = ActionState<VersionAction, VersionValue>;

/** A confirmation waiting for the planner. */
export type VersionDialog =
  | { readonly kind: "restore"; readonly preview: RestoreSuccess }
  | { readonly kind: "rollForward"; readonly plan: RollForwardPlan };

/** The confirmation on screen: the last action was a preview, and nothing has happened since. */
export function dialogOf(state: VersionActionState): VersionDialog | undefined {
  return state.phase === "done" && state.value.kind === "confirm" ? state.value.dialog : undefined;
}

/** What the section reads of the workbook: the stored list and the plan's labels. */
export interface VersionsState {
  readonly list: VersionListState;
  readonly labels: LabelsState;
}

export type VersionsEvent =
  | { readonly type: "listed"; readonly versions: readonly VersionInfo[]; readonly limit: number }
  | { readonly type: "listRefused"; readonly problems: readonly WorkbookProblem[] }
  | { readonly type: "listFailed"; readonly message: string }
  | { readonly type: "labels"; readonly labels: LabelsState };

export const INITIAL_VERSIONS: VersionsState = {
  list: {},
  labels: { phase: "loading" },
};

export function reduceVersions(state: VersionsState, event: VersionsEvent): VersionsState {
  switch (event.type) {
    case "listed":
      return { ...state, list: { versions: event.versions, limit: event.limit } };
    case "listRefused":
      return { ...state, list: { problems: event.problems } };
    case "listFailed":
      return { ...state, list: { error: event.message } };
    case "labels":
      return { ...state, labels: event.labels };
  }
}

/** The name of each action, as its button (or the input that starts it) is named. */
export const VERSION_ACTION_LABELS: Record<VersionAction, UiMessageKey> = {
  save: "ui.versions.save",
  saveWhatIf: "ui.whatIf.saveAs",
  whatIf: "ui.whatIf.run",
  rename: "ui.versions.action.rename",
  delete: "ui.versions.action.delete",
  compare: "ui.compare.run",
  previewRestore: "ui.restore.run",
  restore: "ui.restore.run",
  previewRollForward: "ui.roll.run",
  rollForward: "ui.roll.run",
};

/** When a version was saved, in the planner's time zone: 2026-11-23 20:58 / 2026年11月23日 20:58. */
export function formatSavedAt(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? "";
  return translator(language)("ui.versions.dateTime", {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  });
}

/** "1 family × 6 periods", in the words of the setup panel. */
export function sizeText(language: Language, families: number, periods: number): string {
  const t = translator(language);
  return [
    t(families === 1 ? "ui.setup.families.one" : "ui.setup.families.other", {
      n: formatCount(language, families),
    }),
    t(periods === 1 ? "ui.setup.periods.one" : "ui.setup.periods.other", {
      n: formatCount(language, periods),
    }),
  ].join(" × ");
}

/** A cell's value in a preview: numbers as the pane writes quantities, a blank cell in words. */
export function formatPreviewValue(language: Language, value: PreviewValue): string {
  if (value === null) return translator(language)("ui.blank");
  if (typeof value === "number") return formatQuantity(language, value);
  return String(value);
}

/** A quantity with the locale's grouping and up to two decimals: 1,250, 987.5. */
export function formatQuantity(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

/** A signed quantity with the locale's grouping: +1,200, -350, 0. */
export function formatSigned(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    signDisplay: "exceptZero",
    maximumFractionDigits: 2,
  }).format(value);
}

export const TARGET_KEYS: Record<AdjustmentTarget, UiMessageKey> = {
  demand: "ui.whatIf.target.demand",
  forecast: "ui.whatIf.target.forecast",
  orders: "ui.whatIf.target.orders",
  production: "ui.whatIf.target.production",
  capacity: "ui.whatIf.target.capacity",
};

export const MODE_KEYS: Record<AdjustmentMode, UiMessageKey> = {
  percent: "ui.whatIf.mode.percent",
  quantity: "ui.whatIf.mode.quantity",
};

/** One adjustment in words: "Demand +10 % · all families · 2024-06 to 2024-06". */
export function describeAdjustment(language: Language, adjustment: WhatIfAdjustment): string {
  const t = translator(language);
  const signed = formatSigned(language, adjustment.amount);
  return t("ui.adjustment.words", {
    target: t(TARGET_KEYS[adjustment.target]),
    amount: adjustment.mode === "percent" ? t("ui.adjustment.percent", { amount: signed }) : signed,
    families:
      adjustment.families.length === 0
        ? t("ui.adjustment.allFamilies")
        : adjustment.families.join(t("ui.adjustment.separator")),
    from: adjustment.fromPeriod,
    to: adjustment.toPeriod,
  });
}

export type AmountCheck =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly error: UiMessageKey };

/** Reads the amount a planner typed: a number (a leading + and a trailing % are allowed). */
export function parseAmount(text: string, mode: AdjustmentMode): AmountCheck {
  const trimmed = text
    .trim()
    .replace(/^\+/, "")
    .replace(/\s*%$/, "")
    .replace(/\u2212/, "-");
  const amount = trimmed === "" ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(amount)) return { ok: false, error: "ui.whatIf.amount.notANumber" };
  if (mode === "percent" && amount < -100) {
    return { ok: false, error: "ui.whatIf.amount.belowMinus100" };
  }
  return { ok: true, amount };
}

/**
 * A name no stored version has yet: the template for `period`, then with (2), (3), … after it,
 * e.g. "2024-04 plan", "2024-04 plan (2)". Undefined without a period to name it after.
 */
export function freeName(
  template: (period: string) => string,
  period: string | undefined,
  versions: readonly VersionInfo[] | undefined
): string | undefined {
  if (period === undefined) return undefined;
  return freeNameAmong(
    template(period),
    (versions ?? []).map((version) => version.name)
  );
}
