import { gapScenarios, type GapAnalysis, type GapOption } from "./gap";
import type { MoneyInput } from "./money";
import { Status, type PlanBalance, type PlanInput } from "./plan";

/**
 * What a balanced plan asks of the planner: its short summary (how many periods are short, the
 * first shortage, the lowest stock days), its exceptions (period by period) and the gap analysis of
 * every period with a rolling gap. Families and periods are indexes; the callers name them.
 */

/** A family and a period of the plan, by index. */
export interface PlanCell {
  readonly family: number;
  readonly period: number;
}

export interface BalanceSummary {
  /** Family × period cells in Shortage. */
  readonly shortagePeriods: number;
  /** The earliest shortage: the first period with one, the first family in it. */
  readonly firstShortage?: PlanCell;
  /** The lowest stock days of the plan (the first cell, family by family, when several tie). */
  readonly lowestStockDays?: PlanCell & { readonly stockDays: number };
}

export function summarizeBalance(balance: PlanBalance): BalanceSummary {
  let shortagePeriods = 0;
  let firstShortage: PlanCell | undefined;
  let lowest: (PlanCell & { stockDays: number }) | undefined;
  for (let family = 0; family < balance.families; family++) {
    for (let period = 0; period < balance.periods; period++) {
      const cell = family * balance.periods + period;
      if (balance.status[cell] === Status.Shortage) {
        shortagePeriods++;
        if (!firstShortage || period < firstShortage.period) firstShortage = { family, period };
      }
      const stockDays = balance.stockDays[cell] ?? 0;
      if (!lowest || stockDays < lowest.stockDays) lowest = { family, period, stockDays };
    }
  }
  return {
    shortagePeriods,
    ...(firstShortage ? { firstShortage } : {}),
    ...(lowest ? { lowestStockDays: lowest } : {}),
  };
}

/** What the meeting looks at in a period: stock below safety, production above capacity, too much stock. */
export type ExceptionKind = "shortage" | "overCapacity" | "excess";

export interface PlanException extends PlanCell {
  readonly kind: ExceptionKind;
}

/**
 * Every exception of the plan, family by family and period by period; a period can have two
 * (a shortage while production is above capacity), listed shortage, over capacity, excess.
 */
export function planExceptions(input: PlanInput, balance: PlanBalance): PlanException[] {
  const found: PlanException[] = [];
  for (let family = 0; family < balance.families; family++) {
    for (let period = 0; period < balance.periods; period++) {
      const cell = family * balance.periods + period;
      const status = balance.status[cell];
      if (status === Status.Shortage) found.push({ family, period, kind: "shortage" });
      if ((input.production[cell] ?? 0) > (input.capacity[cell] ?? 0))
        found.push({ family, period, kind: "overCapacity" });
      if (status === Status.Excess) found.push({ family, period, kind: "excess" });
    }
  }
  return found;
}

/** An exception with what is at stake in it, in units and, with prices, in money. */
export interface RankedException extends PlanException {
  /**
   * Shortage: safety stock − closing stock (the units below target, backlog included); over
   * capacity: production − capacity; excess: closing stock − safety stock.
   */
  readonly units: number;
  /**
   * With prices: revenue at risk (units × price) for a shortage or production above capacity, the
   * money tied up (units × unit cost) for excess stock; without, the units.
   */
  readonly stake: number;
}

/**
 * The exceptions, most at stake first; equal stakes keep the plan's order (family, period,
 * kind). `planExceptions` gives the list, this puts a number on each.
 */
export function rankExceptions(
  input: PlanInput,
  balance: PlanBalance,
  exceptions: readonly PlanException[],
  money?: Pick<MoneyInput, "price" | "unitCost">
): RankedException[] {
  const ranked = exceptions.map((exception): RankedException => {
    const cell = exception.family * balance.periods + exception.period;
    const closing = balance.closingStock[cell] ?? 0;
    const safety = input.safetyStock[cell] ?? 0;
    const units =
      exception.kind === "shortage"
        ? safety - closing
        : exception.kind === "overCapacity"
          ? (input.production[cell] ?? 0) - (input.capacity[cell] ?? 0)
          : closing - safety;
    const rate = !money
      ? 1
      : exception.kind === "excess"
        ? (money.unitCost[cell] ?? 0)
        : (money.price[cell] ?? 0);
    return { ...exception, units, stake: units * rate };
  });
  // Array.prototype.sort is stable: ties stay in the plan's order.
  return ranked.sort((a, b) => b.stake - a.stake);
}

/**
 * Ranked exceptions counted by family: how many each family has and their stake together, the
 * most at stake first (ties in the order the families first appear).
 */
export function stakesByFamily(
  ranked: readonly RankedException[]
): { family: number; count: number; stake: number }[] {
  const byFamily = new Map<number, { family: number; count: number; stake: number }>();
  for (const { family, stake } of ranked) {
    const entry = byFamily.get(family) ?? { family, count: 0, stake: 0 };
    byFamily.set(family, { family, count: entry.count + 1, stake: entry.stake + stake });
  }
  return [...byFamily.values()].sort((a, b) => b.stake - a.stake);
}

/** The gap analysis of one family × period whose rolling gap is above 0. */
export interface PeriodGap extends PlanCell {
  readonly analysis: Extract<GapAnalysis, { sufficient: false }>;
}

/**
 * `SOP.GAP` for every family × period with a rolling gap: the gap is supply beyond production, so
 * demand = production + gap and supply = production. Periods the options cannot analyse (none
 * given) are left out.
 */
export function periodGaps(
  input: PlanInput,
  balance: PlanBalance,
  options: readonly GapOption[]
): PeriodGap[] {
  const gaps: PeriodGap[] = [];
  for (let cell = 0; cell < balance.rollingGap.length; cell++) {
    const gap = balance.rollingGap[cell] ?? 0;
    if (gap <= 0) continue;
    const production = input.production[cell] ?? 0;
    const outcome = gapScenarios(production + gap, production, options);
    if (outcome.ok && !outcome.value.sufficient) {
      gaps.push({
        family: Math.floor(cell / balance.periods),
        period: cell % balance.periods,
        analysis: outcome.value,
      });
    }
  }
  return gaps;
}

/**
 * The gaps, most at stake first, as exceptions are ranked: the gap × price when prices exist (the
 * revenue the gap puts at risk), the gap in units otherwise; ties keep the plan's order.
 */
export function rankGaps(
  gaps: readonly PeriodGap[],
  periods: number,
  money?: Pick<MoneyInput, "price">
): PeriodGap[] {
  const stake = (gap: PeriodGap): number =>
    gap.analysis.gap * (money ? (money.price[gap.family * periods + gap.period] ?? 0) : 1);
  return [...gaps].sort((a, b) => stake(b) - stake(a));
}
