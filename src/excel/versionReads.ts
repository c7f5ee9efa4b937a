import type { SopName, WorkbookProblem, Refused } from "../workbook";
import type { CellBlock } from "./sheets/addresses";
import { interpretInputs, type PlanData, type RangeReads } from "./sheets/inputs";
import {
  APPROVAL_COLUMN,
  decodeIndex,
  FIRST_VERSION_ROW,
  MAX_VERSIONS,
  RESULTS_COLUMN,
  rowOfVersionId,
  ZONE_CELLS,
  type IndexedVersion,
  type StoreIndex,
} from "./sheets/versionStore";
import { loadWith, readInputs, type InputUse, type Resolution } from "./workbookAccess";

/**
 * What every version operation reads first: the store's index and the zones of the rows it needs
 * (queued in the round trip that reads the inputs), the plan, a version by id; and the one way a
 * named range is written back.
 */

/** A refusal with these problems: nothing was written. */
export const fail = (problems: readonly WorkbookProblem[]): Refused => ({ ok: false, problems });

/** A version keeps every contract range the plan uses, and the gap options when defined. */
export const VERSION_USE: InputUse = { options: "ifDefined", actualClosing: false };

export interface StoreReads {
  /** The store sheet, when the workbook has one. */
  readonly sheet?: string;
  readonly index?: Excel.Range;
  /** The approval column of the same rows. */
  readonly approvals?: Excel.Range;
  /** Zones of the version rows asked for, by row. */
  readonly zones: Map<number, Excel.Range>;
}

/** Queues the store's index and, for the rows given, one zone of each (results or inputs). */
export function queueStore(
  context: Excel.RequestContext,
  resolution: Resolution,
  rows: readonly number[],
  zoneColumn: number
): StoreReads {
  const sheet = resolution.ownSheets.versions;
  const zones = new Map<number, Excel.Range>();
  if (sheet === undefined) return { zones };
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const index = worksheet
    .getRangeByIndexes(FIRST_VERSION_ROW, 0, MAX_VERSIONS, RESULTS_COLUMN)
    .load("values");
  const approvals = worksheet
    .getRangeByIndexes(FIRST_VERSION_ROW, APPROVAL_COLUMN, MAX_VERSIONS, 1)
    .load("values");
  return queueZones(context, { sheet, index, approvals, zones }, rows, zoneColumn);
}

/**
 * Queues one zone of each row given on a store whose index is read already (or queued): the
 * store with those zones added, the index not read again.
 */
export function queueZones(
  context: Excel.RequestContext,
  store: StoreReads,
  rows: readonly number[],
  zoneColumn: number
): StoreReads {
  if (store.sheet === undefined) return store;
  const worksheet = context.workbook.worksheets.getItem(store.sheet);
  const zones = new Map(store.zones);
  for (const row of new Set(rows)) {
    zones.set(row, worksheet.getRangeByIndexes(row, zoneColumn, 1, ZONE_CELLS).load("values"));
  }
  return { ...store, zones };
}

export function indexOf(store: StoreReads): StoreIndex {
  return store.index
    ? decodeIndex(store.index.values, store.approvals?.values)
    : { versions: [], damagedRows: [], freeRow: FIRST_VERSION_ROW };
}

export async function loadPlan(
  context: Excel.RequestContext,
  use: InputUse,
  alsoLoad: (resolution: Resolution) => void = () => undefined
): Promise<{ ok: true; resolution: Resolution; reads: RangeReads; plan: PlanData } | Refused> {
  const read = await readInputs(context, use, alsoLoad);
  if (!read.ok) return read;
  const interpretation = interpretInputs(read.reads, { withOptions: false });
  if (!interpretation.ok) return fail(interpretation.problems);
  return { ok: true, resolution: read.resolution, reads: read.reads, plan: interpretation.plan };
}

/** The index, and the version `id` in it, or why not. */
export async function findVersion(
  context: Excel.RequestContext,
  id: string
): Promise<{ ok: true; store: StoreReads; index: StoreIndex; version: IndexedVersion } | Refused> {
  let store: StoreReads = { zones: new Map() };
  await loadWith(context, undefined, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
  });
  const index = indexOf(store);
  const version = index.versions.find((v) => v.info.id === id);
  if (!version || store.sheet === undefined)
    return fail([{ kind: "versionNotFound", range: "workbook", found: id }]);
  return { ok: true, store, index, version };
}

/** The version at the row its id names, with one of its zones decoded, or why not. */
export function storedVersion<T>(
  store: StoreReads,
  id: string,
  decode: (cells: readonly unknown[], version: IndexedVersion) => T | undefined
): { ok: true; version: IndexedVersion; data: T } | Refused {
  const row = rowOfVersionId(id);
  const version = indexOf(store).versions.find((v) => v.info.id === id);
  const zone = row === undefined ? undefined : store.zones.get(row);
  if (!version || !zone) return fail([{ kind: "versionNotFound", range: "workbook", found: id }]);
  const data = decode(zone.values[0] ?? [], version);
  if (data === undefined) {
    return fail([
      {
        kind: "versionDamaged",
        range: "workbook",
        version: version.info.name,
        found: store.sheet ?? "",
      },
    ]);
  }
  return { ok: true, version, data };
}

/** Labels Excel would type into dates or numbers ("2024-05", "2024") unless the cells are text. */
const LABEL_RANGES: readonly SopName[] = ["SOP_Periods", "SOP_Families"];

/** Queues writing a whole named range's values; text labels stay text. */
export function queueRangeWrite(
  context: Excel.RequestContext,
  name: SopName,
  target: { readonly sheet: string; readonly block: CellBlock },
  values: readonly (readonly unknown[])[]
): void {
  const { block } = target;
  const range = context.workbook.worksheets
    .getItem(target.sheet)
    .getRangeByIndexes(block.row, block.column, block.rows, block.columns);
  if (
    LABEL_RANGES.includes(name) &&
    values.every((line) => line.every((v) => typeof v === "string"))
  ) {
    range.numberFormat = values.map((line) => line.map(() => "@"));
  }
  range.values = values.map((line) => [...line]) as (string | number | boolean)[][];
}
