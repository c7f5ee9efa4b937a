import { interpretInputs, type RangeRead, type RangeReads } from "../../../src/excel/sheets/inputs";
import { seedGap, seedMonths, seedSeries } from "../../support/seedDemo";

/** A range on sheet Plan whose top-left cell is B2 unless said otherwise. */
const at = (values: unknown[][], row = 1, column = 1, sheet = "Plan"): RangeRead => ({
  sheet,
  row,
  column,
  values,
});
const across = (values: readonly unknown[]) => [[...values]];
const down = (values: readonly unknown[]) => values.map((value) => [value]);

/** The seed demo, months across columns, as a workbook would hold it. */
function seedReads(): RangeReads {
  return {
    SOP_Periods: at(across(seedMonths), 0),
    SOP_Forecast: at(across(seedSeries.forecast), 1),
    SOP_Orders: at(across(seedSeries.orders), 2),
    SOP_Production: at(across(seedSeries.production), 3),
    SOP_Capacity: at(across(seedSeries.capacity), 4),
    SOP_SafetyStock: at(across(seedSeries.safetyStock), 5),
    SOP_OpeningStock: at([[seedSeries.openingStock]], 6),
    SOP_Options: at(
      seedGap.names.map((name, i) => [name, seedGap.capacities[i]]),
      9,
      0
    ),
  };
}

