import {
  asMatrix,
  numberArena,
  readLabels,
  readLanguage,
  readNumber,
  readOptionalNumber,
  readSeries,
} from "../../src/functions/arguments";

describe("asMatrix", () => {
  test.each([
    { raw: 5, matrix: [[5]] },
    { raw: [[1, 2]], matrix: [[1, 2]] },
    { raw: [[1], [2]], matrix: [[1], [2]] },
    { raw: [1, 2], matrix: [[1, 2]] },
  ])("$raw", ({ raw, matrix }) => {
    expect(asMatrix(raw)).toEqual(matrix);
  });
});

describe("readSeries", () => {
  test.each([
    { raw: [[1, 2, 3]], values: [1, 2, 3], orientation: "row" },
    { raw: [[1], [2], [3]], values: [1, 2, 3], orientation: "column" },
    { raw: [[7]], values: [7], orientation: "single" },
    { raw: 7, values: [7], orientation: "single" },
    { raw: [[null, "", 4]], values: [0, 0, 4], orientation: "row" },
  ])("$raw → $orientation $values", ({ raw, values, orientation }) => {
    expect(readSeries("forecast", raw)).toEqual({
      ok: true,
      value: { values: Float64Array.from(values), orientation },
    });
  });

  test("a block is refused with its shape", () => {
    expect(
      readSeries("capacity", [
        [1, 2],
        [3, 4],
        [5, 6],
      ])
    ).toEqual({
      ok: false,
      problems: [
        { kind: "notOneDimensional", errorClass: "#VALUE!", argument: "capacity", found: "3 × 2" },
      ],
    });
  });

  test("every bad cell is reported with its index", () => {
    const read = readSeries("orders", [["a", 1, { code: "#N/A" }]]);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => [p.index, p.kind])).toEqual([
        [0, "notANumber"],
        [2, "errorValue"],
      ]);
  });

  test("an empty range is refused", () => {
    expect(readSeries("orders", [])).toMatchObject({ ok: false, problems: [{ kind: "empty" }] });
  });
});

describe("readLabels", () => {
  test("trims text and accepts numbers as names", () => {
    expect(readLabels("option_names", [[" Overtime "], [2024]])).toEqual({
      ok: true,
      value: ["Overtime", "2024"],
    });
  });

  test.each([
    { raw: [["A"], [""]], kind: "empty", index: 1 },
    { raw: [["A"], [{ code: "#REF!" }]], kind: "errorValue", index: 1 },
  ])("$kind at $index", ({ raw, kind, index }) => {
    expect(readLabels("option_names", raw)).toMatchObject({
      ok: false,
      problems: [{ kind, index }],
    });
  });
});

describe("readNumber and readOptionalNumber", () => {
  test.each([
    { raw: 3000, value: 3000 },
    { raw: [[3000]], value: 3000 },
    { raw: null, value: 0 },
  ])("readNumber($raw) is $value", ({ raw, value }) => {
    expect(readNumber("opening_stock", raw)).toEqual({ ok: true, value });
  });

  test("readNumber refuses several cells", () => {
    expect(readNumber("demand", [[1, 2]])).toMatchObject({
      ok: false,
      problems: [{ kind: "notSingleValue", found: "1 × 2" }],
    });
  });

  test.each([
    { raw: undefined, value: 3 },
    { raw: null, value: 3 },
    { raw: [[""]], value: 3 },
    { raw: 2.5, value: 2.5 },
  ])("readOptionalNumber($raw) is $value", ({ raw, value }) => {
    expect(readOptionalNumber("excess_multiple", raw, 3)).toEqual({ ok: true, value });
  });
});

describe("readLanguage", () => {
  test.each([
    [undefined, "en"],
    ["", "en"],
    ["en", "en"],
    ["EN-US", "en"],
    ["zh", "zh"],
    [" zh-CN ", "zh"],
    ["中文", "zh"],
    [[["zh"]], "zh"],
  ])("%p → %p", (raw, language) => {
    expect(readLanguage(raw)).toEqual({ ok: true, value: language });
  });

  test.each([["fr"], [1], [true]])("%p is refused", (raw) => {
    expect(readLanguage(raw)).toMatchObject({
      ok: false,
      problems: [{ argument: "language", kind: "invalidOption" }],
    });
  });
});

describe("numberArena", () => {
  test("hands out arrays of the asked length that never share a cell", () => {
    const allocate = numberArena();
    // 36 + 36 + 1 fit one buffer; 300 needs one of its own; the next ones a fresh one.
    const lengths = [36, 36, 1, 300, 36, 200, 100];
    const arrays = lengths.map((length) => allocate(length));
    expect(arrays.map((array) => array.length)).toEqual(lengths);
    arrays.forEach((array, i) => array.fill(i + 1));
    arrays.forEach((array, i) => {
      expect([...new Set(array)]).toEqual([i + 1]);
    });
  });

  test("series read through it equal those read alone", () => {
    const allocate = numberArena();
    const row = [[1, null, 3, ""]];
    const column = [[4], [5], [6]];
    expect(readSeries("forecast", row, allocate)).toEqual(readSeries("forecast", row));
    expect(readSeries("orders", column, allocate)).toEqual(readSeries("orders", column));
  });
});

describe("readSeries: non-finite numbers", () => {
  test.each([NaN, Infinity, -Infinity])("%p is refused as #NUM!", (value) => {
    expect(readSeries("forecast", [[1, value]])).toMatchObject({
      ok: false,
      problems: [{ argument: "forecast", index: 1, errorClass: "#NUM!", kind: "notANumber" }],
    });
  });
});
