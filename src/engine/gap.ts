import { failure, success, type Outcome, type Problem } from "./problems";

/** One way to add supply: overtime, an outside factory, drawing on channel stock, … */
export interface GapOption {
  readonly name: string;
  /** Supply the option adds in the period. */
  readonly capacity: number;
  /** Cost of one unit filled through this option, when costs are known. */
  readonly unitCost?: number;
}

export interface GapScenario {
  /** Position of the option in the input, so callers can map back to their cells. */
  readonly optionIndex: number;
  readonly name: string;
  readonly addedCapacity: number;
  /** min(gap, capacity). */
  readonly gapFilled: number;
  /** max(0, gap − capacity). */
  readonly remainingGap: number;
  /** gapFilled ÷ gap, a fraction. */
  readonly fillRate: number;
  /** gapFilled × unit cost, when the option has a cost. */
  readonly cost?: number;
}

export interface MixPart {
  readonly optionIndex: number;
  readonly name: string;
  /** Units this option fills in the mix. */
  readonly quantity: number;
  readonly unitCost: number;
}

/** The gap filled by the options in ascending unit cost: the least total cost for any fill. */
export interface CheapestMix {
  readonly parts: readonly MixPart[];
  /** Capacity of the options the mix draws on. */
  readonly addedCapacity: number;
  readonly gapFilled: number;
  readonly remainingGap: number;
  readonly fillRate: number;
  readonly cost: number;
}

export type GapAnalysis =
  | { readonly sufficient: true; readonly gap: number }
  | {
      readonly sufficient: false;
      readonly gap: number;
      /** Sorted by remaining gap, ascending; ties keep the input order. */
      readonly scenarios: readonly GapScenario[];
      /** Present when every option has a unit cost. */
      readonly cheapestMix?: CheapestMix;
    };

/**
 * Compares ways to close the gap between demand and supply (seed 001 `gap_scenarios`): each
 * option alone, sorted by what it leaves open, plus the cheapest mix when costs are given.
 */
export function gapScenarios(
  demand: number,
  supply: number,
  options: readonly GapOption[]
): Outcome<GapAnalysis> {
  const problems = checkGapInput(demand, supply, options);
  if (problems.length > 0) return failure(problems);

  const gap = demand - supply;
  if (gap <= 0) return success({ sufficient: true, gap });

  const scenarios = options.map((option, optionIndex): GapScenario => {
    const gapFilled = Math.min(gap, option.capacity);
    const scenario = {
      optionIndex,
      name: option.name,
      addedCapacity: option.capacity,
      gapFilled,
      remainingGap: Math.max(0, gap - option.capacity),
      fillRate: gapFilled / gap,
    };
    return option.unitCost === undefined
      ? scenario
      : { ...scenario, cost: gapFilled * option.unitCost };
  });
  // Array.prototype.sort is stable, so equal remaining gaps keep the planner's order (as Python's sorted).
  scenarios.sort((a, b) => a.remainingGap - b.remainingGap);

  const costed = options.every((option) => option.unitCost !== undefined);
  return success({
    sufficient: false,
    gap,
    scenarios,
    ...(costed && options.length > 0 ? { cheapestMix: cheapestMix(gap, options) } : {}),
  });
}

/**
 * Fills the gap from the cheapest unit cost upwards. With linear costs and capacity limits this
 * greedy fill is optimal, so no single option (or other mix) closes the gap for less.
 */
export function cheapestMix(gap: number, options: readonly GapOption[]): CheapestMix {
  const byCost = options
    .map((option, optionIndex) => ({ option, optionIndex }))
    .sort((a, b) => (a.option.unitCost ?? 0) - (b.option.unitCost ?? 0));
  const parts: MixPart[] = [];
  let remaining = gap;
  let addedCapacity = 0;
  let cost = 0;
  for (const { option, optionIndex } of byCost) {
    if (remaining <= 0) break;
    if (option.capacity <= 0) continue;
    const quantity = Math.min(remaining, option.capacity);
    const unitCost = option.unitCost ?? 0;
    parts.push({ optionIndex, name: option.name, quantity, unitCost });
    addedCapacity += option.capacity;
    cost += quantity * unitCost;
    remaining -= quantity;
  }
  const gapFilled = gap - remaining;
  return {
    parts,
    addedCapacity,
    gapFilled,
    remainingGap: remaining,
    fillRate: gapFilled / gap,
    cost,
  };
}

function checkGapInput(demand: number, supply: number, options: readonly GapOption[]): Problem[] {
  const problems: Problem[] = [];
  const checkAmount = (value: number, argument: string, index?: number): void => {
    if (Number.isNaN(value) || !Number.isFinite(value)) {
      problems.push({
        kind: "notANumber",
        errorClass: "#NUM!",
        argument,
        found: String(value),
        ...(index === undefined ? {} : { index }),
      });
    } else if (value < 0) {
      problems.push({
        kind: "negative",
        errorClass: "#VALUE!",
        argument,
        found: String(value),
        ...(index === undefined ? {} : { index }),
      });
    }
  };
  checkAmount(demand, "demand");
  checkAmount(supply, "supply");
  options.forEach((option, index) => {
    if (option.name.trim() === "") {
      problems.push({ kind: "empty", errorClass: "#VALUE!", argument: "option_names", index });
    }
    checkAmount(option.capacity, "option_capacities", index);
    if (option.unitCost !== undefined) checkAmount(option.unitCost, "option_unit_costs", index);
  });
  return problems;
}
