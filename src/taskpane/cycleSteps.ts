import type { CycleStatus } from "../workbook";
import type { UiMessageKey } from "../i18n/ui.en-US";

/**
 * The monthly cycle as the pane's steps (seed 001: data refresh, demand review, supply review, the
 * decision meeting, execution), and where each stands, from the workbook's `CycleStatus` only.
 * Pure: the pane words and draws it.
 */

export const CYCLE_STEPS = ["data", "demand", "supply", "meeting", "execute"] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number];

/** Views of the pane: the cycle's steps, and the help (the formula reference). */
export type PaneView = CycleStep | "help";

/** The names of the steps (README and tests refer to them). */
export const STEP_LABELS: Readonly<Record<PaneView, UiMessageKey>> = {
  data: "ui.step.data",
  demand: "ui.step.demand",
  supply: "ui.step.supply",
  meeting: "ui.step.meeting",
  execute: "ui.step.execute",
  help: "ui.step.help",
};

/**
 * `attention`: the planner has something to do here before the cycle can go on; `warning`: done,
 * with something to look at (shortages); `done`; `open`: nothing to do yet.
 */
export type StepTone = "attention" | "warning" | "done" | "open";

/** One phrase of a state or hint: a message and its values (counts are formatted when worded). */
export interface StepWords {
  readonly key: UiMessageKey;
  readonly n?: number;
  readonly cycle?: string;
  /** Who approved the cycle's plan. */
  readonly by?: string;
}

export interface StepState {
  readonly step: CycleStep;
  readonly tone: StepTone;
  /** What the step's tab says under its name, phrase by phrase. */
  readonly words: readonly StepWords[];
}

const count = (n: number, one: UiMessageKey, other: UiMessageKey): StepWords => ({
  key: n === 1 ? one : other,
  n,
});

export function stepStates(status: CycleStatus): readonly StepState[] {
  const problems = status.problems.length;
  const valid = problems === 0;
  const shortages = status.shortagePeriods ?? 0;
  const supplyCurrent = valid && status.balance === "current";
  const published = status.meetingCycle === status.cycle;
  const decisions =
    status.openDecisions !== undefined && status.openDecisions > 0
      ? [
          count(
            status.openDecisions,
            "ui.step.meeting.decisions.one",
            "ui.step.meeting.decisions.other"
          ),
        ]
      : [];
  return [
    {
      step: "data",
      tone: valid ? "done" : "attention",
      words: [
        valid
          ? { key: "ui.step.data.valid" }
          : count(problems, "ui.step.data.problems.one", "ui.step.data.problems.other"),
      ],
    },
    { step: "demand", tone: "open", words: [{ key: "ui.step.demand.state" }] },
    {
      step: "supply",
      tone: !valid ? "open" : !supplyCurrent ? "attention" : shortages > 0 ? "warning" : "done",
      words: [
        !valid
          ? { key: "ui.step.supply.waiting" }
          : status.balance === "none"
            ? { key: "ui.step.supply.notRun" }
            : status.balance === "stale"
              ? { key: "ui.step.supply.stale" }
              : shortages > 0
                ? count(shortages, "ui.step.supply.shortage.one", "ui.step.supply.shortage.other")
                : { key: "ui.step.supply.balanced" },
      ],
    },
    {
      step: "meeting",
      tone: published ? "done" : supplyCurrent ? "attention" : "open",
      words: [
        published
          ? { key: "ui.step.meeting.published", cycle: status.cycle }
          : { key: "ui.step.meeting.notPublished", cycle: status.cycle },
        ...decisions,
      ],
    },
    {
      step: "execute",
      tone: status.approved ? "done" : published && valid ? "attention" : "open",
      words: [
        ...(status.approved
          ? [{ key: "ui.step.execute.approved" as const, by: status.approved.approval?.by ?? "" }]
          : []),
        status.rolledFrom
          ? { key: "ui.step.execute.rolledFrom", cycle: status.rolledFrom.firstPeriod }
          : { key: "ui.step.execute.notRolled" },
      ],
    },
  ];
}

/** Where the pane opens: the first step that needs attention, else the first with a warning. */
export function landingStep(states: readonly StepState[]): CycleStep {
  return (
    states.find((state) => state.tone === "attention")?.step ??
    states.find((state) => state.tone === "warning")?.step ??
    "data"
  );
}

/** What the planner would do next, and at which step. */
export function nextHint(
  status: CycleStatus,
  states: readonly StepState[]
): { readonly step: CycleStep; readonly words: StepWords } {
  const step = landingStep(states);
  const shortages = status.shortagePeriods ?? 0;
  switch (step) {
    case "data":
      return {
        step,
        words:
          status.problems.length > 0
            ? count(status.problems.length, "ui.next.data.one", "ui.next.data.other")
            : { key: "ui.next.supply" },
      };
    case "supply":
      return {
        step,
        words:
          states.find((state) => state.step === "supply")?.tone === "warning"
            ? count(shortages, "ui.next.shortage.one", "ui.next.shortage.other")
            : { key: "ui.next.supply" },
      };
    case "meeting":
      return {
        step,
        words:
          shortages > 0
            ? {
                ...count(shortages, "ui.next.meetingShortage.one", "ui.next.meetingShortage.other"),
                cycle: status.cycle,
              }
            : { key: "ui.next.meeting", cycle: status.cycle },
      };
    case "demand":
    case "execute":
      return { step: "execute", words: { key: "ui.next.execute" } };
  }
}
