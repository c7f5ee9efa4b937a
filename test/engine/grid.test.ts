import {
  emptyPlan,
  fillOpeningStock,
  gridSize,
  isPerPeriod,
  patchSeries,
  rolledOpeningStock,
  rollPeriodLabels,
  shiftPeriods,
  type Axis,
  type Grid,
} from "../../src/engine";

/** 2 families × 3 periods, periods across (rows are families) and the same plan periods down. */
const ACROSS: Grid = [
  [11, 12, 13],
  [21, 22, 23],
];
const DOWN: Grid = [
  [11, 21],
  [12, 22],
  [13, 23],
];

/** The definition of a one-period shift: period p takes period p + 1, the last keeps its own. */
function shiftedByDefinition(grid: Grid, axis: Axis): unknown[][] {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  return grid.map((line, r) =>
    line.map((_, c) =>
      axis === "columns"
        ? grid[r]?.[Math.min(c + 1, columns - 1)]
        : grid[Math.min(r + 1, rows - 1)]?.[c]
    )
  );
}

test.each<[string, Grid, { rows: number; columns: number }]>([
  ["periods across", ACROSS, { rows: 2, columns: 3 }],
  ["periods down", DOWN, { rows: 3, columns: 2 }],
  ["no rows", [], { rows: 0, columns: 0 }],
])("the size of a grid: %s", (_, grid, size) => {
  expect(gridSize(grid)).toEqual(size);
});

describe("one cell per family and period", () => {
  test.each<[string, Grid, Axis, boolean]>([
    ["periods across", ACROSS, "columns", true],
    ["periods down", DOWN, "rows", true],
    ["periods down read as across", DOWN, "columns", false],
    ["one value per family", [[1], [2]], "columns", false],
    ["one cell", [[1]], "columns", false],
  ])("%s", (_, grid, axis, expected) => {
    expect(isPerPeriod(grid, axis, 2, 3)).toBe(expected);
  });
});

describe("the roll forward's shift", () => {
  test.each<[string, Grid, Axis]>([
    ["periods across", ACROSS, "columns"],
    ["periods down", DOWN, "rows"],
    ["one period", [[7], [8]], "columns"],
  ])("%s: every period takes the next one's cells, the last stays", (_, grid, axis) => {
    const periods = axis === "columns" ? (grid[0]?.length ?? 0) : grid.length;
    expect(shiftPeriods(grid, axis, periods)).toEqual(shiftedByDefinition(grid, axis));
  });

  test("the grid is not changed in place", () => {
    const grid = ACROSS.map((line) => [...line]);
    shiftPeriods(grid, "columns", 3);
    expect(grid).toEqual(ACROSS);
  });

  test.each<[string, Grid, Axis, number]>([
    ["fewer periods than the plan", ACROSS, "columns", 4],
    ["the other axis", ACROSS, "rows", 3],
    ["no periods", [], "columns", 0],
  ])("%s: nothing to shift", (_, grid, axis, periods) => {
    expect(shiftPeriods(grid, axis, periods)).toBeUndefined();
  });

  test.each<[Axis, Grid, unknown[][]]>([
    ["columns", [["2024-04", "2024-05", "2024-06"]], [["2024-05", "2024-06", "2024-07"]]],
    ["rows", [["2024-04"], ["2024-05"], ["2024-06"]], [["2024-05"], ["2024-06"], ["2024-07"]]],
  ])("the labels (%s) drop the first and end with the next", (axis, grid, expected) => {
    expect(rollPeriodLabels(grid, axis, 3, "2024-07")).toEqual(expected);
  });
});

describe("the opening stock after the roll forward", () => {
  // Family-major closing stock: family 0 closes 10, 20, 30; family 1 closes 40, 50, 60.
  const closing = [10, 20, 30, 40, 50, 60];

  test.each<[string, number[] | undefined, number[]]>([
    ["projected: the closing stock of the period that drops out", undefined, [10, 40]],
    ["actual: the planner's closing stock", [7, 8], [7, 8]],
    ["actual wins even when it is 0", [0, 0], [0, 0]],
  ])("%s", (_, actual, expected) => {
    expect(rolledOpeningStock(closing, 2, 3, actual)).toEqual(expected);
  });

  test.each<[string, Grid, number[], unknown[][] | undefined]>([
    ["one cell, one family", [[0]], [5], [[5]]],
    ["one cell, families with the same stock", [[0]], [5, 5], [[5]]],
    ["one cell cannot hold two stocks", [[0]], [5, 6], undefined],
    ["families across", [[0, 0]], [5, 6], [[5, 6]]],
    ["families down", [[0], [0]], [5, 6], [[5], [6]]],
  ])("%s", (_, grid, opening, expected) => {
    expect(fillOpeningStock(grid, opening)).toEqual(expected);
  });
});

describe("patching a series with an adjusted plan", () => {
  const input = emptyPlan(2, 3);
  input.production.set([11, 12, 13, 21, 22, 23]);

  test.each<[Axis, Grid, Grid]>([
    [
      "columns",
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      ACROSS,
    ],
    [
      "rows",
      [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      DOWN,
    ],
  ])("each cell gets its family's and period's value (%s)", (axis, grid, expected) => {
    expect(patchSeries(grid, axis, input, "production")).toEqual(expected);
  });

  test("a range with one value per family cannot hold a per-period change", () => {
    expect(patchSeries([[0], [0]], "columns", input, "production")).toBeUndefined();
  });
});
