import { readFileSync } from "fs";
import path from "path";
import { columnLetters } from "../../src/excel/sheets/addresses";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { createStandInWorkbook, type StandInWorkbook } from "../../src/playground/excel";
import type { ImportPreview, ImportRequest } from "../../src/workbook";
import { parseCsv } from "../support/libreoffice";

/**
 * Import ERP extract over the real Excel layer on the stand-in, with real-shaped extracts
 * (test/fixtures/extracts): a GBK file with Chinese headers and mixed date forms, a semicolon
 * file with decimal commas, an .xlsx of LibreOffice's with dates as serials, a file with bad rows.
 * The ranges the names point at hold the sums computed here from the file itself; bad rows are
 * named; a refused import writes nothing.
 */

const NOW = new Date(2024, 3, 2, 9, 0);
const EN = { language: "en" } as const;
const FIXTURES = path.join(__dirname, "..", "fixtures", "extracts");

const file = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
});

function planning(book: StandInWorkbook) {
  return createExcelPlanningWorkbook(book.host, () => NOW);
}

/** The values a workbook name points at now. */
function named(book: StandInWorkbook, name: string): unknown[][] {
  const item = book.model.names.find((n) => n.name === name && n.scope === undefined);
  if (item?.target.kind !== "range") throw new Error(`${name} is not a range`);
  const { sheet, block } = item.target;
  const from = `${columnLetters(block.column)}${String(block.row + 1)}`;
  const to = `${columnLetters(block.column + block.columns - 1)}${String(block.row + block.rows)}`;
  return book.getValues(sheet.name, `${from}:${to}`);
}

