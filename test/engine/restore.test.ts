import { diffCells } from "../../src/engine";

describe("diffCells", () => {
  test.each([
    ["nothing differs", [[1, 2]], [[1, 2]], { cells: 0, examples: [] }],
    [
      "a number changed",
      [[1, 2]],
      [[1, 5]],
      { cells: 1, examples: [{ row: 0, column: 1, from: 2, to: 5 }] },
    ],
    // A blank, "" and a cell the range did not reach are one and the same: null.
    ["blank and empty text are equal", [["", null]], [[null, ""]], { cells: 0, examples: [] }],
    [
      "a blank filled",
      [[""]],
      [[7]],
      { cells: 1, examples: [{ row: 0, column: 0, from: null, to: 7 }] },
    ],
    [
      "a value cleared, on a shorter current row",
      [[3]],
      [
        [3, ""],
        ["x", 4],
      ],
      {
        cells: 2,
        examples: [
          { row: 1, column: 0, from: null, to: "x" },
          { row: 1, column: 1, from: null, to: 4 },
        ],
      },
    ],
    ["text, booleans", [["a", true]], [["a", true]], { cells: 0, examples: [] }],
  ])("%s", (_, current, values, expected) => {
    expect(diffCells(current, values)).toEqual(expected);
  });

  test("counts every change but lists only the first few, row by row", () => {
    const current = [
      [0, 0, 0],
      [0, 0, 0],
    ];
    const values = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const diff = diffCells(current, values, 2);
    expect(diff.cells).toBe(6);
    expect(diff.examples.map((e) => e.to)).toEqual([1, 2]);
  });
});
