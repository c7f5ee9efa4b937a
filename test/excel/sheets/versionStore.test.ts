import type { VersionInfo } from "../../../src/workbook";
import {
  CHUNK_CHARS,
  chunkText,
  decodeIndex,
  decodeInputs,
  decodeResults,
  encodeVersionRow,
  INPUTS_COLUMN,
  MAX_VERSION_BYTES,
  MAX_VERSIONS,
  RESULTS_COLUMN,
  rowOfVersionId,
  STORE_WIDTH,
  versionId,
  type VersionInputs,
  type VersionResults,
} from "../../../src/excel/sheets/versionStore";

const SAVED = new Date(Date.UTC(2026, 10, 23, 9, 30));

const info = (row: number, overrides: Partial<VersionInfo> = {}): VersionInfo => ({
  id: versionId(row, SAVED),
  name: `v${String(row)}`,
  note: "",
  savedAt: SAVED.toISOString(),
  families: 1,
  periods: 2,
  firstPeriod: "2024-04",
  lastPeriod: "2024-05",
  adjustments: [],
  ...overrides,
});

const RESULTS: VersionResults = {
  families: [""],
  periods: ["2024-04", "2024-05"],
  effectiveDemand: [10, 20],
  production: [5, 5],
  closingStock: [95, 80.5],
  stockDays: [285, 120.75],
  status: [2, 0],
};

const INPUTS: VersionInputs = {
  SOP_Periods: { sheet: "Plan", row: 0, column: 1, values: [["2024-04", "2024-05"]] },
  SOP_Forecast: { sheet: "Plan", row: 1, column: 1, values: [[10, 20]] },
};

/** The row as Excel gives it back: strings stay strings, the counts come back as text. */
function storedRow(cells: readonly (string | number)[]): unknown[] {
  return cells.map((cell) => (typeof cell === "number" ? String(cell) : cell));
}

describe("version ids", () => {
  test.each([
    [1, true],
    [MAX_VERSIONS, true],
    [0, false],
    [MAX_VERSIONS + 1, false],
  ])("row %i is a version row: %s", (row, valid) => {
    expect(rowOfVersionId(versionId(row, SAVED))).toBe(valid ? row : undefined);
  });
  test.each(["", "5", "r5", "r5-", "x5-abc", "r5-ABC", "r05x-1"])("%j is not an id", (id) => {
    expect(rowOfVersionId(id)).toBeUndefined();
  });
});

describe("chunkText", () => {
  test.each([
    [0, 0],
    [1, 1],
    [CHUNK_CHARS, 1],
    [CHUNK_CHARS + 1, 2],
    [3 * CHUNK_CHARS, 3],
  ])("%i characters → %i cells, joined back exactly", (length, cells) => {
    const text = Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + (i % 500))).join("");
    const chunks = chunkText(text);
    expect(chunks).toHaveLength(cells);
    expect(chunks.every((chunk) => chunk.length <= CHUNK_CHARS)).toBe(true);
    expect(chunks.join("")).toBe(text);
  });
});

describe("a version row", () => {
  test("encodes and decodes index, results and inputs", () => {
    const version = info(3, {
      note: "=not a formula",
      adjustments: [
        {
          target: "capacity",
          mode: "quantity",
          amount: -200,
          families: ["A"],
          fromPeriod: "2024-05",
          toPeriod: "2024-05",
        },
      ],
    });
    const encoded = encodeVersionRow(version, RESULTS, INPUTS);
    if (!encoded.ok) throw new Error("refused");
    expect(encoded.cells).toHaveLength(STORE_WIDTH);
    const row = storedRow(encoded.cells);
    const index = decodeIndex([[], [], row.slice(0, RESULTS_COLUMN)]);
    expect(index.versions).toHaveLength(1);
    const [decoded] = index.versions;
    if (!decoded) throw new Error("not decoded");
    expect(decoded.info).toEqual(version);
    expect(decoded.row).toBe(3);
    expect(index.freeRow).toBe(1);
    expect(decodeResults(row.slice(RESULTS_COLUMN), decoded)).toEqual(RESULTS);
    expect(decodeInputs(row.slice(INPUTS_COLUMN), decoded)).toEqual(INPUTS);
  });

  test("refuses a plan too large for one request", () => {
    const huge: VersionInputs = {
      SOP_Forecast: {
        sheet: "Plan",
        row: 0,
        column: 0,
        values: [Array.from({ length: MAX_VERSION_BYTES / 8 }, () => 1234567.5)],
      },
    };
    const encoded = encodeVersionRow(info(1), RESULTS, huge);
    expect(encoded.ok).toBe(false);
    expect(encoded.bytes).toBeGreaterThan(MAX_VERSION_BYTES);
  });

  test.each([
    ["an id of another row", (row: unknown[]) => (row[0] = versionId(4, SAVED))],
    ["a count that is not a number", (row: unknown[]) => (row[4] = "many")],
    ["adjustments that are not JSON", (row: unknown[]) => (row[8] = "[{")],
    ["an unknown adjustment target", (row: unknown[]) => (row[8] = '[{"target":"price"}]')],
    ["no zone lengths", (row: unknown[]) => (row[9] = "")],
  ])("an index row with %s is damaged, not reused", (_, damage) => {
    const encoded = encodeVersionRow(info(1), RESULTS, INPUTS);
    if (!encoded.ok) throw new Error("refused");
    const row = storedRow(encoded.cells).slice(0, RESULTS_COLUMN);
    damage(row);
    const index = decodeIndex([row, []]);
    expect(index).toEqual({ versions: [], damagedRows: [1], freeRow: 2 });
  });

  test("damaged zones decode to undefined", () => {
    const encoded = encodeVersionRow(info(1), RESULTS, INPUTS);
    if (!encoded.ok) throw new Error("refused");
    const row = storedRow(encoded.cells);
    const [version] = decodeIndex([row.slice(0, RESULTS_COLUMN)]).versions;
    if (!version) throw new Error("not decoded");
    const results = row.slice(RESULTS_COLUMN);
    results[0] = String(results[0]).slice(1);
    expect(decodeResults(results, version)).toBeUndefined();
    const inputs = row.slice(INPUTS_COLUMN);
    inputs[0] = '{"SOP_Nope":{}}';
    expect(decodeInputs(inputs, version)).toBeUndefined();
  });

  test("a full index has no free row; versions are listed by the time they were saved", () => {
    const rows = Array.from({ length: MAX_VERSIONS }, (_, i) => {
      const saved = new Date(SAVED.getTime() - i * 60_000);
      const encoded = encodeVersionRow(
        info(i + 1, { id: versionId(i + 1, saved), savedAt: saved.toISOString() }),
        RESULTS,
        INPUTS
      );
      if (!encoded.ok) throw new Error("refused");
      return storedRow(encoded.cells).slice(0, RESULTS_COLUMN);
    });
    const index = decodeIndex(rows);
    expect(index.freeRow).toBeUndefined();
    expect(index.versions.map((v) => v.row)).toEqual(
      Array.from({ length: MAX_VERSIONS }, (_, i) => MAX_VERSIONS - i)
    );
  });
});
