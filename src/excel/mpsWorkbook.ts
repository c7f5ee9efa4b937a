import {
  approvedOfCycle,
  freeName,
  frozenChanges,
  previousApproved,
  type PlanBalance,
  type ProductionPlan,
} from "../engine";
import { translate } from "../i18n";
import type {
  ApprovalPreview,
  ApprovalPreviewOutcome,
  ApproveOutcome,
  PlanningWorkbook,
  Refused,
  RunOptions,
  VersionApproval,
} from "../workbook";
import { queueStatistical, type StatisticalReader } from "./demandWorkbook";
import type { PlanData, RangeReads } from "./sheets/inputs";
import { mpsCsv, mpsSheet, readFrozenPeriods } from "./sheets/mps";
import { stamp } from "./sheets/tables";
import { decodeResults, RESULTS_COLUMN, rowOfVersionId } from "./sheets/versionStore";
import { statisticalOf, storeVersion } from "./versionSave";
import {
  fail,
  indexOf,
  loadPlan,
  queueStore,
  queueZones,
  storedVersion,
  VERSION_USE,
  type StoreReads,
} from "./versionReads";
import { balanceWith } from "./whatIfPlan";
import { writeOutput, type ExcelHost, type Resolution } from "./workbookAccess";

/**
 * The Execute step's Approve plan (seed 004: the approved plan becomes the master production
 * schedule): saves the current plan as the cycle's approved version with who and when, writes
 * `S&OP MPS` (planned production per family × period, the first SOP_FrozenPeriods periods
 * flagged, the changes inside them against the earlier cycle's approved plan beside) and gives
 * the same as CSV. A preview says all of it before anything is written.
 */
export type MpsOperations = Pick<PlanningWorkbook, "previewApproval" | "approvePlan">;

export function createMpsOperations(host: ExcelHost, clock: () => Date): MpsOperations {
  return {
    previewApproval: (options) =>
      host.run(async (context): Promise<ApprovalPreviewOutcome> => {
        const prepared = await prepare(context, options);
        return prepared.ok ? { ok: true, preview: prepared.preview } : prepared;
      }),
    approvePlan: (request, options) =>
      host.run((context) => approve(context, request.approvedBy, options, clock)),
  };
}

interface Prepared {
  readonly ok: true;
  readonly resolution: Resolution;
  readonly reads: RangeReads;
  readonly plan: PlanData;
  readonly balance: PlanBalance;
  readonly store: StoreReads;
  readonly statistical: readonly number[] | undefined;
  readonly preview: ApprovalPreview;
  readonly oldTables: Excel.TableCollection | undefined;
}

/**
 * Reads the plan with the version index (one round trip after the names), the earlier cycle's
 * approved plan when there is one (one more), and works out what approving would do.
 */
async function prepare(
  context: Excel.RequestContext,
  options: RunOptions
): Promise<Prepared | Refused> {
  options.onProgress?.("reading");
  let store: StoreReads = { zones: new Map() };
  let statistical: StatisticalReader = () => undefined;
  let oldTables: Excel.TableCollection | undefined;
  const loaded = await loadPlan(context, VERSION_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
    statistical = queueStatistical(context, resolution);
    const own = resolution.ownSheets.mps;
    if (own !== undefined) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  });
  if (!loaded.ok) return loaded;
  options.onProgress?.("validating");
  const { plan } = loaded;
  const frozen = readFrozenPeriods(loaded.reads, plan.input.periods);
  if (!frozen.ok) return fail(frozen.problems);
  const balanced = balanceWith(plan, []);
  if (!balanced.ok) return balanced;

  const cycle = plan.periods[0] ?? "";
  const versions = indexOf(store).versions.map((v) => v.info);
  const before = approvedOfCycle(versions, cycle);
  const earlier = previousApproved(versions, cycle);
  let previous: ProductionPlan | undefined;
  if (earlier?.approval) {
    const row = rowOfVersionId(earlier.id);
    store = queueZones(context, store, row === undefined ? [] : [row], RESULTS_COLUMN);
    await context.sync();
    const found = storedVersion(store, earlier.id, decodeResults);
    if (!found.ok) return found;
    previous = found.data;
  }
  options.onProgress?.("computing");
  const current = { ...plan, production: plan.input.production };
  const changes = previous ? frozenChanges(current, previous, frozen.frozen) : [];
  const preview: ApprovalPreview = {
    cycle,
    // `Approved 2024-04`, or `Approved 2024-04 (2)` when this cycle was approved before.
    versionName: freeName(
      translate(options.language, "wb.mps.versionName", { cycle }),
      versions.map((v) => v.name)
    ),
    families: plan.input.families,
    periods: plan.input.periods,
    frozenPeriods: frozen.frozen,
    frozenLabels: plan.periods.slice(0, frozen.frozen),
    ...(before?.approval
      ? { approvedBefore: { name: before.name, approval: before.approval } }
      : {}),
    ...(earlier?.approval ? { previous: { name: earlier.name, approval: earlier.approval } } : {}),
    changes,
  };
  return {
    ok: true,
    resolution: loaded.resolution,
    reads: loaded.reads,
    plan: balanced.plan,
    balance: balanced.balance,
    store,
    statistical: statistical(plan),
    preview,
    oldTables,
  };
}

async function approve(
  context: Excel.RequestContext,
  approvedBy: string,
  options: RunOptions,
  clock: () => Date
): Promise<ApproveOutcome> {
  const by = approvedBy.trim();
  if (by === "") return fail([{ kind: "approverBlank", range: "workbook" }]);
  const prepared = await prepare(context, options);
  if (!prepared.ok) return prepared;
  const { preview, plan } = prepared;
  const { language } = options;
  const now = clock();
  const approval: VersionApproval = {
    by,
    at: now.toISOString(),
    frozenPeriods: preview.frozenPeriods,
  };
  const index = indexOf(prepared.store);
  const stored = await storeVersion(context, prepared, prepared.store, index, options, {
    name: preview.versionName,
    note: translate(language, "wb.mps.versionNote", { by, time: stamp(now) }),
    adjustments: [],
    plan,
    balance: prepared.balance,
    savedAt: now,
    ...statisticalOf(prepared.statistical),
    approval,
  });
  if (!stored.ok) return stored;
  const record = { cycle: preview.cycle, version: preview.versionName, approval };
  const sheet = mpsSheet(plan, preview, record, language);
  const written = await writeOutput(
    context,
    prepared.resolution,
    "mps",
    sheet,
    prepared.oldTables,
    { cycle: preview.cycle }
  );
  options.onProgress?.("done");
  return {
    ok: true,
    ...written,
    version: stored.version,
    preview,
    csv: {
      fileName: `S&OP MPS ${preview.cycle}.csv`,
      bytes: mpsCsv(plan, preview.frozenPeriods, record, language),
    },
  };
}
