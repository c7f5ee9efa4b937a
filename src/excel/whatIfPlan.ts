import {
  applyAdjustments,
  balancePlan,
  type Adjustment,
  type PlanBalance,
  type PlanSeries,
} from "../engine";
import type { SopName, WhatIfAdjustment, WorkbookProblem, Refused } from "../workbook";
import type { PlanData } from "./sheets/inputs";
import { toWorkbookProblem } from "./workbookAccess";
import { fail } from "./versionReads";

/** What-if on the Excel layer's plan: the planner's adjustments (labels) applied and balanced. */

/** Plan series a what-if target changes. */
export const TARGET_SERIES: Readonly<Record<Adjustment["target"], readonly PlanSeries[]>> = {
  demand: ["forecast", "orders"],
  forecast: ["forecast"],
  orders: ["orders"],
  production: ["production"],
  capacity: ["capacity"],
};

/** Adjustments as planners wrote them (labels) into the engine's (indexes). */
function engineAdjustments(
  adjustments: readonly WhatIfAdjustment[],
  plan: PlanData
): { ok: true; adjustments: Adjustment[] } | Refused {
  const problems: WorkbookProblem[] = [];
  const periodIndex = (label: string, range: SopName): number => {
    const index = plan.periods.indexOf(label);
    if (index < 0) problems.push({ kind: "unknownPeriod", range, found: label });
    return index;
  };
  const result = adjustments.map((adjustment): Adjustment => {
    const families = adjustment.families.map((family) => {
      const index = plan.families.indexOf(family);
      if (index < 0) problems.push({ kind: "unknownFamily", range: "SOP_Families", found: family });
      return index;
    });
    return {
      target: adjustment.target,
      mode: adjustment.mode,
      amount: adjustment.amount,
      families,
      fromPeriod: periodIndex(adjustment.fromPeriod, "SOP_Periods"),
      toPeriod: periodIndex(adjustment.toPeriod, "SOP_Periods"),
    };
  });
  return problems.length > 0 ? fail(problems) : { ok: true, adjustments: result };
}

export function adjustedPlan(
  plan: PlanData,
  adjustments: readonly WhatIfAdjustment[]
): { ok: true; plan: PlanData } | Refused {
  if (adjustments.length === 0) return { ok: true, plan };
  const converted = engineAdjustments(adjustments, plan);
  if (!converted.ok) return converted;
  const outcome = applyAdjustments(plan.input, converted.adjustments);
  if (!outcome.ok) {
    return fail(
      outcome.problems.map((problem) => ({
        kind: "invalidAdjustment",
        range: "workbook",
        position: (problem.index ?? 0) + 1,
        argument: problem.argument,
        found: problem.found ?? "",
        ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
        ...(problem.rule !== undefined ? { rule: problem.rule } : {}),
      }))
    );
  }
  return { ok: true, plan: { ...plan, input: outcome.value } };
}

export function balanceWith(
  plan: PlanData,
  adjustments: readonly WhatIfAdjustment[]
): { ok: true; plan: PlanData; balance: PlanBalance } | Refused {
  const adjusted = adjustedPlan(plan, adjustments);
  if (!adjusted.ok) return adjusted;
  const outcome = balancePlan(adjusted.plan.input);
  if (!outcome.ok) return fail(outcome.problems.map(toWorkbookProblem));
  return { ok: true, plan: adjusted.plan, balance: outcome.value };
}
