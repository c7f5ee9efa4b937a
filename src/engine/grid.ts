import type { PlanInput, PlanSeries } from "./plan";

/**
 * A range's cells as the workbook holds them, and the arithmetic of moving a plan through them:
 * the roll forward's shift of every per-period range by one period and its opening stock, and the
 * patching of a series with adjusted values. Pure: the Excel layer reads the grids and writes the
 * grids these functions return.
 */

/** A range's values, row by row. */
export type Grid = readonly (readonly unknown[])[];

/** Whether the periods run along the columns (families down the rows) or along the rows. */
export type Axis = "columns" | "rows";

/** How many rows and columns a grid has (the first row's length: ranges are rectangles). */
export function gridSize(grid: Grid): { rows: number; columns: number } {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

/** Whether a series range has one cell per family and period (rather than one per family, or one). */
export function isPerPeriod(grid: Grid, axis: Axis, families: number, periods: number): boolean {
  const { rows, columns } = gridSize(grid);
  return axis === "columns"
    ? rows === families && columns === periods
    : rows === periods && columns === families;
}

/**
 * The grid one period later: the first period's cells drop out, every other moves one period
 * earlier, and the last period's cells stay as they were (the new period starts as a copy of the
 * last, which the planner then revises). Undefined when the grid does not have `periods` cells
 * along the axis.
 */
export function shiftPeriods(grid: Grid, axis: Axis, periods: number): unknown[][] | undefined {
  const { rows, columns } = gridSize(grid);
  if ((axis === "columns" ? columns : rows) !== periods || periods < 1) return undefined;
  if (axis === "columns") return grid.map((line) => [...line.slice(1), line.at(-1)]);
  return [...grid.slice(1).map((line) => [...line]), [...(grid.at(-1) ?? [])]];
}

/** The period labels one period later: shifted, with `next` as the new last label. */
export function rollPeriodLabels(
  grid: Grid,
  axis: Axis,
  periods: number,
  next: unknown
): unknown[][] | undefined {
  const shifted = shiftPeriods(grid, axis, periods);
  if (!shifted) return undefined;
  if (axis === "columns") {
    const line = shifted[0];
    if (line) line[line.length - 1] = next;
  } else {
    const line = shifted.at(-1);
    if (line) line[0] = next;
  }
  return shifted;
}

/**
 * Each family's opening stock after the roll forward: the actual closing stock of the period that
 * drops out when the planner gave it, else the closing stock the plan projected for that period.
 * `closingStock` is family-major (family × periods + period).
 */
export function rolledOpeningStock(
  closingStock: ArrayLike<number>,
  families: number,
  periods: number,
  actual?: ArrayLike<number>
): number[] {
  return Array.from({ length: families }, (_, family) =>
    actual ? (actual[family] ?? 0) : (closingStock[family * periods] ?? 0)
  );
}

/**
 * The opening-stock range filled with one value per family: a single row holds the families
 * across, otherwise one row each. Undefined when one cell would have to hold families whose
 * stocks differ (the range must then get one cell per family).
 */
export function fillOpeningStock(grid: Grid, opening: readonly number[]): unknown[][] | undefined {
  const { rows, columns } = gridSize(grid);
  if (rows * columns === 1 && opening.length > 1 && new Set(opening).size > 1) return undefined;
  return grid.map((line, r) => line.map((_, c) => opening[rows === 1 ? c : r] ?? 0));
}

/**
 * A series' cells with the values of `input` (an adjusted plan), when the range has one cell per
 * family and period; undefined otherwise (one value per family cannot hold a per-period change).
 */
export function patchSeries(
  grid: Grid,
  axis: Axis,
  input: PlanInput,
  series: PlanSeries
): unknown[][] | undefined {
  const { families, periods } = input;
  if (!isPerPeriod(grid, axis, families, periods)) return undefined;
  const source = input[series];
  return grid.map((line, r) =>
    line.map((_, c) => {
      const [family, period] = axis === "columns" ? [r, c] : [c, r];
      return source[family * periods + period];
    })
  );
}
