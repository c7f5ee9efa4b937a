/**
 * The supply review on families that share a resource: 10 families × 36 months on one workforce
 * (each family its own hours a unit), solved in one linear program.
 *
 * - Node: the engine's `supplyReview` with HiGHS's WebAssembly, from the TypeScript source
 *   (bench/register.cjs): the same code the pane bundles, which Node cannot load as it is.
 * - Chromium: the playground opens the workbook below (an .xlsx a planner could have), Optimize
 *   supply plan is clicked, and the pane's own "Solved in … ms" is read: the optimum and its three
 *   baselines, in the built bundle, in the page.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  emptyPlan,
  sharedSupplyPlan,
  supplyReview,
  type PlanInput,
  type PlanParameters,
} from "../src/engine";
import { loadSolver } from "../src/solver/highs";
import { ROOT } from "../test/e2e/support/environment";
import { RED_TOMATO_ROWS } from "../test/support/redTomato";
import { openInPlayground, withChromium } from "./playground";

export const SHARED_FAMILIES = 10;
export const SHARED_PERIODS = 36;

/**
 * One workforce for every family: Red Tomato's costs (Chopra & Meindl ch. 8), its workforce sized
 * for the total; each family's hours a unit below, and no end-stock floor.
 */
const PLANT: readonly (readonly [string, number])[] = [
  ["workforce_start", 400],
  ...RED_TOMATO_ROWS.filter(
    ([name]) => name !== "workforce_start" && name !== "hours_per_unit" && name !== "end_stock_min"
  ),
];

/** Hours a unit of each family: 3 to 5, so that the families compete for the hours unequally. */
const hoursOf = (f: number): number => 3 + (f % 3);

function demandOf(f: number, t: number): number {
  const season = 1 + 0.3 * Math.sin((2 * Math.PI * (t + f)) / 12);
  return Math.round((1200 + 150 * f) * season);
}

export function sharedCase(): {
  plan: PlanInput;
  parameters: PlanParameters[];
  resources: string[];
} {
  const plan = emptyPlan(SHARED_FAMILIES, SHARED_PERIODS);
  for (let f = 0; f < SHARED_FAMILIES; f++) {
    for (let t = 0; t < SHARED_PERIODS; t++) {
      const cell = f * SHARED_PERIODS + t;
      plan.forecast[cell] = demandOf(f, t);
      plan.production[cell] = demandOf(f, t);
      plan.capacity[cell] = 20_000;
    }
    plan.openingStock[f] = 500;
  }
  const base = Object.fromEntries(PLANT) as PlanParameters;
  return {
    plan,
    parameters: Array.from({ length: SHARED_FAMILIES }, (_, f) => ({
      ...base,
      hours_per_unit: hoursOf(f),
    })),
    resources: Array.from({ length: SHARED_FAMILIES }, () => "Plant"),
  };
}

export interface SharedBench {
  /** Best of 5 runs of the optimum alone, and of the whole review (optimum + 3 baselines). */
  readonly optimumMs: number;
  readonly reviewMs: number;
  readonly cost: number;
}

export async function measureSharedNode(): Promise<SharedBench> {
  const solve = await loadSolver();
  const input = sharedCase();
  const { plan } = input;
  // The optimum alone: every family in one program (orders are 0: the forecast is the demand).
  const families = input.parameters.map((parameters, f) => ({
    demand: plan.forecast.subarray(f * SHARED_PERIODS, (f + 1) * SHARED_PERIODS),
    openingStock: plan.openingStock[f] ?? 0,
    parameters,
    resource: input.resources[f] ?? "",
  }));
  let optimumMs = Infinity;
  let reviewMs = Infinity;
  let cost = NaN;
  for (let run = 0; run < 5; run++) {
    let started = performance.now();
    const optimum = sharedSupplyPlan(families, solve);
    optimumMs = Math.min(optimumMs, performance.now() - started);
    if (!optimum.ok) throw new Error(JSON.stringify(optimum.problems));
    cost = optimum.value.cost;
    started = performance.now();
    const review = supplyReview(input, solve);
    reviewMs = Math.min(reviewMs, performance.now() - started);
    if (!review.ok) throw new Error(JSON.stringify(review.problems));
  }
  return { optimumMs, reviewMs, cost };
}

