import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { SOP_NAMES } from "../../../src/workbook";
import {
  type Cell,
  type StandInWorkbook,
  type WorkbookModel,
  createStandInWorkbook,
} from "../../../src/playground/excel";
import { describeName } from "../../../src/playground/excel/model";
import { openXlsx, saveXlsx, type XlsxNote } from "../../../src/playground/xlsx";
import { seedRollingPlan } from "../../support/seedDemo";

/**
 * The sample after a rolling-plan run, saved to an .xlsx and opened again: values, formulas, names
 * (a constant and a sheet-scoped one included), the S&OP Balance table, number formats, status
 * colours and frozen rows come back as they were.
 */

const BALANCE = "S&OP Balance";
const INPUT = "S&OP Input";
const SPILL_FORMULA =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

async function plannedBook(): Promise<StandInWorkbook> {
  const book = createStandInWorkbook({ formulas: "hyperformula" });
  const workbook = createExcelPlanningWorkbook(book.host, () => new Date(2024, 3, 1, 9, 30));
  expect((await workbook.insertSampleData({ language: "en" })).ok).toBe(true);
  await workbook.saveLanguage("zh");
  expect((await workbook.runRollingPlan({ language: "en" })).ok).toBe(true);
  book.enterCell(INPUT, "A24", SPILL_FORMULA);
  book.enterCell(INPUT, "H5", "=SUM(B5:G5)");
  book.defineName("Horizon", `='${INPUT}'!$B$3:$G$3`, { scope: INPUT, comment: "Periods here" });
  return book;
}

/** Every stored cell of a sheet, by address, as `getCell` reports it. */
function cellsOf(model: WorkbookModel, sheetName: string): Map<string, Cell> {
  const sheet = model.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const cells = new Map<string, Cell>();
  for (const [row, column, cell] of sheet.cells.entries()) cells.set(`${row},${column}`, cell);
  return cells;
}

function namesOf(model: WorkbookModel) {
  return model.names
    .map((n) => ({
      name: n.name,
      scope: n.scope?.name,
      formula: describeName(n).formula,
      visible: n.visible,
      comment: n.comment,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe("saveXlsx then openXlsx", () => {
  let before: StandInWorkbook;
  let after: StandInWorkbook;
  let data: ArrayBuffer;
  let notes: readonly XlsxNote[];

  beforeAll(async () => {
    before = await plannedBook();
    ({ data, notes } = await saveXlsx(before));
    const opened = await openXlsx(data, "plan.xlsx", { formulas: "hyperformula" });
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    after = opened.book;
  });

  it("keeps the sheets, in order, and the active one", () => {
    expect(after.model.sheets.map((s) => s.name)).toEqual(before.model.sheets.map((s) => s.name));
    expect(after.model.active.name).toBe(before.model.active.name);
  });

  it("keeps every cell: values, formulas and formats", () => {
    for (const sheet of before.model.sheets) {
      expect(cellsOf(after.model, sheet.name)).toEqual(cellsOf(before.model, sheet.name));
    }
  });

  it("keeps the plan's figures and number formats on S&OP Balance", () => {
    const firstRow = 5;
    seedRollingPlan.forEach((period, i) => {
      const row = firstRow + i;
      expect(after.getCell(BALANCE, `B${row}`)).toMatchObject({
        value: period.month,
        numberFormat: "@",
      });
      expect(after.getCell(BALANCE, `E${row}`)).toMatchObject({
        value: period.effectiveDemand,
        numberFormat: "#,##0",
      });
      expect(after.getCell(BALANCE, `I${row}`).numberFormat).toBe("0.0%");
      expect(after.getCell(BALANCE, `L${row}`).numberFormat).toBe("0.0");
    });
  });

  it("keeps formulas with their values, spills included", () => {
    expect(after.getCell(INPUT, "H5")).toMatchObject({ formula: "=SUM(B5:G5)", value: 75500 });
    expect(after.getCell(INPUT, "A24")).toMatchObject({
      formula: SPILL_FORMULA,
      value: seedRollingPlan[0]?.effectiveDemand,
    });
    expect(after.spillOf(INPUT, "C22")).toEqual(before.spillOf(INPUT, "C22"));
    expect(after.getValues(INPUT, "A24:F29")).toEqual(before.getValues(INPUT, "A24:F29"));
    // The sheet's one spill (A24's SOP.BALANCE) is written as an array formula, and said so.
    expect(notes).toEqual([{ kind: "spillsAsArrays", count: 1 }]);
  });

  it("keeps every name: ranges, the SOP_Language constant, hidden markers, sheet scope", () => {
    expect(namesOf(after.model)).toEqual(namesOf(before.model));
    expect(namesOf(after.model)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "SOP_Language", formula: '="zh"', visible: false }),
        expect.objectContaining({
          name: "Horizon",
          scope: INPUT,
          formula: "='S&OP Input'!$B$3:$G$3",
          comment: "Periods here",
        }),
        expect.objectContaining({ name: "SOP_Output_Balance", visible: false }),
      ])
    );
  });

  it("keeps the S&OP Balance table, its status colours, frozen rows and column widths", () => {
    const table = (book: StandInWorkbook) =>
      book.model.tables.map((t) => ({ ...t, sheet: t.sheet.name }));
    expect(table(after)).toEqual(table(before));
    // The plan table, and the sample's revenue against its budget beside it.
    expect(table(after)).toEqual([
      expect.objectContaining({ name: "Table1", sheet: BALANCE }),
      expect.objectContaining({ name: "Table2", sheet: BALANCE }),
    ]);
    const sheet = (book: StandInWorkbook) => book.sheet(BALANCE);
    expect(sheet(after).frozenRows).toBe(sheet(before).frozenRows);
    expect(sheet(after).frozenRows).toBeGreaterThan(0);
    expect(sheet(after).columnWidths).toEqual(sheet(before).columnWidths);
    const formats = (book: StandInWorkbook) =>
      sheet(book).conditionalFormats.map(({ sheet: _sheet, ...cf }) => cf);
    expect(formats(after)).toEqual(formats(before));
    expect(formats(after)).toHaveLength(3);
  });

  it("runs the plan again on the workbook opened", async () => {
    const workbook = createExcelPlanningWorkbook(after.host);
    expect(await workbook.loadLanguage()).toBe("zh");
    const report = await workbook.inspect();
    expect(report.readyForPlan).toBe(true);
    expect((await workbook.runGapScenarios({ language: "en" })).ok).toBe(true);
  });

  it("writes names another reader finds: exceljs sees the ranges, workbook.xml the rest", async () => {
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(data);
    expect(other.definedNames.getRanges("SOP_Forecast").ranges).toEqual(["'S&OP Input'!$B$5:$G$5"]);
    const zip = await JSZip.loadAsync(data);
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(xml).toContain('<definedName name="SOP_Language" comment=');
    expect(xml).toMatch(
      /<definedName name="SOP_Language"[^>]* hidden="1">&quot;zh&quot;<\/definedName>/
    );
    expect(xml).toMatch(/<definedName name="Horizon"[^>]* localSheetId="1">/);
  });

  it("covers every contract name of the sample", () => {
    const names = new Set(after.model.names.map((n) => n.name));
    // SOP_ActualClosing is entered by the planner at month end, SOP_Resources only where families
    // share a resource: the sample has neither.
    for (const name of SOP_NAMES.filter((n) => n !== "SOP_ActualClosing" && n !== "SOP_Resources"))
      expect(names).toContain(name);
  });
});