function planOf(reads: RangeReads, withOptions = false) {
  const result = interpretInputs(reads, { withOptions });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

function problemsOf(reads: RangeReads, withOptions = false) {
  const result = interpretInputs(reads, { withOptions });
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("interpretInputs: shapes", () => {
  test("one family, months across columns", () => {
    const plan = planOf(seedReads(), true);
    expect(plan.periods).toEqual(seedMonths);
    expect(plan.families).toEqual([""]);
    expect(Array.from(plan.input.forecast)).toEqual(seedSeries.forecast);
    expect(Array.from(plan.input.openingStock)).toEqual([3000]);
    expect(plan.options?.map((o) => [o.name, o.capacity])).toEqual(
      seedGap.names.map((n, i) => [n, seedGap.capacities[i]])
    );
  });

  test("the same plan with months down rows gives the same input", () => {
    const reads = seedReads();
    const columnReads: RangeReads = {
      ...reads,
      SOP_Periods: at(down(seedMonths), 1, 0),
      SOP_Forecast: at(down(seedSeries.forecast), 1, 1),
      SOP_Orders: at(down(seedSeries.orders), 1, 2),
      SOP_Production: at(down(seedSeries.production), 1, 3),
      SOP_Capacity: at(down(seedSeries.capacity), 1, 4),
      SOP_SafetyStock: at(down(seedSeries.safetyStock), 1, 5),
    };
    expect(planOf(columnReads).input).toEqual(planOf(reads).input);
  });

  test("F × N families across rows, capacity one cell per family, safety stock one cell for all", () => {
    const plan = planOf({
      SOP_Periods: at([["Jan", "Feb", "Mar"]], 0),
      SOP_Families: at(down(["Pumps", "Valves"]), 1, 0),
      SOP_Forecast: at(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        1
      ),
      SOP_Production: at(
        [
          [1, 1, 1],
          [2, 2, 2],
        ],
        3
      ),
      SOP_Capacity: at(down([10, 20]), 5),
      SOP_SafetyStock: at([[7]], 7),
      SOP_OpeningStock: at(down([100, 200]), 8),
    });
    expect(plan.families).toEqual(["Pumps", "Valves"]);
    expect(Array.from(plan.input.forecast)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(plan.input.capacity)).toEqual([10, 10, 10, 20, 20, 20]);
    expect(Array.from(plan.input.safetyStock)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(Array.from(plan.input.orders)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(plan.input.openingStock)).toEqual([100, 200]);
  });

  test("families across columns when periods run down rows", () => {
    const plan = planOf({
      SOP_Periods: at(down(["W1", "W2"]), 1, 0),
      SOP_Families: at([["A", "B", "C"]], 0, 1),
      SOP_Forecast: at([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      SOP_Production: at([
        [0, 0, 0],
        [0, 0, 0],
      ]),
      SOP_Capacity: at([[5]]),
      SOP_SafetyStock: at([[0]]),
      SOP_OpeningStock: at([[1]]),
    });
    // Family-major: A's two weeks, then B's, then C's.
    expect(Array.from(plan.input.forecast)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(Array.from(plan.input.openingStock)).toEqual([1, 1, 1]);
  });

  test("periods formatted as dates become readable labels", () => {
    const reads = seedReads();
    const serials = [45383, 45413]; // 2024-04-01, 2024-05-01
    const plan = planOf({
      ...reads,
      SOP_Periods: { ...at([serials], 0), numberFormat: [["yyyy-mm", "mmm yyyy"]] },
      SOP_Forecast: at([[1, 2]], 1),
      SOP_Orders: at([[1, 2]], 2),
      SOP_Production: at([[1, 2]], 3),
      SOP_Capacity: at([[5]], 4),
      SOP_SafetyStock: at([[0]], 5),
    });
    expect(plan.periods).toEqual(["2024-04", "2024-05"]);
  });

  test("blank cells count as 0 and blank rows at the end of SOP_Options are skipped", () => {
    const plan = planOf(
      {
        ...seedReads(),
        SOP_Orders: at([[null, "", 1, 1, 1, 1]], 2),
        SOP_Options: at(
          [
            ["A", 10],
            ["", null],
          ],
          9,
          0
        ),
      },
      true
    );
    expect(Array.from(plan.input.orders).slice(0, 2)).toEqual([0, 0]);
    expect(plan.options).toEqual([{ name: "A", capacity: 10 }]);
  });
});

describe("interpretInputs: every problem names the range and the cell", () => {
  test.each([
    {
      name: "text in a number cell",
      change: { SOP_Forecast: at([[1, 2, 3, 4, "n/a", 6]], 6, 1) },
      problem: { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!F7", found: '"n/a"' },
    },
    {
      name: "an error value",
      change: { SOP_Production: at([[1, "#N/A", 3, 4, 5, 6]], 3) },
      problem: { kind: "errorValue", range: "SOP_Production", cell: "Plan!C4", found: "#N/A" },
    },
    {
      name: "a negative capacity",
      change: { SOP_Capacity: at([[1, 2, -3, 4, 5, 6]], 4) },
      problem: { kind: "negative", range: "SOP_Capacity", cell: "Plan!D5", found: "-3" },
    },
    {
      name: "a negative safety stock",
      change: { SOP_SafetyStock: at([[-1]], 5) },
      problem: { kind: "negative", range: "SOP_SafetyStock", cell: "Plan!B6" },
    },
    {
      name: "a shape that disagrees with SOP_Periods",
      change: { SOP_Production: at([[1, 2, 3]], 3) },
      problem: {
        kind: "shapeMismatch",
        range: "SOP_Production",
        cell: "Plan!B4:D4",
        found: "1 × 3",
        expected: "1 × 6",
      },
    },
    {
      name: "periods in a block",
      change: {
        SOP_Periods: at(
          [
            [1, 2],
            [3, 4],
          ],
          0
        ),
      },
      problem: { kind: "shapeMismatch", range: "SOP_Periods", found: "2 × 2" },
    },
    {
      name: "a blank period",
      change: { SOP_Periods: at([["2024-04", "", "x", "y", "z", "w"]], 0) },
      problem: { kind: "blankPeriod", range: "SOP_Periods", cell: "Plan!C1" },
    },
    {
      name: "a repeated period",
      change: { SOP_Periods: at([["a", "b", "a", "c", "d", "e"]], 0) },
      problem: { kind: "duplicatePeriod", range: "SOP_Periods", cell: "Plan!D1", found: "a" },
    },
    {
      name: "text opening stock",
      change: { SOP_OpeningStock: at([["lots"]], 6) },
      problem: { kind: "notANumber", range: "SOP_OpeningStock", cell: "Plan!B7" },
    },
    {
      name: "a missing required name",
      change: { SOP_Capacity: undefined },
      problem: { kind: "missingName", range: "SOP_Capacity" },
    },
  ])("$name", ({ change, problem }) => {
    expect(problemsOf({ ...seedReads(), ...change })).toContainEqual(
      expect.objectContaining(problem)
    );
  });

  test.each([
    {
      name: "families missing for F > 1",
      families: undefined,
      problem: { kind: "missingName", range: "SOP_Families" },
    },
    {
      name: "a family count that disagrees",
      families: at(down(["A", "B", "C"]), 1, 0),
      problem: { kind: "familyCountMismatch", range: "SOP_Families", found: "3" },
    },
    {
      name: "duplicate family names",
      families: at(down(["A", "A"]), 1, 0),
      problem: { kind: "duplicateFamily", range: "SOP_Families", cell: "Plan!A3", found: "A" },
    },
    {
      name: "a blank family name",
      families: at(down(["A", " "]), 1, 0),
      problem: { kind: "blankFamily", range: "SOP_Families", cell: "Plan!A3" },
    },
  ])("$name", ({ families, problem }) => {
    const reads: RangeReads = {
      SOP_Periods: at([["Jan", "Feb"]], 0),
      SOP_Forecast: at([
        [1, 2],
        [3, 4],
      ]),
      SOP_Production: at(
        [
          [1, 2],
          [3, 4],
        ],
        3
      ),
      SOP_Capacity: at([[9]], 5),
      SOP_SafetyStock: at([[0]], 6),
      SOP_OpeningStock: at([[0]], 7),
      ...(families ? { SOP_Families: families } : {}),
    };
    expect(problemsOf(reads)).toContainEqual(expect.objectContaining(problem));
  });

  test.each([
    {
      name: "an option without a name",
      options: [["", 10]],
      problem: { kind: "empty", range: "SOP_Options", cell: "Plan!A10" },
    },
    {
      name: "a negative option capacity",
      options: [["A", -10]],
      problem: { kind: "negative", range: "SOP_Options", cell: "Plan!B10" },
    },
    {
      name: "a blank unit cost",
      options: [
        ["A", 10, 5],
        ["B", 10, null],
      ],
      problem: { kind: "empty", range: "SOP_Options", cell: "Plan!C11" },
    },
    {
      name: "options of four columns",
      options: [["A", 1, 2, 3]],
      problem: { kind: "shapeMismatch", range: "SOP_Options", found: "1 × 4" },
    },
  ])("$name", ({ options, problem }) => {
    expect(problemsOf({ ...seedReads(), SOP_Options: at(options, 9, 0) }, true)).toContainEqual(
      expect.objectContaining(problem)
    );
  });

  test("gap scenarios need SOP_Options", () => {
    const { SOP_Options: _options, ...reads } = seedReads();
    expect(problemsOf(reads, true)).toEqual([{ kind: "missingName", range: "SOP_Options" }]);
    expect(interpretInputs(reads, { withOptions: false }).ok).toBe(true);
  });

  test("every problem is reported in one pass", () => {
    const problems = problemsOf({
      ...seedReads(),
      SOP_Forecast: at([["x", 1, 1, 1, 1, "y"]], 1),
      SOP_Capacity: at([[-1]], 4),
    });
    expect(problems.map((p) => p.cell)).toEqual(["Plan!B2", "Plan!G2", "Plan!B5"]);
  });

  test("a shared cell with a problem is reported once", () => {
    expect(problemsOf({ ...seedReads(), SOP_Capacity: at([["none"]], 4) })).toHaveLength(1);
  });
});
