import type { DecisionStatus } from "./kpis";
import { failure, success, type Outcome, type ExpectedRule, type Problem } from "./problems";

/**
 * The S&OP decision log (seed 004: decisions taken in the executive meeting, each with an owner,
 * followed up next month). Pure: the Excel layer stores the log as the `S&OP Decisions` table.
 */

export interface Decision {
  /** 1, 2, 3… in the order decisions were added; never reused. */
  readonly id: number;
  readonly decision: string;
  /** A family name, or "" when it concerns the whole plan. */
  readonly family: string;
  /** A period label, or "". */
  readonly period: string;
  readonly owner: string;
  /** yyyy-mm-dd, or undefined. */
  readonly due?: string;
  readonly status: DecisionStatus;
  /** The cycle (e.g. the plan's first period, 2024-04) in which it was decided. */
  readonly cycle: string;
  /** The cycle in which it was closed (done or dropped). */
  readonly closedIn?: string;
}

export type DecisionDraft = Pick<Decision, "decision" | "family" | "period" | "owner" | "due">;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function problem(argument: string, found: string, rule: ExpectedRule): Problem {
  return { kind: "invalidOption", errorClass: "#VALUE!", argument, found, rule };
}

/** The log with a new open decision, or what is wrong with the draft (every problem at once). */
export function addDecision(
  log: readonly Decision[],
  draft: DecisionDraft,
  cycle: string
): Outcome<Decision[]> {
  const decision = draft.decision.trim();
  const owner = draft.owner.trim();
  const due = draft.due?.trim();
  const problems: Problem[] = [];
  if (decision === "") problems.push(problem("decision", "", "decisionText"));
  if (owner === "") problems.push(problem("owner", "", "owner"));
  if (due !== undefined && due !== "" && !isIsoDate(due))
    problems.push(problem("due", due, "isoDate"));
  if (cycle.trim() === "") problems.push(problem("cycle", "", "cycle"));
  if (problems.length > 0) return failure(problems);
  const id = log.reduce((highest, entry) => Math.max(highest, entry.id), 0) + 1;
  return success([
    ...log,
    {
      id,
      decision,
      family: draft.family.trim(),
      period: draft.period.trim(),
      owner,
      ...(due !== undefined && due !== "" ? { due } : {}),
      status: "open",
      cycle: cycle.trim(),
    },
  ]);
}

/** The log with decision `id` closed as done or dropped in `cycle`. */
export function closeDecision(
  log: readonly Decision[],
  id: number,
  status: "done" | "dropped",
  cycle: string
): Outcome<Decision[]> {
  const entry = log.find((candidate) => candidate.id === id);
  if (!entry) return failure([problem("id", String(id), "loggedDecision")]);
  if (entry.status !== "open") return failure([problem("status", entry.status, "openDecision")]);
  return success(
    log.map((candidate) =>
      candidate.id === id ? { ...candidate, status, closedIn: cycle.trim() } : candidate
    )
  );
}

export interface CycleReview {
  /** Every decision still open, oldest first: carried over into this cycle's meeting. */
  readonly open: readonly Decision[];
  /** Of them, decided in an earlier cycle. */
  readonly carriedOver: number;
  /** Last cycle's results: what was decided then, and how it ended by now. */
  readonly previous?: {
    readonly cycle: string;
    readonly decided: number;
    readonly done: number;
    readonly dropped: number;
    readonly open: number;
  };
}

/**
 * What the meeting of `cycle` reviews: the open decisions, carried over from earlier cycles, and
 * the results of the decisions of `previousCycle`.
 */
export function reviewCycle(
  log: readonly Decision[],
  cycle: string,
  previousCycle?: string
): CycleReview {
  const open = log.filter((entry) => entry.status === "open").sort((a, b) => a.id - b.id);
  const carriedOver = open.filter((entry) => entry.cycle !== cycle).length;
  if (previousCycle === undefined) return { open, carriedOver };
  const decided = log.filter((entry) => entry.cycle === previousCycle);
  const count = (status: DecisionStatus): number =>
    decided.filter((entry) => entry.status === status).length;
  return {
    open,
    carriedOver,
    previous: {
      cycle: previousCycle,
      decided: decided.length,
      done: count("done"),
      dropped: count("dropped"),
      open: count("open"),
    },
  };
}
