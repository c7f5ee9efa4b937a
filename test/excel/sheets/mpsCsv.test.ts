import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { csvText, MPS_CSV_COLUMNS } from "../../../src/excel/sheets/mps";
import { sampleLayout } from "../../../src/excel/sheets/sample";
import { createStandInWorkbook } from "../../../src/playground/excel";
import { openXlsx } from "../../../src/playground/xlsx";
import { convert } from "../../support/libreoffice";

/**
 * The approved plan's CSV: fields quoted as RFC 4180 says, and the file Approve plan gives, in
 * Chinese, opened by LibreOffice (as UTF-8, comma-separated) and saved as .xlsx: the same
 * columns, the same family names in Chinese, the same numbers as SOP_Production.
 */

const WORK = path.join(__dirname, "..", "..", "..", "test-results", "mps-csv");

test.each([
  ["plain", "Demo product", "Demo product"],
  ["a comma", "Pumps, small", '"Pumps, small"'],
  ["a quote", 'The "big" one', '"The ""big"" one"'],
  ["a line break", "two\nlines", '"two\nlines"'],
  ["Chinese", "示例产品", "示例产品"],
])("a field with %s", (_, value, expected) => {
  expect(csvText(value)).toBe(expected);
});

test("LibreOffice opens the CSV with the same names and numbers", async () => {
  const book = createStandInWorkbook();
  const now = new Date(2024, 3, 28, 9, 0);
  const workbook = createExcelPlanningWorkbook(book.host, () => now);
  expect((await workbook.insertSampleData({ language: "zh" })).ok).toBe(true);
  const outcome = await workbook.approvePlan({ approvedBy: "王芳" }, { language: "zh" });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const csv = path.join(WORK, "mps.csv");
  writeFileSync(csv, outcome.csv.bytes);
  // Comma (44), double quote (34), UTF-8 (76), from row 1; saved as .xlsx.
  convert(WORK, csv, "xlsx", WORK, "CSV:44,34,76,1");
  const opened = await openXlsx(readFileSync(path.join(WORK, "mps.xlsx")), "mps.xlsx", {
    formulas: "none",
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
  const sheet = opened.book.model.sheets[0]?.name ?? "";
  const rows = opened.book.getValues(sheet, "A1:H7");
  // The byte-order mark is not part of the first header.
  expect(rows[0]).toEqual([...MPS_CSV_COLUMNS]);
  const layout = sampleLayout("zh");
  const entry = layout.names.find((n) => n.name === "SOP_Production");
  const production = entry
    ? layout.values[entry.row]?.slice(entry.column, entry.column + entry.columns)
    : [];
  const family = layout.values[3]?.[1];
  expect(family).toBe("示例产品");
  rows.slice(1).forEach((row, t) => {
    expect(row[0]).toBe(family);
    expect(row[2]).toBe(production?.[t]);
    expect(row[3]).toBe(t === 0 ? 1 : 0);
    expect(row[5]).toBe("已批准 2024-04");
    expect(row[6]).toBe("王芳");
  });
}, 180_000);
