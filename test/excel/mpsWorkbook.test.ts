import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { MPS_CSV_COLUMNS } from "../../src/excel/sheets/mps";
import { sampleLayout } from "../../src/excel/sheets/sample";
import { createStandInWorkbook, type StandInWorkbook } from "../../src/playground/excel";
import type { ApproveOutcome } from "../../src/workbook";

/**
 * Approve plan over the real Excel layer on the stand-in: the preview writes nothing; approving
 * saves the cycle's approved version (who, when), writes S&OP MPS from SOP_Production with the
 * frozen periods flagged, and gives the CSV; after a roll forward, a change inside the frozen
 * periods is listed against the earlier approved plan; bad input is named and nothing is written.
 */

const APRIL_END = new Date(2024, 3, 28, 9, 0);
const EN = { language: "en" } as const;
const SHEET = "S&OP MPS";

/** The sample's SOP_Production, read from its layout (not typed here). */
function sampleProduction(): number[] {
  const layout = sampleLayout("en");
  const entry = layout.names.find((n) => n.name === "SOP_Production");
  if (!entry) throw new Error("no SOP_Production in the sample");
  return layout.values[entry.row]?.slice(entry.column, entry.column + entry.columns) as number[];
}

async function sampleBook(now = APRIL_END) {
  const book = createStandInWorkbook();
  let clock = now;
  const workbook = createExcelPlanningWorkbook(book.host, () => clock);
  await workbook.insertSampleData(EN);
  return {
    book,
    workbook,
    later: (time: Date) => {
      clock = time;
    },
  };
}

function approved(outcome: ApproveOutcome): Extract<ApproveOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

/** The CSV as rows of fields (none of the sample's fields is quoted). */
function csvRows(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  return text
    .slice(1, -2)
    .split("\r\n")
    .map((line) => line.split(","));
}

const sheetNames = (book: StandInWorkbook) => book.model.sheets.map((s) => s.name);

describe("Approve plan on the sample", () => {
  test("the preview says what will be saved and frozen, and writes nothing", async () => {
    const { book, workbook } = await sampleBook();
    const before = sheetNames(book);
    const outcome = await workbook.previewApproval(EN);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.preview).toEqual({
      cycle: "2024-04",
      versionName: "Approved 2024-04",
      families: 1,
      periods: 6,
      frozenPeriods: 1,
      frozenLabels: ["2024-04"],
      changes: [],
    });
    expect(sheetNames(book)).toEqual(before);
  });

  test("saves the approved version, writes S&OP MPS from SOP_Production, and the CSV", async () => {
    const { book, workbook } = await sampleBook();
    const outcome = approved(await workbook.approvePlan({ approvedBy: " Wang Fang " }, EN));
    expect(outcome.sheet).toBe(SHEET);
    expect(outcome.version).toMatchObject({
      name: "Approved 2024-04",
      firstPeriod: "2024-04",
      approval: { by: "Wang Fang", at: APRIL_END.toISOString(), frozenPeriods: 1 },
    });
    // The version list shows it approved, read back from the store.
    const listed = await workbook.listVersions();
    expect(listed.ok && listed.versions.map((v) => [v.name, v.approval?.by])).toEqual([
      ["Approved 2024-04", "Wang Fang"],
    ]);
    const production = sampleProduction();
    const months = ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"];
    expect(book.getValues(SHEET, "A1:A4").map((r) => r[0])).toEqual([
      "S&OP MPS",
      expect.stringContaining("master production schedule"),
      "Approved by Wang Fang on 2024-04-28 09:00, saved as version «Approved 2024-04».",
      "Frozen periods (1): 2024-04.",
    ]);
    const header = 7; // title, note, three lines, a blank row: the table's header on row 7
    expect(book.getValues(SHEET, `A${header}:D${header}`)).toEqual([
      ["Family", "Period", "Planned production", "Frozen"],
    ]);
    expect(book.getValues(SHEET, `A${header + 1}:D${header + 6}`)).toEqual(
      months.map((month, t) => ["Demo product", month, production[t], t === 0 ? "Frozen" : ""])
    );
    const [columns, ...rows] = csvRows(outcome.csv.bytes);
    expect(outcome.csv.fileName).toBe("S&OP MPS 2024-04.csv");
    expect(columns).toEqual([...MPS_CSV_COLUMNS]);
    expect(rows).toEqual(
      months.map((month, t) => [
        "Demo product",
        month,
        String(production[t]),
        t === 0 ? "1" : "0",
        "2024-04",
        "Approved 2024-04",
        "Wang Fang",
        APRIL_END.toISOString(),
      ])
    );
  });

  test("after a roll forward, May's production changed inside the frozen period is listed", async () => {
    const { book, workbook, later } = await sampleBook();
    approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    later(new Date(2024, 3, 30, 17, 0));
    const rolled = await workbook.rollForward(EN);
    if (!rolled.ok) throw new Error(JSON.stringify(rolled.problems));
    // May, now the plan's first period (B7 of S&OP Input), is raised by 600.
    const may = sampleProduction()[1] ?? NaN;
    expect(book.getValues("S&OP Input", "B3:B3")).toEqual([["2024-05"]]);
    expect(book.getValues("S&OP Input", "B7")).toEqual([[may]]);
    book.setValues("S&OP Input", "B7", [[may + 600]]);
    later(new Date(2024, 4, 27, 10, 0));
    const preview = await workbook.previewApproval(EN);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.preview.previous?.name).toBe("Approved 2024-04");
    expect(preview.preview.changes).toEqual([
      { family: "Demo product", period: "2024-05", before: may, now: may + 600, change: 600 },
    ]);
    approved(await workbook.approvePlan({ approvedBy: "Li Lei" }, EN));
    expect(book.getValues(SHEET, "A5")).toEqual([
      [
        "Changes inside the frozen periods against «Approved 2024-04»: 1, listed beside for the meeting.",
      ],
    ]);
    expect(book.getValues(SHEET, "F6:J8")).toEqual([
      ["Changes inside the frozen periods against «Approved 2024-04»", "", "", "", ""],
      ["Family", "Period", "Approved before", "Now", "Change"],
      ["Demo product", "2024-05", may, may + 600, 600],
    ]);
    // The meeting pack lists the same change for the meeting.
    const published = await workbook.publishMeetingPack(EN);
    if (!published.ok) throw new Error(JSON.stringify(published.problems));
    const column = book.getValues("S&OP Meeting", "A1:A300").map((row) => row[0]);
    const at = column.indexOf("Changes inside the frozen periods") + 1;
    expect(at).toBeGreaterThan(0);
    expect(book.getValues("S&OP Meeting", `A${at + 1}:E${at + 3}`)).toEqual([
      [
        "Production changed inside the frozen periods against the approved plan «Approved 2024-04», 1 in all:",
        "",
        "",
        "",
        "",
      ],
      ["Family", "Period", "Approved before", "Now", "Change"],
      ["Demo product", "2024-05", may, may + 600, 600],
    ]);
  });

  test("approving the same cycle again saves another approved version", async () => {
    const { workbook } = await sampleBook();
    approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    const preview = await workbook.previewApproval(EN);
    expect(preview.ok && preview.preview.approvedBefore?.name).toBe("Approved 2024-04");
    const again = approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    expect(again.version.name).toBe("Approved 2024-04 (2)");
  });
});

