import { supplyReview, type LpSolver, type SupplyReview } from "../engine";
import type {
  PlanningWorkbook,
  RangeChange,
  RunOptions,
  SolverLoader,
  SupplyOutcome,
  UseSupplyOutcome,
  WorkbookProblem,
  UseSupplyPreview,
} from "../workbook";
import { messageOf } from "../workbook";
import { interpretInputs, periodAxis, type PlanData, type RangeReads } from "./sheets/inputs";
import { inputsFingerprint, SUPPLY_INPUT_NAMES } from "./sheets/stamps";
import { interpretSupply, supplyProblems, supplySheet } from "./sheets/supply";
import { rangeChange } from "./versionRestore";
import {
  readInputs,
  sourcesLine,
  writeOutput,
  type ExcelHost,
  type InputUse,
  type Resolution,
} from "./workbookAccess";

/**
 * The supply review's operations: Optimize supply plan (reads the plan with SOP_PlanParameters and
 * SOP_Resources, solves every family in one linear program and writes `S&OP Supply Plan`), and Use
 * optimized plan (writes its total production into SOP_Production, after a preview).
 */
export type SupplyOperations = Pick<
  PlanningWorkbook,
  "optimizeSupply" | "previewUseSupplyPlan" | "useOptimizedPlan"
>;

const SUPPLY_USE: InputUse = { options: "no", actualClosing: false, supply: "required" };

type Refusal = { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

export function createSupplyOperations(
  host: ExcelHost,
  clock: () => Date,
  solver: SolverLoader | undefined
): SupplyOperations {
  /** The solver, loaded once per call (the loader keeps it), or why it cannot be. */
  const withSolver = async <T>(run: (solve: LpSolver) => Promise<T>): Promise<T | Refusal> => {
    let solve: LpSolver;
    try {
      if (!solver) throw new Error("no solver in this host");
      solve = await solver();
    } catch (error) {
      return {
        ok: false,
        problems: [{ kind: "solverUnavailable", range: "workbook", found: messageOf(error) }],
      };
    }
    return run(solve);
  };
  return {
    optimizeSupply: (options) =>
      withSolver((solve) => host.run((context) => optimize(context, options, clock, solve))),
    previewUseSupplyPlan: () =>
      withSolver((solve) =>
        host.run(async (context): Promise<UseSupplyPreview> => {
          const prepared = await prepareUse(context, solve);
          return prepared.ok ? { ok: true, change: prepared.change } : prepared;
        })
      ),
    useOptimizedPlan: (options) =>
      withSolver((solve) => host.run((context) => useOptimized(context, options, solve))),
  };
}

interface Reviewed {
  readonly ok: true;
  readonly resolution: Resolution;
  readonly reads: RangeReads;
  readonly plan: PlanData;
  readonly review: SupplyReview;
  readonly solveMs: number;
}

/** Reads and checks every input the review uses, then solves: the review, or every problem. */
async function readAndReview(
  context: Excel.RequestContext,
  solve: LpSolver,
  clock: () => Date,
  options: RunOptions | undefined,
  alsoLoad?: (resolution: Resolution) => void
): Promise<Reviewed | Refusal> {
  const progress = options?.onProgress ?? (() => undefined);
  progress("reading");
  const read = await readInputs(context, SUPPLY_USE, alsoLoad);
  if (!read.ok) return read;
  const { resolution, reads } = read;
  progress("validating");
  const interpretation = interpretInputs(reads, { withOptions: false });
  if (!interpretation.ok) return interpretation;
  const { plan } = interpretation;
  const supply = interpretSupply(reads, plan);
  if (!supply.ok) return supply;
  progress("computing");
  const started = clock().getTime();
  const review = supplyReview({ plan: plan.input, ...supply.data }, solve);
  const solveMs = clock().getTime() - started;
  if (!review.ok) return { ok: false, problems: supplyProblems(review.problems, reads) };
  return { ok: true, resolution, reads, plan, review: review.value, solveMs };
}

async function optimize(
  context: Excel.RequestContext,
  options: RunOptions,
  clock: () => Date,
  solve: LpSolver
): Promise<SupplyOutcome> {
  let oldTables: Excel.TableCollection | undefined;
  const reviewed = await readAndReview(context, solve, clock, options, (resolution) => {
    const own = resolution.ownSheets.supply;
    if (own !== undefined) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  });
  if (!reviewed.ok) return reviewed;
  const { resolution, reads, plan, review, solveMs } = reviewed;
  options.onProgress?.("writing");
  const layout = supplySheet(plan, review, {
    language: options.language,
    computedAt: clock(),
    sources: sourcesLine(resolution, SUPPLY_USE),
  });
  const written = await writeOutput(context, resolution, "supply", layout.output, oldTables, {
    cycle: plan.periods[0] ?? "",
    inputs: inputsFingerprint(reads, SUPPLY_INPUT_NAMES),
  });
  options.onProgress?.("done");
  return { ok: true, ...written, summary: { ...layout.summary, solveMs } };
}

interface PreparedUse {
  readonly ok: true;
  readonly change: RangeChange;
  readonly sheet: string;
  readonly block: { row: number; column: number; rows: number; columns: number };
  readonly values: unknown[][];
}

/**
 * The optimized total production in SOP_Production's shape, when `S&OP Supply Plan` was computed
 * from the inputs as they are (the solve is repeated: it is deterministic and takes milliseconds).
 */
async function prepareUse(
  context: Excel.RequestContext,
  solve: LpSolver
): Promise<PreparedUse | Refusal> {
  const reviewed = await readAndReview(context, solve, () => new Date(), undefined);
  if (!reviewed.ok) return reviewed;
  const { resolution, reads, plan, review } = reviewed;
  if (resolution.ownSheets.supply === undefined) {
    return { ok: false, problems: [{ kind: "supplyNotRun", range: "SOP_Production" }] };
  }
  if (resolution.stamps.supply?.inputs !== inputsFingerprint(reads, SUPPLY_INPUT_NAMES)) {
    return { ok: false, problems: [{ kind: "supplyStale", range: "SOP_Production" }] };
  }
  const target = resolution.resolved.SOP_Production;
  const current = reads.SOP_Production;
  const periodsRead = reads.SOP_Periods;
  const forecastRead = reads.SOP_Forecast;
  if (!target || !current || !periodsRead || !forecastRead) {
    return { ok: false, problems: [{ kind: "missingName", range: "SOP_Production" }] };
  }
  const { families, periods } = plan.input;
  const axis = periodAxis(periodsRead, forecastRead);
  const values = current.values.map((row) => [...row]);
  for (let f = 0; f < families; f++) {
    const made = review.optimized.families[f]?.periods;
    for (let t = 0; t < periods; t++) {
      const period = made?.[t];
      if (!period) continue;
      const [r, c] = axis === "columns" ? [f, t] : [t, f];
      const row = values[r];
      if (row) row[c] = period.regular + period.overtime + period.subcontract;
    }
  }
  return {
    ok: true,
    change: rangeChange("SOP_Production", target.sheet, target.block, current.values, values),
    sheet: target.sheet,
    block: target.block,
    values,
  };
}

async function useOptimized(
  context: Excel.RequestContext,
  _options: RunOptions,
  solve: LpSolver
): Promise<UseSupplyOutcome> {
  const prepared = await prepareUse(context, solve);
  if (!prepared.ok) return prepared;
  const { block } = prepared;
  context.workbook.worksheets
    .getItem(prepared.sheet)
    .getRangeByIndexes(block.row, block.column, block.rows, block.columns).values = prepared.values;
  await context.sync();
  return { ok: true, changedCells: prepared.change.cells };
}
