/**
 * The supply review of a plan (seed 004: "生成初步受制约的销售和运营计划和资源短缺清单"): the
 * cheapest plan for every family at once, families of one resource sharing it; the resource
 * shortage list; and the planner's own production, the level and the chase plans costed under the
 * same model (or why each cannot be made), as named baselines.
 */
import { balancePlan } from "../balance";
import type { PlanInput } from "../plan";
import { failure, success, type Outcome } from "../problems";
import {
  chaseProduction,
  levelProduction,
  sharedSupplyPlan,
  shortageList,
  type FamilySupply,
  type SharedSupplyPlan,
  type ShortageLine,
} from "./aggregate";
import type { LpSolver } from "./lp";
import type { PlanParameters } from "./parameters";

export interface SupplyReviewInput {
  /** Forecast and orders give the demand to meet (effective demand); production is the planner's. */
  readonly plan: PlanInput;
  /** One per family. */
  readonly parameters: readonly PlanParameters[];
  /** One per family: families naming the same resource share it; undefined: a resource of its own. */
  readonly resources: readonly (string | undefined)[];
}

/** The plans the optimum is compared with. */
export const BASELINES = ["planner", "level", "chase"] as const;
export type Baseline = (typeof BASELINES)[number];

export interface SupplyReview {
  /** Effective demand, F × N family-major: what every plan meets. */
  readonly demand: Float64Array;
  readonly optimized: SharedSupplyPlan;
  /**
   * Each family's cost per period, F × N, with its share of a shared resource's wages and hiring:
   * in proportion to the hours (units, without a workforce) it made on the resource that period,
   * evenly when none did. The cells add up to the plan's cost.
   */
  readonly familyCosts: Float64Array;
  readonly shortage: readonly ShortageLine[];
  /** Each baseline's cheapest way to be made under the same model, or why it cannot be. */
  readonly baselines: Readonly<Record<Baseline, Outcome<SharedSupplyPlan>>>;
  /** Each baseline's production, F × N. */
  readonly production: Readonly<Record<Baseline, Float64Array>>;
}

export function supplyReview(input: SupplyReviewInput, solve: LpSolver): Outcome<SupplyReview> {
  const { plan } = input;
  const balance = balancePlan(plan);
  if (!balance.ok) return failure(balance.problems);
  const { families, periods } = plan;
  const demand = balance.value.effectiveDemand;
  const row = (series: Float64Array, f: number) => series.subarray(f * periods, (f + 1) * periods);
  const inputs: FamilySupply[] = Array.from({ length: families }, (_, f) => {
    const resource = input.resources[f];
    return {
      demand: row(demand, f),
      openingStock: plan.openingStock[f] as number,
      safetyStock: row(plan.safetyStock, f),
      parameters: input.parameters[f] ?? {},
      ...(resource === undefined ? {} : { resource }),
    };
  });
  const optimized = sharedSupplyPlan(inputs, solve);
  if (!optimized.ok) return optimized;
  const joined = (make: (family: FamilySupply, f: number) => ArrayLike<number>) => {
    const out = new Float64Array(families * periods);
    inputs.forEach((family, f) => {
      out.set(Array.from(make(family, f)), f * periods);
    });
    return out;
  };
  const production: Record<Baseline, Float64Array> = {
    planner: Float64Array.from(plan.production),
    level: joined((family) => levelProduction(family)),
    chase: joined((family) => chaseProduction(family)),
  };
  const costed = (made: Float64Array) =>
    sharedSupplyPlan(
      inputs.map((family, f) => ({ ...family, production: row(made, f) })),
      solve
    );
  return success({
    demand,
    optimized: optimized.value,
    familyCosts: familyCosts(optimized.value, input.parameters, periods),
    shortage: shortageList(optimized.value),
    baselines: {
      planner: costed(production.planner),
      level: costed(production.level),
      chase: costed(production.chase),
    },
    production,
  });
}

function familyCosts(
  plan: SharedSupplyPlan,
  parameters: readonly PlanParameters[],
  periods: number
): Float64Array {
  const costs = new Float64Array(plan.families.length * periods);
  plan.families.forEach((family, f) => {
    family.periods.forEach((period, t) => {
      costs[f * periods + t] = period.cost;
    });
  });
  for (const resource of plan.resources) {
    if (resource.families.length < 2) continue;
    resource.periods.forEach((shared, t) => {
      const hours = resource.families.map((f) => {
        const period = plan.families[f]?.periods[t];
        const perUnit = resource.hours ? (parameters[f]?.hours_per_unit ?? 1) : 1;
        return period === undefined ? 0 : perUnit * (period.regular + period.overtime);
      });
      const total = hours.reduce((sum, h) => sum + h, 0);
      resource.families.forEach((f, i) => {
        const share = total > 0 ? (hours[i] ?? 0) / total : 1 / resource.families.length;
        costs[f * periods + t] = (costs[f * periods + t] ?? 0) + share * shared.cost;
      });
    });
  }
  return costs;
}