/** The shared case as an .xlsx: one sheet, every contract name, parameters in one column for all. */
async function sharedWorkbook(file: string): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  const { plan } = sharedCase();
  const month = (i: number): string =>
    `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  const col = (n: number): string =>
    n <= 26
      ? String.fromCharCode(64 + n)
      : `${String.fromCharCode(64 + Math.floor((n - 1) / 26))}${String.fromCharCode(65 + ((n - 1) % 26))}`;
  const last = col(1 + SHARED_PERIODS);
  sheet.addRow(["Period", ...Array.from({ length: SHARED_PERIODS }, (_, t) => month(t))]);
  const rows = (series: Float64Array, f: number) =>
    Array.from(series.subarray(f * SHARED_PERIODS, (f + 1) * SHARED_PERIODS));
  for (let f = 0; f < SHARED_FAMILIES; f++)
    sheet.addRow([`Family ${f + 1}`, ...rows(plan.forecast, f)]);
  const production = SHARED_FAMILIES + 3;
  for (let f = 0; f < SHARED_FAMILIES; f++) {
    sheet.getRow(production + f).values = [`Family ${f + 1}`, ...rows(plan.production, f)];
  }
  const other = production + SHARED_FAMILIES + 1;
  sheet.getRow(other).values = [
    "Capacity",
    20_000,
    "Safety stock",
    0,
    "Opening stock",
    500,
    "Resource",
    "Plant",
  ];
  const parameters = other + 2;
  const rowsOfParameters = [...PLANT, ["hours_per_unit", 4] as const];
  rowsOfParameters.forEach(([name, value], i) => {
    sheet.getRow(parameters + i).values = [name, value];
  });
  const names: [string, string][] = [
    ["SOP_Periods", `Plan!$B$1:$${last}$1`],
    ["SOP_Families", `Plan!$A$2:$A$${1 + SHARED_FAMILIES}`],
    ["SOP_Forecast", `Plan!$B$2:$${last}$${1 + SHARED_FAMILIES}`],
    ["SOP_Production", `Plan!$B$${production}:$${last}$${production + SHARED_FAMILIES - 1}`],
    ["SOP_Capacity", `Plan!$B$${other}`],
    ["SOP_SafetyStock", `Plan!$D$${other}`],
    ["SOP_OpeningStock", `Plan!$F$${other}`],
    ["SOP_Resources", `Plan!$H$${other}`],
    ["SOP_PlanParameters", `Plan!$A$${parameters}:$B$${parameters + rowsOfParameters.length - 1}`],
  ];
  for (const [name, reference] of names) workbook.definedNames.add(reference, name);
  await workbook.xlsx.writeFile(file);
}

/** Optimize supply plan in the playground on the shared case: the pane's solve time, in ms. */
export async function measureSharedChromium(): Promise<number | string> {
  const file = path.join(ROOT, "test-results", "bench-supply.xlsx");
  mkdirSync(path.dirname(file), { recursive: true });
  await sharedWorkbook(file);
  return withChromium(async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await openInPlayground(page, url, file);
    const pane = page.getByRole("main");
    await pane.getByRole("tab", { name: /Supply review/ }).click();
    await pane.getByRole("button", { name: "Optimize supply plan", exact: true }).click();
    const solved = pane.getByText(/^Solved in [\d,]+ ms/);
    await solved.waitFor({ timeout: 120_000 });
    const text = (await solved.textContent()) ?? "";
    await context.close();
    return Number(/Solved in ([\d,]+) ms/.exec(text)?.[1]?.replace(/,/g, "") ?? NaN);
  });
}