/** Months `yyyy-mm` from `first` to `last`. */
function months(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const label = `${String(y)}-${String(m).padStart(2, "0")}`;
    out.push(label);
    if (label === last) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/** The GBK fixture, decoded and summed here: per family × month by type word. */
function gbkSums() {
  const text = new TextDecoder("gbk").decode(readFileSync(path.join(FIXTURES, "erp-gbk.csv")));
  const [, ...rows] = parseCsv(text).filter((row) => row.length > 1);
  const sums = new Map<string, number>();
  for (const [family, date, quantity, type] of rows) {
    const match = /^(\d{4})\D+(\d{1,2})/.exec(date ?? "");
    const month = `${match?.[1] ?? ""}-${(match?.[2] ?? "").padStart(2, "0")}`;
    const key = `${type ?? ""}|${family ?? ""}|${month}`;
    sums.set(key, (sums.get(key) ?? 0) + Number((quantity ?? "").replace(/,/g, "")));
  }
  return (type: string, family: string, month: string) =>
    sums.get(`${type}|${family}|${month}`) ?? 0;
}

async function preview(book: StandInWorkbook, request: ImportRequest): Promise<ImportPreview> {
  const outcome = await planning(book).previewImport(request, EN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.preview;
}

describe("a GBK extract with Chinese headers, into an empty workbook", () => {
  test("the preview: the columns found, the families, the months, the totals, what it names", async () => {
    const book = createStandInWorkbook();
    const before = book.model.sheets.map((s) => s.name);
    const seen = await preview(book, { file: file("erp-gbk.csv") });
    expect(seen.source).toEqual({ kind: "csv", encoding: "gb18030", delimiter: "," });
    expect(seen.header).toEqual(["物料", "月份", "数量", "类型"]);
    expect(seen.mapping).toEqual({ family: 0, period: 1, quantity: 2, type: 3 });
    expect(seen.families).toEqual(["泵", "阀门"]);
    // No SOP_Periods: the plan is the months of the open orders, after the history.
    expect(seen.periods).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(seen.historyMonths).toEqual(months("2023-04", "2024-03"));
    expect(seen.totals.map((t) => t.kind)).toEqual(["history", "orders", "stock"]);
    expect(seen.badRowCount).toBe(0);
    expect(seen.names.map((n) => n.name).sort()).toEqual([
      "SOP_Families",
      "SOP_History",
      "SOP_HistoryPeriods",
      "SOP_OpeningStock",
      "SOP_Orders",
      "SOP_Periods",
    ]);
    expect(seen.names.every((n) => n.replaces === undefined)).toBe(true);
    // A preview writes nothing.
    expect(book.model.sheets.map((s) => s.name)).toEqual(before);
    expect(book.model.names.filter((n) => n.name.startsWith("SOP_"))).toEqual([]);
  });

  test("the import: every named range holds the file's own sums", async () => {
    const book = createStandInWorkbook();
    const outcome = await planning(book).importExtract({ file: file("erp-gbk.csv") }, EN);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.sheet).toBe("S&OP Data");
    const sum = gbkSums();
    const families = ["泵", "阀门"];
    const history = months("2023-04", "2024-03");
    const plan = ["2024-04", "2024-05", "2024-06"];
    expect(named(book, "SOP_Periods")).toEqual([plan]);
    expect(named(book, "SOP_Families")).toEqual(families.map((f) => [f]));
    expect(named(book, "SOP_HistoryPeriods")).toEqual([history]);
    expect(named(book, "SOP_History")).toEqual(
      families.map((f) => history.map((m) => sum("销售", f, m)))
    );
    expect(named(book, "SOP_Orders")).toEqual(
      families.map((f) => plan.map((m) => sum("销售订单", f, m)))
    );
    expect(named(book, "SOP_OpeningStock")).toEqual(
      families.map((f) => [sum("期初库存", f, "2024-03")])
    );
    // Month labels stay text.
    expect(book.getCell("S&OP Data", "B4").numberFormat).toBe("@");
  });
});

describe("a semicolon extract with decimal commas, into the sample", () => {
  test("history on the sample's periods; the names of the sample's own cells are said to move", async () => {
    const book = createStandInWorkbook();
    const workbook = planning(book);
    await workbook.insertSampleData(EN);
    const request = { file: file("erp-semicolon.csv") };
    const seen = await preview(book, request);
    expect(seen.source).toEqual({ kind: "csv", encoding: "utf-8", delimiter: ";" });
    expect(seen.decimal).toBe(",");
    // The sample's SOP_Periods (2024-04 on) stays: the history runs on to 2024-03, zeros after 2023-12.
    expect(seen.periods).toEqual(months("2024-04", "2024-09"));
    expect(seen.historyMonths).toEqual(months("2023-01", "2024-03"));
    const moved = Object.fromEntries(seen.names.map((n) => [n.name, n.replaces]));
    expect(moved).toEqual({
      SOP_Families: "'S&OP Input'!B4",
      SOP_History: "'S&OP Input'!B21:AK21",
      SOP_HistoryPeriods: "'S&OP Input'!B20:AK20",
      SOP_OpeningStock: "'S&OP Input'!B10",
    });
    const outcome = await workbook.importExtract(request, EN);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const history = named(book, "SOP_History");
    // 1000,5 + 10 a month for Pumps; 1.200,25 + 1 a month for Valves (thousands with a point).
    expect(history[0]?.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => 1000.5 + 10 * i));
    expect(history[1]?.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => 1200.25 + i));
    expect(history[0]?.slice(12)).toEqual([0, 0, 0]);
    expect(named(book, "SOP_OpeningStock")).toEqual([[350.75], [0]]);
    // The sample's SOP_Periods is the planner's and still points where it did.
    expect(named(book, "SOP_Periods")).toEqual([months("2024-04", "2024-09")]);
  });
});