describe("refusals: named, nothing written", () => {
  test.each([
    ["no approver", "", undefined, { kind: "approverBlank", range: "workbook" }],
    [
      "frozen periods beyond the plan",
      "Wang Fang",
      7,
      expect.objectContaining({
        kind: "invalidOption",
        range: "SOP_FrozenPeriods",
        cell: "'S&OP Input'!M7",
        found: "7",
        rule: "frozenPeriods",
      }),
    ],
    [
      "frozen periods as text",
      "Wang Fang",
      "two",
      expect.objectContaining({
        kind: "invalidOption",
        range: "SOP_FrozenPeriods",
        found: '"two"',
      }),
    ],
  ] as const)("%s", async (_, by, frozen, problem) => {
    const { book, workbook } = await sampleBook();
    if (frozen !== undefined) {
      book.setValues("S&OP Input", "M7", [[frozen]]);
    }
    const before = sheetNames(book);
    const outcome = await workbook.approvePlan({ approvedBy: by }, EN);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([problem]);
    expect(sheetNames(book)).toEqual(before);
  });

  test("a planner's own S&OP MPS sheet is left alone", async () => {
    const { book, workbook } = await sampleBook();
    book.addSheet(SHEET);
    book.setValues(SHEET, "A1", [["my MPS"]]);
    const outcome = approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    expect(outcome.sheet).toBe("S&OP MPS (2)");
    expect(book.getValues(SHEET, "A1")).toEqual([["my MPS"]]);
  });

  test("SOP_FrozenPeriods of 2 freezes two periods; 0 none", async () => {
    const { book, workbook } = await sampleBook();
    book.setValues("S&OP Input", "M7", [[2]]);
    const two = approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    expect(csvRows(two.csv.bytes).map((row) => row[3])).toEqual([
      "frozen",
      "1",
      "1",
      "0",
      "0",
      "0",
      "0",
    ]);
    book.setValues("S&OP Input", "M7", [[0]]);
    const none = approved(await workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    expect(none.preview.frozenLabels).toEqual([]);
    expect(book.getValues(SHEET, "A4")).toEqual([
      ["No period is frozen (SOP_FrozenPeriods is 0)."],
    ]);
  });
});
