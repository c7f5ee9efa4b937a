import {
  fillOpeningStock,
  freeName,
  isPerPeriod,
  nextPeriodLabel,
  nextPeriodSerial,
  PLAN_SERIES,
  rolledOpeningStock,
  rollPeriodLabels,
  shiftPeriods,
  type PlanBalance,
} from "../engine";
import { translate, type Language } from "../i18n";
import type { RollForwardPlan, RunOptions, SopName, WorkbookProblem, Refused } from "../workbook";
import {
  isDateCell,
  lineCells,
  periodAxis,
  periodLabel,
  readStockPerFamily,
  type PlanData,
  type RangeReads,
  SERIES_NAMES,
} from "./sheets/inputs";
import { RESULTS_COLUMN, type StoreIndex } from "./sheets/versionStore";
import type { InputUse, Resolution } from "./workbookAccess";
import {
  fail,
  indexOf,
  loadPlan,
  queueRangeWrite,
  queueStore,
  type StoreReads,
} from "./versionReads";
import { statisticalOf, storeVersion } from "./versionSave";
import { queueStatistical, type StatisticalReader } from "./demandWorkbook";
import { balanceWith } from "./whatIfPlan";

/** Roll forward: the plan saved as a version, then every range moved on by one period. */

/** Roll forward saves a version (options and all) and reads the actual closing stock. */
const ROLL_USE: InputUse = { options: "ifDefined", actualClosing: true };

interface PreparedRoll {
  readonly ok: true;
  readonly plan: RollForwardPlan;
  readonly loaded: { resolution: Resolution; reads: RangeReads; plan: PlanData };
  readonly balance: PlanBalance;
  readonly store: StoreReads;
  readonly index: StoreIndex;
  /** The new values of every range that moves. */
  readonly writes: readonly { readonly name: SopName; readonly values: unknown[][] }[];
  /** The demand review's statistical forecast for the plan, saved with its version. */
  readonly statistical: readonly number[] | undefined;
}

export async function prepareRollForward(
  context: Excel.RequestContext,
  language: Language
): Promise<PreparedRoll | Refused> {
  let store: StoreReads = { zones: new Map() };
  let statistical: StatisticalReader = () => undefined;
  const loaded = await loadPlan(context, ROLL_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
    statistical = queueStatistical(context, resolution);
  });
  if (!loaded.ok) return loaded;
  const balanced = balanceWith(loaded.plan, []);
  if (!balanced.ok) return balanced;
  const { plan } = loaded;
  const { reads } = loaded;
  const { families, periods } = plan.input;
  const periodsRead = reads.SOP_Periods;
  const forecastRead = reads.SOP_Forecast;
  if (!periodsRead || !forecastRead) return fail([{ kind: "missingName", range: "SOP_Periods" }]);
  const axis = periodAxis(periodsRead, forecastRead);

  // The label of the new last period, of the same kind as the others.
  const cells = lineCells(periodsRead) ?? [];
  const last = cells.at(-1);
  const dates = cells.length > 0 && cells.every((cell) => isDateCell(cell.value, cell.format));
  const next = dates
    ? nextPeriodSerial(cells.map((cell) => cell.value as number))
    : nextPeriodLabel(plan.periods);
  if (!next.ok) {
    return fail([
      {
        kind: "nextPeriodUnknown",
        range: "SOP_Periods",
        ...(last ? { cell: last.address } : {}),
        found: plan.periods.at(-1) ?? "",
      },
    ]);
  }
  const nextLabel = dates ? periodLabel(next.value, last?.format) : String(next.value);

  // Opening stock: the actual closing of the period that drops out, or the projected one.
  const problems: WorkbookProblem[] = [];
  const actualRead = reads.SOP_ActualClosing;
  const actual = actualRead
    ? readStockPerFamily(actualRead, "SOP_ActualClosing", families, problems)
    : undefined;
  if (problems.length > 0) return fail(problems);
  const opening = rolledOpeningStock(balanced.balance.closingStock, families, periods, actual);

  const writes: { name: SopName; values: unknown[][] }[] = [];
  // Periods: drop the first label, add the next.
  const labelValues = rollPeriodLabels(periodsRead.values, axis, periods, next.value);
  if (labelValues) writes.push({ name: "SOP_Periods", values: labelValues });
  for (const series of PLAN_SERIES) {
    const name = SERIES_NAMES[series];
    const read = reads[name];
    // One cell, or one per family, holds for every period: it stays.
    const moved =
      read && isPerPeriod(read.values, axis, families, periods)
        ? shiftPeriods(read.values, axis, periods)
        : undefined;
    if (moved) writes.push({ name, values: moved });
  }
  const openingRead = reads.SOP_OpeningStock;
  if (openingRead) {
    const filled = fillOpeningStock(openingRead.values, opening);
    if (!filled) {
      return fail([
        {
          kind: "shapeMismatch",
          range: "SOP_OpeningStock",
          found: "1 × 1",
          expected: String(families),
          rule: "closingPerFamily",
        },
      ]);
    }
    writes.push({ name: "SOP_OpeningStock", values: filled });
  }

  const index = indexOf(store);
  const firstLabel = plan.periods[0] ?? "";
  const openingStock = opening.map((to, family) => ({
    family:
      plan.families[family] === ""
        ? translate(language, "wb.allProducts")
        : (plan.families[family] ?? ""),
    from: plan.input.openingStock[family] ?? 0,
    to,
  }));
  return {
    ok: true,
    plan: {
      versionName: freeName(
        firstLabel,
        index.versions.map((v) => v.info.name)
      ),
      from: { first: firstLabel, last: plan.periods.at(-1) ?? "" },
      to: { first: plan.periods[1] ?? nextLabel, last: nextLabel },
      openingStock,
      openingSource: actual ? "actual" : "projected",
    },
    loaded,
    balance: balanced.balance,
    store,
    index,
    writes,
    statistical: statistical(loaded.plan),
  };
}

export async function rollForward(
  context: Excel.RequestContext,
  options: RunOptions,
  clock: () => Date
) {
  options.onProgress?.("reading");
  const prepared = await prepareRollForward(context, options.language);
  if (!prepared.ok) return prepared;
  const { loaded, plan, index, store } = prepared;
  // The version first, in its own request: if the move fails, the plan it moved is kept.
  const stored = await storeVersion(context, loaded, store, index, options, {
    name: plan.versionName,
    note: "",
    adjustments: [],
    plan: loaded.plan,
    balance: prepared.balance,
    savedAt: clock(),
    ...statisticalOf(prepared.statistical),
  });
  if (!stored.ok) return stored;
  context.application.suspendApiCalculationUntilNextSync();
  for (const write of prepared.writes) {
    const resolved = loaded.resolution.resolved[write.name];
    if (resolved) queueRangeWrite(context, write.name, resolved, write.values);
  }
  await context.sync();
  options.onProgress?.("done");
  return { ok: true as const, plan, version: stored.version };
}
