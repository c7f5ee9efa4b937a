import type { PlanBalance } from "../engine";
import type {
  RunOptions,
  VersionApproval,
  VersionInfo,
  VersionsOutcome,
  WhatIfAdjustment,
  WorkbookProblem,
  Refused,
} from "../workbook";
import type { PlanData, RangeReads } from "./sheets/inputs";
import { queueStatistical, type StatisticalReader } from "./demandWorkbook";
import { summarize } from "./sheets/tables";
import {
  encodeVersionRow,
  MAX_VERSION_BYTES,
  MAX_VERSIONS,
  NAME_COLUMN,
  RESULTS_COLUMN,
  resultsOf,
  STORE_FORMAT,
  STORE_TITLE,
  STORE_WIDTH,
  versionId,
  type StoreIndex,
  type VersionInputs,
} from "./sheets/versionStore";
import { loadWith, markSheet, targetSheet, type Resolution } from "./workbookAccess";
import {
  fail,
  findVersion,
  indexOf,
  loadPlan,
  queueStore,
  type StoreReads,
  VERSION_USE,
} from "./versionReads";
import { balanceWith } from "./whatIfPlan";

/** Listing, saving, renaming and deleting versions in the `S&OP Versions` store. */

export async function listVersions(context: Excel.RequestContext): Promise<VersionsOutcome> {
  let store: StoreReads = { zones: new Map() };
  await loadWith(context, undefined, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
  });
  return listed(indexOf(store));
}

function listed(index: StoreIndex): VersionsOutcome {
  return { ok: true, versions: index.versions.map((v) => v.info), limit: MAX_VERSIONS };
}

function nameProblem(
  name: string,
  index: StoreIndex,
  except?: string
): WorkbookProblem | undefined {
  if (name === "") return { kind: "versionNameBlank", range: "workbook" };
  const taken = index.versions.some(
    (v) => v.info.id !== except && v.info.name.toLowerCase() === name.toLowerCase()
  );
  return taken
    ? { kind: "versionNameTaken", range: "workbook", version: name, found: name }
    : undefined;
}

interface NewVersion {
  readonly info: VersionInfo;
  readonly cells: readonly (string | number)[];
  readonly row: number;
}

/** Builds the store row of a version, refusing a full store or a plan too large to store. */
function newVersion(
  index: StoreIndex,
  name: string,
  note: string,
  adjustments: readonly WhatIfAdjustment[],
  plan: PlanData,
  balance: PlanBalance,
  inputs: VersionInputs,
  savedAt: Date,
  statistical?: readonly number[],
  approval?: VersionApproval
): { ok: true; version: NewVersion } | Refused {
  const row = index.freeRow;
  if (row === undefined) {
    return fail([
      {
        kind: "versionLimit",
        range: "workbook",
        version: name,
        found: String(index.versions.length),
        expected: String(MAX_VERSIONS),
      },
    ]);
  }
  const info: VersionInfo = {
    id: versionId(row, savedAt),
    name,
    note,
    savedAt: savedAt.toISOString(),
    families: plan.input.families,
    periods: plan.input.periods,
    firstPeriod: plan.periods[0] ?? "",
    lastPeriod: plan.periods.at(-1) ?? "",
    adjustments,
    ...(approval ? { approval } : {}),
  };
  const encoded = encodeVersionRow(info, resultsOf(plan, balance, statistical), inputs);
  if (!encoded.ok) {
    return fail([
      {
        kind: "versionTooLarge",
        range: "workbook",
        version: name,
        found: encoded.bytes.toLocaleString("en-US"),
        expected: MAX_VERSION_BYTES.toLocaleString("en-US"),
      },
    ]);
  }
  return { ok: true, version: { info, cells: encoded.cells, row } };
}

/** Queues the version row's write, creating the very hidden store sheet the first time. */
function queueVersionWrite(
  context: Excel.RequestContext,
  resolution: Resolution,
  store: StoreReads,
  version: NewVersion
): void {
  const { worksheets } = context.workbook;
  let worksheet: Excel.Worksheet;
  if (store.sheet === undefined) {
    worksheet = worksheets.add(targetSheet(resolution, "versions").sheet);
    worksheet.getRange("A1:B1").values = [[STORE_TITLE, STORE_FORMAT]];
    markSheet(context, resolution, "versions", worksheet);
    worksheet.visibility = "VeryHidden";
  } else {
    worksheet = worksheets.getItem(store.sheet);
  }
  const cells = worksheet.getRangeByIndexes(version.row, 0, 1, STORE_WIDTH);
  // Text: nothing stored may turn into a number, a date or a formula.
  cells.numberFormat = [new Array<string>(STORE_WIDTH).fill("@")];
  cells.values = [version.cells.map((cell) => (typeof cell === "number" ? String(cell) : cell))];
}

