import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createStandInWorkbook } from "../../../src/playground/excel";
import { describeXlsxNote, describeXlsxRefusal } from "../../../src/playground/page/xlsxWords";
import { openXlsx, saveXlsx } from "../../../src/playground/xlsx";

/** Files that are not workbooks, or are damaged, are refused with a message naming the file. */

async function savedSample(): Promise<Uint8Array> {
  const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan"] });
  book.setValues("Plan", "A1:C2", [
    ["Month", "2024-04", "2024-05"],
    ["Forecast", 12000, 13500],
  ]);
  book.enterCell("Plan", "D2", "=SUM(B2:C2)");
  book.defineName("SOP_Forecast", "=Plan!$B$2:$C$2");
  return new Uint8Array((await saveXlsx(book)).data);
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The refusal, in the words the page shows in English (the Chinese are checked in test/i18n). */
async function refusal(data: Uint8Array, fileName: string): Promise<string> {
  const outcome = await openXlsx(data, fileName, { formulas: "hyperformula" });
  if (outcome.ok) throw new Error(`${fileName} was opened`);
  return describeXlsxRefusal("en", fileName, outcome.refusal);
}

describe("openXlsx refuses", () => {
  it("a text file", async () => {
    const message = await refusal(encode("Month,Forecast\n2024-04,12000\n"), "plan.csv");
    expect(message).toBe(
      "“plan.csv” is not an Excel workbook (.xlsx). The workbook on the page is unchanged."
    );
  });

  it("an empty file", async () => {
    expect(await refusal(new Uint8Array(0), "empty.xlsx")).toMatch(/^“empty.xlsx” is empty/);
  });

  it("an Excel 97–2003 file", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal(xls, "old.xls")).toMatch(/^“old.xls” is an Excel 97–2003 workbook/);
  });

  it("a zip file that holds no workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "not a workbook");
    const data = await zip.generateAsync({ type: "uint8array" });
    expect(await refusal(data, "archive.xlsx")).toMatch(
      /^“archive.xlsx” is not an Excel workbook \(\.xlsx\): it is a zip file without a workbook/
    );
  });

  it("a truncated workbook", async () => {
    const saved = await savedSample();
    const message = await refusal(saved.slice(0, Math.floor(saved.length / 2)), "cut.xlsx");
    expect(message).toMatch(/^“cut.xlsx” is damaged and cannot be opened \(.+\)\./);
    expect(message).toContain("The workbook on the page is unchanged.");
  });

  it("a workbook whose contents were overwritten", async () => {
    const saved = await savedSample();
    const damaged = saved.slice();
    // Past the first local header: the compressed data of the first parts.
    for (let i = 200; i < Math.min(damaged.length - 200, 1200); i++) damaged[i] = 0x55;
    expect(await refusal(damaged, "broken.xlsx")).toMatch(
      /^“broken.xlsx” is damaged and cannot be opened/
    );
  });
});

describe("openXlsx opens", () => {
  it("a workbook exceljs wrote by itself, with its names", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.getCell("A1").value = 5;
    sheet.getCell("A2").value = { formula: "A1*2", result: 10 };
    sheet.getCell("B1").value = new Date(Date.UTC(2024, 3, 1));
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    workbook.definedNames.add("Plan!$A$1", "Base");
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = await openXlsx(data, "other.xlsx", { formulas: "hyperformula" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    expect(outcome.notes).toEqual([]);
    expect(outcome.book.getCell("Plan", "A2")).toEqual({ value: 10, formula: "=A1*2" });
    expect(outcome.book.getCell("Plan", "B1")).toEqual({
      value: 45383,
      numberFormat: "yyyy-mm-dd",
    });
    outcome.book.enterCell("Plan", "A1", "7");
    expect(outcome.book.getCell("Plan", "A2").value).toBe(14);
    expect(outcome.book.model.names.map((n) => n.name)).toEqual(["Base"]);
  });

  it("and says which names it left out", async () => {
    const saved = await savedSample();
    const zip = await JSZip.loadAsync(saved);
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file(
      "xl/workbook.xml",
      xml.replace(
        "</definedNames>",
        '<definedName name="Both">Plan!$A$1,Plan!$C$1</definedName></definedNames>'
      )
    );
    const outcome = await openXlsx(await zip.generateAsync({ type: "uint8array" }), "x.xlsx", {
      formulas: "hyperformula",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    expect(outcome.notes).toEqual([
      expect.objectContaining({
        kind: "nameLeftOut",
        name: "Both",
        formula: "Plan!$A$1,Plan!$C$1",
      }),
    ]);
    expect(outcome.notes.map((note) => describeXlsxNote("en", note))).toEqual([
      expect.stringMatching(/^The name Both \(=Plan!\$A\$1,Plan!\$C\$1\) was left out: ./),
    ]);
    expect(outcome.book.getCell("Plan", "D2").value).toBe(25500);
  });
});
