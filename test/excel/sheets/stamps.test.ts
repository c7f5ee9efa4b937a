import {
  inputsFingerprint,
  readStamp,
  stampComment,
  type SheetStamp,
} from "../../../src/excel/sheets/stamps";
import type { RangeReads } from "../../../src/excel/sheets/inputs";

const SENTENCE = "Marks a sheet the S&OP add-in created and may replace. Do not edit.";

describe("a marker's stamp", () => {
  test.each<[string, SheetStamp]>([
    ["nothing", {}],
    ["a cycle", { cycle: "2024-04" }],
    ["inputs and a cycle", { inputs: "0123456789abcdef", cycle: "2024年4月" }],
    ["a cycle with quotes and a period", { cycle: 'Q2 "2024". end' }],
  ])("%s reads back as written", (_, stamp) => {
    const comment = stampComment(SENTENCE, stamp);
    expect(comment.startsWith(SENTENCE)).toBe(true);
    expect(comment.length).toBeLessThanOrEqual(255);
    expect(readStamp(comment)).toEqual(stamp);
  });

  test("a cycle label too long for Excel's 255-character comment is left out", () => {
    const stamp = { inputs: "0123456789abcdef", cycle: "x".repeat(300) };
    const comment = stampComment(SENTENCE, stamp);
    expect(comment.length).toBeLessThanOrEqual(255);
    expect(readStamp(comment)).toEqual({ inputs: stamp.inputs });
  });

  test.each(["", SENTENCE, "Inputs: not-hex.", 'Cycle: "unclosed.'])(
    "a comment without a readable stamp (%j) records nothing",
    (comment) => {
      expect(readStamp(comment)).toEqual({});
    }
  );
});

const read = (values: unknown[][], numberFormat?: unknown[][]) => ({
  sheet: "Plan",
  row: 0,
  column: 1,
  values,
  ...(numberFormat ? { numberFormat } : {}),
});

const READS: RangeReads = {
  SOP_Periods: read([["2024-04", "2024-05"]], [["@", "@"]]),
  SOP_Forecast: read([[100, 200]]),
  SOP_Production: read([[150, 150]]),
};

describe("the inputs' fingerprint", () => {
  test("equal inputs, equal fingerprints: 16 hex digits", () => {
    const again = JSON.parse(JSON.stringify(READS)) as RangeReads;
    expect(inputsFingerprint(READS)).toMatch(/^[0-9a-f]{16}$/);
    expect(inputsFingerprint(again)).toBe(inputsFingerprint(READS));
  });

  test.each<[string, RangeReads]>([
    ["one cell changed", { ...READS, SOP_Forecast: read([[100, 201]]) }],
    ["a number typed as text", { ...READS, SOP_Forecast: read([[100, "200"]]) }],
    [
      "the periods shown in another format",
      { ...READS, SOP_Periods: read([["2024-04", "2024-05"]]) },
    ],
    ["a name added", { ...READS, SOP_Orders: read([[0, 0]]) }],
    [
      "a name's values moved to another",
      {
        SOP_Periods: READS.SOP_Periods,
        SOP_Orders: READS.SOP_Forecast,
        SOP_Production: READS.SOP_Production,
      },
    ],
  ])("%s: another fingerprint", (_, changed) => {
    expect(inputsFingerprint(changed)).not.toBe(inputsFingerprint(READS));
  });

  test.each<[string, RangeReads]>([
    ["the gap options", { ...READS, SOP_Options: read([["Overtime", 500]]) }],
    ["the actual closing stock", { ...READS, SOP_ActualClosing: read([[10]]) }],
  ])("%s are not inputs of the balance", (_, changed) => {
    expect(inputsFingerprint(changed)).toBe(inputsFingerprint(READS));
  });
});
