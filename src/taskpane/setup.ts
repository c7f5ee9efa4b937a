import type { NameStatus, SetupReport, SopName, WorkbookProblem } from "../workbook";

/**
 * What the setup report means for the two runs: which names keep them from running. Pure, so the
 * setup panel and the action bar tell the same story.
 */

/** A name the plan can read: it exists, points at cells and has no problem. */
export function isUsable(status: NameStatus): boolean {
  return status.address !== undefined && status.problem === undefined;
}

/** The problem to show for a name: its own, or "missing" when it does not exist. */
export function problemOf(status: NameStatus): WorkbookProblem {
  return status.problem ?? { kind: "missingName", range: status.name };
}

/** Names that keep the rolling plan from running: unusable ones, and missing ones it needs. */
export function planBlockers(report: SetupReport): readonly NameStatus[] {
  const severalFamilies = (report.families ?? 0) > 1;
  return report.names.filter(
    (status) =>
      status.problem !== undefined ||
      (status.address === undefined &&
        (status.requirement === "required" ||
          (status.requirement === "manyFamilies" && severalFamilies)))
  );
}

/** Names gap scenarios need on top of the plan's. */
function scenarioOnlyBlockers(report: SetupReport): readonly NameStatus[] {
  return report.names.filter(
    (status) =>
      status.requirement === "scenarios" &&
      status.address === undefined &&
      status.problem === undefined
  );
}

export type SetupIssueLevel = "plan" | "scenarios" | "unusable";

export interface SetupIssues {
  /** What the issues stop: the plan, only gap scenarios, or nothing yet (an optional name is broken). */
  readonly level: SetupIssueLevel;
  /** May be empty when every name exists but they do not fit together (sizes). */
  readonly names: readonly NameStatus[];
}

/** The setup's issues, most serious first; undefined when both runs are ready and every name is fine. */
export function setupIssues(report: SetupReport): SetupIssues | undefined {
  const forPlan = planBlockers(report);
  if (!report.readyForPlan) return { level: "plan", names: forPlan };
  if (!report.readyForScenarios) {
    return { level: "scenarios", names: [...forPlan, ...scenarioOnlyBlockers(report)] };
  }
  return forPlan.length > 0 ? { level: "unusable", names: forPlan } : undefined;
}

/** The names one run is waiting for; undefined when the run is ready. */
export function blockersFor(
  report: SetupReport,
  run: "plan" | "scenarios"
): readonly SopName[] | undefined {
  if (run === "plan") {
    return report.readyForPlan ? undefined : planBlockers(report).map((status) => status.name);
  }
  if (report.readyForScenarios) return undefined;
  return [...planBlockers(report), ...scenarioOnlyBlockers(report)].map((status) => status.name);
}
