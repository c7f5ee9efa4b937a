import {
  diffCells,
  freeName,
  applyAdjustments,
  balancePlan,
  comparePlans,
  fillOpeningStock,
  isPerPeriod,
  nextPeriodLabel,
  nextPeriodSerial,
  patchSeries,
  PLAN_SERIES,
  rolledOpeningStock,
  rollPeriodLabels,
  shiftPeriods,
  type Adjustment,
  type ComparablePlan,
  type PlanBalance,
  type PlanSeries,
} from "../engine";
import { translate, type Language } from "../i18n";
import { cellAddress, rangeAddress, type CellBlock } from "./addresses";
import { compareSheet, compareSummary } from "./compareSheet";
import {
  interpretInputs,
  isDateCell,
  lineCells,
  periodAxis,
  periodLabel,
  readStockPerFamily,
  type PlanData,
  type RangeRead,
  type RangeReads,
} from "./inputs";
import type {
  PlanningWorkbook,
  RangeChange,
  RollForwardPlan,
  RunOptions,
  SopName,
  VersionInfo,
  VersionRef,
  VersionsOutcome,
  WhatIfAdjustment,
  WorkbookProblem,
} from "../workbook";
import { stamp, summarize } from "./tables";
import {
  decodeIndex,
  decodeInputs,
  decodeResults,
  encodeVersionRow,
  FIRST_VERSION_ROW,
  INPUTS_COLUMN,
  MAX_VERSION_BYTES,
  MAX_VERSIONS,
  NAME_COLUMN,
  RESULTS_COLUMN,
  resultsOf,
  rowOfVersionId,
  STORE_FORMAT,
  STORE_TITLE,
  STORE_WIDTH,
  versionId,
  ZONE_CELLS,
  type IndexedVersion,
  type StoreIndex,
  type VersionInputs,
  type VersionResults,
} from "./versionStore";
import {
  markSheet,
  PLAN_ONLY,
  readInputs,
  loadWith,
  toWorkbookProblem,
  targetSheet,
  writeOutput,
  type ExcelHost,
  type InputUse,
  type Resolution,
} from "./workbookAccess";

/**
 * Plan versions on the Excel layer: save, list, rename, delete, what-if, compare, restore and roll
 * forward. Every operation costs a fixed number of round trips whatever the plan's size: the
 * names, then the inputs with the version index and the version rows it needs (a version id
 * carries its row, so no lookup waits for the index), then the writes.
 */

export type VersionOperations = Pick<
  PlanningWorkbook,
  | "listVersions"
  | "saveVersion"
  | "renameVersion"
  | "deleteVersion"
  | "readPlanLabels"
  | "runWhatIf"
  | "compareVersions"
  | "previewRestore"
  | "restoreVersion"
  | "previewRollForward"
  | "rollForward"
>;

