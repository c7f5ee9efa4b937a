import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { balancePlan } from "../../../src/engine";
import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { createStandInWorkbook } from "../../../src/playground/excel";
import { saveXlsx } from "../../../src/playground/xlsx";
import { convert, parseCsv } from "../../support/libreoffice";
import { seedMonths, seedPlan } from "../../support/seedDemo";

/**
 * A workbook saved by the playground opens in another spreadsheet program with the same numbers:
 * LibreOffice, headless, converts every sheet of the .xlsx to CSV (cell values, not as shown), and
 * the S&OP Balance table is compared cell by cell with the engine. Needs Debian's LibreOffice Calc
 * (`apt-get install -y libreoffice-calc-nogui`; .ci/run installs it): without it the test fails,
 * saying so.
 */

const WORK = path.join(__dirname, "..", "..", "..", "test-results", "libreoffice");
/** Every sheet of an .xlsx as CSV rows, by sheet name, through LibreOffice. */
function sheetsByLibreOffice(file: string): Map<string, string[][]> {
  const out = path.join(WORK, "csv");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // UTF-8 (76), first row 1, values not as shown, every sheet (-1): one file per sheet.
  convert(
    WORK,
    file,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    out
  );
  const base = path.basename(file, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(out)) {
    const sheet = name.slice(base.length + 1, -".csv".length);
    sheets.set(sheet, parseCsv(readFileSync(path.join(out, name), "utf8")));
  }
  return sheets;
}

describe("a workbook saved from the playground, opened by LibreOffice", () => {
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const workbook = createExcelPlanningWorkbook(book.host, () => new Date(2026, 10, 23, 9, 30));
    expect((await workbook.insertSampleData({ language: "en" })).ok).toBe(true);
    expect((await workbook.runRollingPlan({ language: "en" })).ok).toBe(true);
    expect((await workbook.runGapScenarios({ language: "en" })).ok).toBe(true);
    const { data } = await saveXlsx(book);
    mkdirSync(WORK, { recursive: true });
    const file = path.join(WORK, "playground.xlsx");
    writeFileSync(file, new Uint8Array(data));
    sheets = sheetsByLibreOffice(file);
  }, 180_000);

  test("has every sheet the playground wrote", () => {
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining(["S&OP Input", "S&OP Balance", "S&OP Scenarios"])
    );
  });

  test("shows the engine's numbers in every cell of S&OP Balance", () => {
    const outcome = balancePlan(seedPlan());
    if (!outcome.ok) throw new Error("engine refused the seed");
    const balance = outcome.value;
    const input = seedPlan();
    const rows = sheets.get("S&OP Balance") ?? [];
    expect(rows[3]?.slice(0, 14)).toEqual([
      "Family",
      "Period",
      "Forecast",
      "Orders",
      "Effective demand",
      "Opening stock",
      "Production",
      "Capacity",
      "Utilization",
      "Closing stock",
      "Safety stock",
      "Stock days",
      "Status",
      "Rolling gap",
    ]);
    const table = rows.slice(4, 4 + seedMonths.length);
    expect(table).toHaveLength(6);
    const words = ["Balanced", "Shortage", "Excess"];
    table.forEach((row, p) => {
      expect(row[1]).toBe(seedMonths[p]);
      // Values, not as shown, but a percentage format keeps its % sign.
      const numbers = row
        .slice(2, 12)
        .map((text) => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text)));
      const expected = [
        input.forecast[p],
        input.orders[p],
        balance.effectiveDemand[p],
        balance.openingStock[p],
        input.production[p],
        input.capacity[p],
        balance.utilization[p],
        balance.closingStock[p],
        input.safetyStock[p],
        balance.stockDays[p],
      ];
      numbers.forEach((value, i) => {
        // LibreOffice writes 15 significant digits.
        expect(value).toBeCloseTo(expected[i] ?? NaN, 9);
      });
      expect(row[12]).toBe(words[balance.status[p] ?? 0]);
      expect(Number(row[13])).toBe(balance.rollingGap[p]);
    });
  });
});
