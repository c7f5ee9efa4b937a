/**
 * The supply plan through the built `SOP.PLAN` (dist/functions.js in its `node:vm` context, the
 * solver's WebAssembly fetched from dist/ as the runtime fetches it from the add-in's origin):
 * Chopra & Meindl's Red Tomato Tools, whose textbook optimum is $422,275.00, and the time of one
 * call against the horizon (12, 36, 120 periods, the Red Tomato parameters, seasonal demand).
 */
import {
  RED_TOMATO_DEMAND,
  RED_TOMATO_OPENING_STOCK,
  RED_TOMATO_OPTIMUM,
  RED_TOMATO_ROWS,
} from "../test/support/redTomato";
import type { FunctionsBundle } from "./bundle";

export { RED_TOMATO_OPTIMUM };

export interface PlanBench {
  /** The cost the built function gives Red Tomato: Σ of its cost row. */
  readonly redTomatoCost: number;
  /** Best milliseconds of one call, by horizon. */
  readonly byHorizon: readonly { readonly periods: number; readonly ms: number }[];
}

export async function measureSupplyPlan(bundle: FunctionsBundle): Promise<PlanBench> {
  const plan = bundle.functions.get("PLAN");
  if (!plan) throw new Error("dist/functions.js associated no PLAN");
  const call = (demand: readonly number[]) =>
    plan(
      bundle.inContext([demand]),
      RED_TOMATO_OPENING_STOCK,
      bundle.inContext(RED_TOMATO_ROWS),
      null,
      null
    ) as Promise<number[][]>;
  const rows = await call(RED_TOMATO_DEMAND);
  const redTomatoCost = (rows[8] ?? []).reduce((sum, cost) => sum + cost, 0);
  const byHorizon = [];
  for (const periods of [12, 36, 120]) {
    const demand = Array.from(
      { length: periods },
      (_, t) => 2600 + 1000 * Math.sin((2 * Math.PI * t) / 12)
    );
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await call(demand);
      best = Math.min(best, performance.now() - started);
    }
    byHorizon.push({ periods, ms: best });
  }
  return { redTomatoCost, byHorizon };
}
