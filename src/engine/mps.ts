/**
 * The master production schedule's frozen periods (seed 004's execution step: the approved plan
 * becomes the MPS). The first `frozen` periods of an approved plan are frozen: the factory has
 * committed material and shifts to them, so a change there is one the meeting must see.
 */

/** A plan's production with its labels, family-major (family × periods + period). */
export interface ProductionPlan {
  readonly families: readonly string[];
  readonly periods: readonly string[];
  readonly production: ArrayLike<number>;
}

export interface FrozenChange {
  readonly family: string;
  readonly period: string;
  /** Production in the earlier approved plan, and now. */
  readonly before: number;
  readonly now: number;
  /** now − before. */
  readonly change: number;
}

/** Whether period `period` (0-based) of a plan is frozen: one of its first `frozen` periods. */
export function isFrozen(period: number, frozen: number): boolean {
  return period < frozen;
}

/**
 * The changes inside the frozen periods: for each of the current plan's first `frozen` periods
 * that the earlier approved plan also planned (matched by family name and period label), every
 * family whose production differs, in the current plan's order (family, then period). A family or
 * period the earlier plan did not have is not a change of it.
 */
export function frozenChanges(
  current: ProductionPlan,
  earlier: ProductionPlan,
  frozen: number
): FrozenChange[] {
  const familyAt = new Map(earlier.families.map((name, f) => [name, f]));
  const periodAt = new Map(earlier.periods.map((label, t) => [label, t]));
  const periods = current.periods.length;
  const changes: FrozenChange[] = [];
  current.families.forEach((family, f) => {
    const before = familyAt.get(family);
    if (before === undefined) return;
    for (let t = 0; t < Math.min(frozen, periods); t++) {
      const label = current.periods[t] ?? "";
      const then = periodAt.get(label);
      if (then === undefined) continue;
      const was = earlier.production[before * earlier.periods.length + then] ?? 0;
      const now = current.production[f * periods + t] ?? 0;
      if (now !== was) changes.push({ family, period: label, before: was, now, change: now - was });
    }
  });
  return changes;
}
