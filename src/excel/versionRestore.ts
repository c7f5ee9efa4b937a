import { diffCells, gridSize, patchSeries, PLAN_SERIES } from "../engine";
import type { RangeChange, SopName, VersionInfo, WorkbookProblem, Refused } from "../workbook";
import { cellAddress, rangeAddress } from "./sheets/addresses";
import {
  interpretInputs,
  periodAxis,
  type RangeRead,
  SERIES_NAMES,
  shapeText,
} from "./sheets/inputs";
import {
  decodeInputs,
  INPUTS_COLUMN,
  rowOfVersionId,
  type IndexedVersion,
  type VersionInputs,
} from "./sheets/versionStore";
import { readInputs } from "./workbookAccess";
import { fail, queueStore, storedVersion, type StoreReads, VERSION_USE } from "./versionReads";
import { adjustedPlan, TARGET_SERIES } from "./whatIfPlan";

/** Restore: what a version would change in the input ranges, and writing it back. */

interface RangeWrite {
  readonly target: {
    readonly sheet: string;
    readonly block: { row: number; column: number; rows: number; columns: number };
  };
  readonly values: readonly (readonly unknown[])[];
  readonly change: RangeChange;
}

export async function prepareRestore(
  context: Excel.RequestContext,
  id: string
): Promise<
  { ok: true; version: IndexedVersion; changes: RangeChange[]; writes: RangeWrite[] } | Refused
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
    const shape = shapeText(values);
    if (!resolved) {
      problems.push({ kind: "missingName", range: name });
      continue;
    }
    const { block } = resolved;
    const size = gridSize(values);
    if (block.rows !== size.rows || block.columns !== size.columns) {
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
): { ok: true; values: Map<SopName, readonly (readonly unknown[])[]> } | Refused {
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

export function rangeChange(
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