type Failure = { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

const fail = (problems: readonly WorkbookProblem[]): Failure => ({ ok: false, problems });

/** A version keeps every contract range the plan uses, and the gap options when defined. */
const VERSION_USE: InputUse = { options: "ifDefined", actualClosing: false };

/** Plan series a what-if target changes. */
const TARGET_SERIES: Readonly<Record<Adjustment["target"], readonly PlanSeries[]>> = {
  demand: ["forecast", "orders"],
  forecast: ["forecast"],
  orders: ["orders"],
  production: ["production"],
  capacity: ["capacity"],
};

const SERIES_NAMES: Readonly<Record<PlanSeries, SopName>> = {
  forecast: "SOP_Forecast",
  orders: "SOP_Orders",
  production: "SOP_Production",
  capacity: "SOP_Capacity",
  safetyStock: "SOP_SafetyStock",
};

export function createVersionOperations(host: ExcelHost, clock: () => Date): VersionOperations {
  return {
    listVersions: () => host.run((context) => listVersions(context)),
    saveVersion: (request, options) =>
      host.run((context) => saveVersion(context, request, options, clock)),
    renameVersion: (id, name) => host.run((context) => renameVersion(context, id, name)),
    deleteVersion: (id) => host.run((context) => deleteVersion(context, id)),
    readPlanLabels: () =>
      host.run(async (context) => {
        const loaded = await loadPlan(context, PLAN_ONLY);
        if (!loaded.ok) return loaded;
        return { ok: true, families: loaded.plan.families, periods: loaded.plan.periods };
      }),
    runWhatIf: (adjustments, options) =>
      host.run(async (context) => {
        options.onProgress?.("reading");
        const loaded = await loadPlan(context, PLAN_ONLY);
        if (!loaded.ok) return loaded;
        options.onProgress?.("computing");
        const balanced = balanceWith(loaded.plan, adjustments);
        if (!balanced.ok) return balanced;
        options.onProgress?.("done");
        return {
          ok: true,
          summary: summarize(balanced.plan, balanced.balance, options.language),
        };
      }),
    compareVersions: (first, second, options) =>
      host.run((context) => compareVersions(context, first, second, options, clock)),
    previewRestore: (id) =>
      host.run(async (context) => {
        const prepared = await prepareRestore(context, id);
        if (!prepared.ok) return prepared;
        return { ok: true, version: prepared.version.info, changes: prepared.changes };
      }),
    restoreVersion: (id, options) =>
      host.run(async (context) => {
        options.onProgress?.("reading");
        const prepared = await prepareRestore(context, id);
        if (!prepared.ok) return prepared;
        options.onProgress?.("writing");
        let changedCells = 0;
        context.application.suspendApiCalculationUntilNextSync();
        for (const write of prepared.writes) {
          queueRangeWrite(context, write.change.range, write.target, write.values);
          changedCells += write.change.cells;
        }
        if (prepared.writes.length > 0) await context.sync();
        options.onProgress?.("done");
        return { ok: true, version: prepared.version.info, changedCells };
      }),
    previewRollForward: (options) =>
      host.run(async (context) => {
        const prepared = await prepareRollForward(context, options.language);
        if (!prepared.ok) return prepared;
        return { ok: true, plan: prepared.plan };
      }),
    rollForward: (options) => host.run((context) => rollForward(context, options, clock)),
  };
}

/* ---------------------------------------------------------------- reading */

export interface StoreReads {
  /** The store sheet, when the workbook has one. */
  readonly sheet?: string;
  readonly index?: Excel.Range;
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
  const index = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(FIRST_VERSION_ROW, 0, MAX_VERSIONS, RESULTS_COLUMN)
    .load("values");
  return queueZones(context, { sheet, index, zones }, rows, zoneColumn);
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
    ? decodeIndex(store.index.values)
    : { versions: [], damagedRows: [], freeRow: FIRST_VERSION_ROW };
}

async function loadPlan(
  context: Excel.RequestContext,
  use: InputUse,
  alsoLoad: (resolution: Resolution) => void = () => undefined
): Promise<{ ok: true; resolution: Resolution; reads: RangeReads; plan: PlanData } | Failure> {
  const read = await readInputs(context, use, alsoLoad);
  if (!read.ok) return read;
  const interpretation = interpretInputs(read.reads, { withOptions: false });
  if (!interpretation.ok) return fail(interpretation.problems);
  return { ok: true, resolution: read.resolution, reads: read.reads, plan: interpretation.plan };
}

/* ---------------------------------------------------------------- what-if */

/** Adjustments as planners wrote them (labels) into the engine's (indexes). */
function engineAdjustments(
  adjustments: readonly WhatIfAdjustment[],
  plan: PlanData
): { ok: true; adjustments: Adjustment[] } | Failure {
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

function adjustedPlan(
  plan: PlanData,
  adjustments: readonly WhatIfAdjustment[]
): { ok: true; plan: PlanData } | Failure {
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

function balanceWith(
  plan: PlanData,
  adjustments: readonly WhatIfAdjustment[]
): { ok: true; plan: PlanData; balance: PlanBalance } | Failure {
  const adjusted = adjustedPlan(plan, adjustments);
  if (!adjusted.ok) return adjusted;
  const outcome = balancePlan(adjusted.plan.input);
  if (!outcome.ok) return fail(outcome.problems.map(toWorkbookProblem));
  return { ok: true, plan: adjusted.plan, balance: outcome.value };
}

/* ---------------------------------------------------------------- list, save, rename, delete */

async function listVersions(context: Excel.RequestContext): Promise<VersionsOutcome> {
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
  savedAt: Date
): { ok: true; version: NewVersion } | Failure {
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
  };
  const encoded = encodeVersionRow(info, resultsOf(plan, balance), inputs);
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

/** What a version stores besides the inputs it was read from. */
interface VersionContent {
  readonly name: string;
  readonly note: string;
  readonly adjustments: readonly WhatIfAdjustment[];
  readonly plan: PlanData;
  readonly balance: PlanBalance;
  readonly savedAt: Date;
}

/** Builds a version's store row and writes it in a request of its own (one round trip). */
async function storeVersion(
  context: Excel.RequestContext,
  loaded: { readonly resolution: Resolution; readonly reads: RangeReads },
  store: StoreReads,
  index: StoreIndex,
  options: RunOptions,
  content: VersionContent
): Promise<{ ok: true; version: VersionInfo } | Failure> {
  const built = newVersion(
    index,
    content.name,
    content.note,
    content.adjustments,
    content.plan,
    content.balance,
    loaded.reads,
    content.savedAt
  );
  if (!built.ok) return built;
  options.onProgress?.("writing");
  queueVersionWrite(context, loaded.resolution, store, built.version);
  await context.sync();
  return { ok: true, version: built.version.info };
}

async function saveVersion(
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
  const loaded = await loadPlan(context, VERSION_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
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
  });
  if (!stored.ok) return stored;
  options.onProgress?.("done");
  return {
    ok: true as const,
    version: stored.version,
    summary: summarize(balanced.plan, balanced.balance, options.language),
  };
}

/** The index, and the version `id` in it, or why not. */
async function findVersion(
  context: Excel.RequestContext,
  id: string
): Promise<{ ok: true; store: StoreReads; index: StoreIndex; version: IndexedVersion } | Failure> {
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

async function renameVersion(
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

async function deleteVersion(context: Excel.RequestContext, id: string): Promise<VersionsOutcome> {
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

/** The version at the row its id names, with one of its zones decoded, or why not. */
export function storedVersion<T>(
  store: StoreReads,
  id: string,
  decode: (cells: readonly unknown[], version: IndexedVersion) => T | undefined
): { ok: true; version: IndexedVersion; data: T } | Failure {
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
function queueRangeWrite(
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

/* ---------------------------------------------------------------- compare */

async function compareVersions(
  context: Excel.RequestContext,
  first: VersionRef,
  second: VersionRef,
  options: RunOptions,
  clock: () => Date
) {
  const { language } = options;
  options.onProgress?.("reading");
  const sides = [first, second];
  const rows = sides.flatMap((side) => {
    const row = side.kind === "version" ? rowOfVersionId(side.id) : undefined;
    return row === undefined ? [] : [row];
  });
  const needsInputs = sides.some((side) => side.kind === "current");
  let store: StoreReads = { zones: new Map() };
  let oldTables: Excel.TableCollection | undefined;
  const loaded = await loadWith(context, needsInputs ? PLAN_ONLY : undefined, (resolution) => {
    store = queueStore(context, resolution, rows, RESULTS_COLUMN);
    const own = resolution.ownSheets.compare;
    if (own !== undefined) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  });
  if (!loaded.ok) return loaded;

  options.onProgress?.("computing");
  let current: VersionResults | undefined;
  if (needsInputs) {
    const interpretation = interpretInputs(loaded.reads, { withOptions: false });
    if (!interpretation.ok) return fail(interpretation.problems);
    const balanced = balanceWith(interpretation.plan, []);
    if (!balanced.ok) return balanced;
    current = resultsOf(balanced.plan, balanced.balance);
  }
  const plans: { plan: ComparablePlan; label: string }[] = [];
  for (const side of sides) {
    if (side.kind === "current" && current) {
      plans.push({ plan: current, label: translate(language, "wb.compare.current") });
      continue;
    }
    if (side.kind !== "version") continue;
    const found = storedVersion(store, side.id, decodeResults);
    if (!found.ok) return found;
    plans.push({ plan: found.data, label: describeVersion(language, found.version.info) });
  }
  const [a, b] = plans;
  if (!a || !b) return fail([{ kind: "versionNotFound", range: "workbook" }]);
  const comparison = comparePlans(a.plan, b.plan);
  const output = compareSheet(comparison, {
    language,
    computedAt: clock(),
    first: a.label,
    second: b.label,
  });
  options.onProgress?.("writing");
  const written = await writeOutput(context, loaded.resolution, "compare", output, oldTables);
  options.onProgress?.("done");
  return { ok: true as const, ...written, summary: compareSummary(comparison) };
}

function describeVersion(language: Language, info: VersionInfo): string {
  return translate(language, "wb.compare.version", {
    name: `«${info.name}»`,
    time: stamp(new Date(info.savedAt)),
  });
}

/* ---------------------------------------------------------------- restore */

interface RangeWrite {
  readonly target: {
    readonly sheet: string;
    readonly block: { row: number; column: number; rows: number; columns: number };
  };
  readonly values: readonly (readonly unknown[])[];
  readonly change: RangeChange;
}

async function prepareRestore(
  context: Excel.RequestContext,
  id: string
): Promise<
  { ok: true; version: IndexedVersion; changes: RangeChange[]; writes: RangeWrite[] } | Failure
> {
  const row = rowOfVersionId(id);
  let store: StoreReads = { zones: new Map() };
  const loaded = await readInputs(context, VERSION_USE, (resolution) => {
    store = queueStore(context, resolution, row === undefined ? [] : [row], INPUTS_COLUMN);
  });
  if (!loaded.ok) return loaded;
  const found = storedVersion(store, id, decodeInputs);
  if (!found.ok) return found;
  const { version, data: saved } = found;
  const targets = restoredValues(saved, version.info);
  if (!targets.ok) return targets;

  const problems: WorkbookProblem[] = [];
  const writes: RangeWrite[] = [];
  for (const [name, values] of targets.values) {
    const resolved = loaded.resolution.resolved[name];
    const shape = `${String(values.length)} × ${String(values[0]?.length ?? 0)}`;
    if (!resolved) {
      problems.push({ kind: "missingName", range: name });
      continue;
    }
    const { block } = resolved;
    if (block.rows !== values.length || block.columns !== (values[0]?.length ?? 0)) {
      problems.push({
        kind: "versionShapeChanged",
        range: name,
        found: `${String(block.rows)} × ${String(block.columns)}`,
        expected: shape,
      });
      continue;
    }
    const current = loaded.reads[name]?.values ?? [];
    const change = rangeChange(name, resolved.sheet, block, current, values);
    if (change.cells > 0) writes.push({ target: resolved, values, change });
  }
  if (problems.length > 0) return fail(problems);
  return { ok: true, version, changes: writes.map((write) => write.change), writes };
}

/**
 * The values each range gets back: as saved, and for a what-if version with its adjustments
 * applied to the series they change (which then must have one cell per family and period).
 */
function restoredValues(
  saved: VersionInputs,
  info: VersionInfo
): { ok: true; values: Map<SopName, readonly (readonly unknown[])[]> } | Failure {
  const values = new Map<SopName, readonly (readonly unknown[])[]>();
  for (const [name, read] of Object.entries(saved) as [SopName, RangeRead][]) {
    // The actual closing stock is a fact of the month gone, not part of the plan.
    if (name === "SOP_ActualClosing") continue;
    values.set(name, read.values);
  }
  if (info.adjustments.length === 0) return { ok: true, values };
  const interpretation = interpretInputs(saved, { withOptions: false });
  if (!interpretation.ok) return fail(interpretation.problems);
  const adjusted = adjustedPlan(interpretation.plan, info.adjustments);
  if (!adjusted.ok) return adjusted;
  const periods = saved.SOP_Periods;
  const forecast = saved.SOP_Forecast;
  if (!periods || !forecast) return fail([{ kind: "missingName", range: "SOP_Periods" }]);
  const axis = periodAxis(periods, forecast);
  const touched = new Set(
    info.adjustments.flatMap((adjustment) => TARGET_SERIES[adjustment.target])
  );
  const problems: WorkbookProblem[] = [];
  for (const series of PLAN_SERIES) {
    if (!touched.has(series)) continue;
    const name = SERIES_NAMES[series];
    const read = saved[name];
    const patched = read && patchSeries(read.values, axis, adjusted.plan.input, series);
    if (patched) values.set(name, patched);
    else problems.push({ kind: "adjustmentNotRestorable", range: name, version: info.name });
  }
  return problems.length > 0 ? fail(problems) : { ok: true, values };
}

function rangeChange(
  name: SopName,
  sheet: string,
  block: { row: number; column: number; rows: number; columns: number },
  current: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[]
): RangeChange {
  const diff = diffCells(current, values);
  return {
    range: name,
    address: rangeAddress(sheet, block.row, block.column, block.rows, block.columns),
    cells: diff.cells,
    examples: diff.examples.map((change) => ({
      cell: cellAddress(sheet, block.row + change.row, block.column + change.column),
      from: change.from,
      to: change.to,
    })),
  };
}

/* ---------------------------------------------------------------- roll forward */

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
}

async function prepareRollForward(
  context: Excel.RequestContext,
  language: Language
): Promise<PreparedRoll | Failure> {
  let store: StoreReads = { zones: new Map() };
  const loaded = await loadPlan(context, ROLL_USE, (resolution) => {
    store = queueStore(context, resolution, [], RESULTS_COLUMN);
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
  };
}

async function rollForward(context: Excel.RequestContext, options: RunOptions, clock: () => Date) {
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