test("an .xlsx from LibreOffice, dates as serials, no type column: every row is sales history", async () => {
  const book = createStandInWorkbook();
  const outcome = await planning(book).importExtract({ file: file("erp-serials.xlsx") }, EN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  expect(outcome.preview.source).toEqual({ kind: "xlsx", sheet: "erp-serials" });
  expect(outcome.preview.mapping).toEqual({ family: 0, period: 1, quantity: 2 });
  expect(named(book, "SOP_Families")).toEqual([["A-100"], ["B-200"]]);
  expect(named(book, "SOP_HistoryPeriods")).toEqual([months("2023-04", "2023-12")]);
  expect(named(book, "SOP_History")).toEqual([
    Array.from({ length: 9 }, (_, i) => 500 + i),
    Array.from({ length: 9 }, (_, i) => 80 + i),
  ]);
  // With history only and no SOP_Periods, the plan is the next 12 months.
  expect(named(book, "SOP_Periods")).toEqual([months("2024-01", "2024-12")]);
});

test("bad rows: each named with its line and why; the good rows imported", async () => {
  const book = createStandInWorkbook();
  const outcome = await planning(book).importExtract({ file: file("erp-bad-rows.csv") }, EN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  expect(outcome.preview.badRows).toEqual([
    { line: 3, reason: "noFamily" },
    { line: 4, reason: "badPeriod", found: "Jan 2024" },
    { line: 5, reason: "badQuantity", found: "n/a" },
    { line: 6, reason: "unknownType", found: "forecast" },
    { line: 7, reason: "missingCells" },
  ]);
  expect(outcome.preview.badRowCount).toBe(5);
  expect(named(book, "SOP_History")).toEqual([[10, 12]]);
  // S&OP Data lists every row left out, at its end, so the extract can be mended at the source.
  const column = book.getValues("S&OP Data", "A1:A40").map((row) => row[0]);
  const at = column.indexOf("Line left out") + 1;
  expect(book.getValues("S&OP Data", `A${at}:C${at + 5}`)).toEqual([
    ["Line left out", "Why", "Found"],
    [3, "no family", ""],
    [4, "not a month", "Jan 2024"],
    [5, "not a quantity", "n/a"],
    [6, "a type none of sales, orders, stock, capacity", "forecast"],
    [7, "fewer cells than the columns chosen", ""],
  ]);
});

describe("refused: named, nothing written", () => {
  test.each([
    ["an empty file", { name: "empty.csv", bytes: new Uint8Array() }, { kind: "importEmpty" }],
    [
      "a damaged .xlsx",
      { name: "broken.xlsx", bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9, 9]) },
      { kind: "importUnreadable" },
    ],
    [
      "no quantity column",
      { name: "no-qty.csv", bytes: new TextEncoder().encode("family,month,remark\nA,2024-01,x\n") },
      { kind: "importMissingColumn", rule: "quantityColumn" },
    ],
    [
      "no row that can be used",
      { name: "all-bad.csv", bytes: new TextEncoder().encode("family,month,qty\nA,soon,1\n") },
      { kind: "importNoRows", expected: "1" },
    ],
  ])("%s", async (_, extract, problem) => {
    const book = createStandInWorkbook();
    const before = book.model.sheets.map((s) => s.name);
    const outcome = await planning(book).importExtract({ file: extract }, EN);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems).toEqual([{ range: "workbook", found: extract.name, ...problem }]);
    expect(book.model.sheets.map((s) => s.name)).toEqual(before);
  });

  test("a planner's own S&OP Data sheet is left alone", async () => {
    const book = createStandInWorkbook();
    book.addSheet("S&OP Data");
    book.setValues("S&OP Data", "A1", [["mine"]]);
    const outcome = await planning(book).importExtract({ file: file("erp-bad-rows.csv") }, EN);
    expect(outcome.ok && outcome.sheet).toBe("S&OP Data (2)");
    expect(book.getValues("S&OP Data", "A1")).toEqual([["mine"]]);
  });

  test("the planner's mapping is used: a quantity column chosen by hand", async () => {
    const book = createStandInWorkbook();
    const extract = {
      name: "odd.csv",
      bytes: new TextEncoder().encode("family,month,remark,pieces\nA,2024-01,x,4\nA,2024-02,y,6\n"),
    };
    const outcome = await planning(book).importExtract(
      { file: extract, mapping: { family: 0, period: 1, quantity: 3 } },
      EN
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(named(book, "SOP_History")).toEqual([[4, 6]]);
  });
});
