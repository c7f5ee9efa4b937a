import type { Decision } from "./decisions";

/**
 * Which saved plan belongs to which monthly cycle. A cycle is named after the plan's first period
 * (`2024-04`); a version belongs to the cycle of its first period. What-if variants are not the
 * plan of a cycle: the pickers pass over them.
 */

/** What the pickers read of a saved version. */
export interface CycleVersion {
  /** The first period of the plan it holds: its cycle. */
  readonly firstPeriod: string;
  /** ISO 8601, so that text order is time order. */
  readonly savedAt: string;
  /** What-if adjustments it was saved with; empty for the plan itself. */
  readonly adjustments: readonly unknown[];
}

/** The one saved last; the first of those saved at the same time. */
export function newestVersion<V extends CycleVersion>(versions: readonly V[]): V | undefined {
  let found: V | undefined;
  for (const version of versions) {
    if (!found || version.savedAt > found.savedAt) found = version;
  }
  return found;
}

/** The plan of `cycle`: the newest version saved in it without what-if adjustments. */
export function versionOfCycle<V extends CycleVersion>(
  versions: readonly V[],
  cycle: string
): V | undefined {
  return newestVersion(
    versions.filter((version) => version.firstPeriod === cycle && version.adjustments.length === 0)
  );
}

/** The plan of the cycle before: the newest version without adjustments from another cycle. */
export function previousCycleVersion<V extends CycleVersion>(
  versions: readonly V[],
  cycle: string
): V | undefined {
  return newestVersion(
    versions.filter((version) => version.firstPeriod !== cycle && version.adjustments.length === 0)
  );
}

/** A version as the approval pickers read it: approved ones carry their approval. */
export interface ApprovableVersion extends CycleVersion {
  readonly approval?: unknown;
}

/** The approved plan of `cycle`: the newest approved version saved in it. */
export function approvedOfCycle<V extends ApprovableVersion>(
  versions: readonly V[],
  cycle: string
): V | undefined {
  return newestVersion(versions.filter((v) => v.approval !== undefined && v.firstPeriod === cycle));
}

/** The approved plan before `cycle`: the newest approved version of another cycle. */
export function previousApproved<V extends ApprovableVersion>(
  versions: readonly V[],
  cycle: string
): V | undefined {
  return newestVersion(versions.filter((v) => v.approval !== undefined && v.firstPeriod !== cycle));
}

/** The cycle decided in before `cycle`: that of the newest decision (highest id) from another cycle. */
export function previousDecisionCycle(
  decisions: readonly Decision[],
  cycle: string
): string | undefined {
  let newest: Decision | undefined;
  for (const decision of decisions) {
    if (decision.cycle !== cycle && (!newest || decision.id > newest.id)) newest = decision;
  }
  return newest?.cycle;
}

/** What `rolledInto` reads of a saved version besides its cycle. */
export interface RolledVersion extends CycleVersion {
  readonly lastPeriod: string;
  readonly periods: number;
}

/**
 * The version a roll forward saved when it opened the plan of `periods`: a plan of the same
 * length one period earlier (its last period is the plan's last but one, its first is not the
 * plan's first). The newest such plain version; undefined when the plan was not rolled into.
 */
export function rolledInto<V extends RolledVersion>(
  versions: readonly V[],
  periods: readonly string[]
): V | undefined {
  const count = periods.length;
  if (count === 0) return undefined;
  const lastButOne = count > 1 ? periods[count - 2] : undefined;
  return newestVersion(
    versions.filter(
      (version) =>
        version.adjustments.length === 0 &&
        version.periods === count &&
        version.firstPeriod !== periods[0] &&
        (lastButOne === undefined || version.lastPeriod === lastButOne)
    )
  );
}