/** The content field of a statistical forecast, when there is one. */
export function statisticalOf(grid: readonly number[] | undefined): {
  statistical?: readonly number[];
} {
  return grid ? { statistical: grid } : {};
}

/** What a version stores besides the inputs it was read from. */
interface VersionContent {
  readonly name: string;
  readonly note: string;
  readonly adjustments: readonly WhatIfAdjustment[];
  readonly plan: PlanData;
  readonly balance: PlanBalance;
  readonly savedAt: Date;
  /** The demand review's statistical forecast for the plan's periods, F × N, when there is one. */
  readonly statistical?: readonly number[];
  /** Approve plan's: who approved it, when, its frozen periods. */
  readonly approval?: VersionApproval;
}

/** Builds a version's store row and writes it in a request of its own (one round trip). */
export async function storeVersion(
  context: Excel.RequestContext,
  loaded: { readonly resolution: Resolution; readonly reads: RangeReads },
  store: StoreReads,
  index: StoreIndex,
  options: RunOptions,
  content: VersionContent
): Promise<{ ok: true; version: VersionInfo } | Refused> {
  const built = newVersion(
    index,
    content.name,
    content.note,
    content.adjustments,
    content.plan,
    content.balance,
    loaded.reads,
    content.savedAt,
    content.statistical,
    content.approval
  );
  if (!built.ok) return built;
  options.onProgress?.("writing");
  queueVersionWrite(context, loaded.resolution, store, built.version);
  await context.sync();
  return { ok: true, version: built.version.info };
}

export async function saveVersion(
  context: Excel.RequestContext,
  request: {
    readonly name: string;
    readonly note: string;
    readonly adjustments?: readonly WhatIfAdjustment[];
  },
  options: RunOptions,
  clock: () => Date
) {
  const name = request.name.trim();
  if (name === "") return fail([{ kind: "versionNameBlank", range: "workbook" }]);
  options.onProgress?.("reading");
  let store: StoreReads = { zones: new Map() };
  let statistical: StatisticalReader = () => undefined;
  const loaded = await loadPlan(context, VERSION_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
    statistical = queueStatistical(context, resolution);
  });
  if (!loaded.ok) return loaded;
  options.onProgress?.("computing");
  const adjustments = request.adjustments ?? [];
  const balanced = balanceWith(loaded.plan, adjustments);
  if (!balanced.ok) return balanced;
  const index = indexOf(store);
  const problem = nameProblem(name, index);
  if (problem) return fail([problem]);
  const stored = await storeVersion(context, loaded, store, index, options, {
    name,
    note: request.note.trim(),
    adjustments,
    plan: balanced.plan,
    balance: balanced.balance,
    savedAt: clock(),
    ...statisticalOf(statistical(loaded.plan)),
  });
  if (!stored.ok) return stored;
  options.onProgress?.("done");
  return {
    ok: true as const,
    version: stored.version,
    summary: summarize(balanced.plan, balanced.balance, options.language),
  };
}

export async function renameVersion(
  context: Excel.RequestContext,
  id: string,
  newName: string
): Promise<VersionsOutcome> {
  const found = await findVersion(context, id);
  if (!found.ok) return found;
  const name = newName.trim();
  const problem = nameProblem(name, found.index, id);
  if (problem) return fail([problem]);
  const cell = context.workbook.worksheets
    .getItem(found.store.sheet ?? "")
    .getRangeByIndexes(found.version.row, NAME_COLUMN, 1, 1);
  cell.values = [[name]];
  await context.sync();
  return listed({
    ...found.index,
    versions: found.index.versions.map((v) =>
      v.info.id === id ? { ...v, info: { ...v.info, name } } : v
    ),
  });
}

export async function deleteVersion(
  context: Excel.RequestContext,
  id: string
): Promise<VersionsOutcome> {
  const found = await findVersion(context, id);
  if (!found.ok) return found;
  context.workbook.worksheets
    .getItem(found.store.sheet ?? "")
    .getRangeByIndexes(found.version.row, 0, 1, STORE_WIDTH)
    .clear("Contents");
  await context.sync();
  return listed({
    ...found.index,
    versions: found.index.versions.filter((v) => v.info.id !== id),
  });
}
