import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { callsSopFunction, freezeXlsx } from "../../../src/excel/sheets/freezeXlsx";
import type { ExcelHost } from "../../../src/excel/workbookAccess";
import { createStandInWorkbook, type StandInWorkbook } from "../../../src/playground/excel";
import { openXlsx, saveXlsx } from "../../../src/playground/xlsx";

/**
 * Freeze for sharing, end to end on the stand-in: a workbook with typed SOP.BALANCE and SOP.GAP
 * formulas (computed by HyperFormula) is saved by the playground, the copy made from that file
 * has no SOP.* formula left, shows the same values, keeps every other formula, and the workbook
 * itself is unchanged.
 */

const INPUT = "S&OP Input";
const BALANCE =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

async function bookWithFormulas(): Promise<StandInWorkbook> {
  const book = createStandInWorkbook({ formulas: "hyperformula" });
  const workbook = createExcelPlanningWorkbook(book.host);
  expect((await workbook.insertSampleData({ language: "en" })).ok).toBe(true);
  book.enterCell(INPUT, "A24", BALANCE);
  book.enterCell(INPUT, "A32", "=SOP.GAP(15000, 13000, A14:A17, B14:B17)");
  book.enterCell(INPUT, "H5", "=SUM(B5:G5)");
  return book;
}

/** A host over the stand-in whose file is what the playground saves; delivered copies are kept. */
function hostWithFiles(book: StandInWorkbook): {
  host: ExcelHost;
  delivered: { name: string; bytes: Uint8Array }[];
} {
  const delivered: { name: string; bytes: Uint8Array }[] = [];
  return {
    delivered,
    host: {
      run: (batch) => book.host.run(batch),
      isSetSupported: () => true,
      files: {
        read: async () => new Uint8Array((await saveXlsx(book)).data),
        deliver: (bytes, name) => {
          delivered.push({ name, bytes });
          return Promise.resolve("downloaded");
        },
      },
    },
  };
}

describe("Freeze for sharing", () => {
  test("the copy has no SOP.* formula, the same values and the other formulas; the workbook is unchanged", async () => {
    const book = await bookWithFormulas();
    book.model.name = "Plan.xlsx";
    const spill = book.spillOf(INPUT, "A24");
    expect(spill).toBeDefined();
    const before = book.getValues(INPUT, spill?.address ?? "A24");
    const gapBefore = book.getValues(INPUT, book.spillOf(INPUT, "A32")?.address ?? "A32");

    const { host, delivered } = hostWithFiles(book);
    const outcome = await createExcelPlanningWorkbook(host).freezeForSharing({ language: "en" });
    expect(outcome).toEqual({
      ok: true,
      fileName: "Plan (frozen).xlsx",
      frozen: [{ sheet: INPUT, cells: 2 }],
      delivery: "downloaded",
    });
    const copy = delivered[0];
    if (!copy) throw new Error("nothing delivered");

    // In the file itself: not one formula calls SOP.*, and no calculation chain names them.
    const parts = unzipSync(copy.bytes);
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    for (const [name, data] of Object.entries(parts)) {
      if (!name.startsWith("xl/worksheets/")) continue;
      const formulas = [...strFromU8(data).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map(
        (m) => m[1] ?? ""
      );
      expect(formulas.filter(callsSopFunction)).toEqual([]);
    }

    // Opened again: the values it showed, the SUM still a formula.
    const reopened = await openXlsx(copy.bytes.slice().buffer, copy.name, { formulas: "none" });
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.refusal));
    const frozen = reopened.book;
    expect(frozen.getValues(INPUT, spill?.address ?? "A24")).toEqual(before);
    expect(frozen.getValues(INPUT, book.spillOf(INPUT, "A32")?.address ?? "A32")).toEqual(
      gapBefore
    );
    expect(frozen.getCell(INPUT, "A24").formula).toBeUndefined();
    expect(frozen.getCell(INPUT, "H5").formula).toBe("=SUM(B5:G5)");

    // The planner's workbook still has its formulas.
    expect(book.getCell(INPUT, "A24").formula).toBe(BALANCE);
  });

  test("a host that cannot give the file is refused, and the Chinese file name", async () => {
    const book = await bookWithFormulas();
    const refused = await createExcelPlanningWorkbook(book.host).freezeForSharing({
      language: "en",
    });
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          kind: "needsNewerExcel",
          range: "workbook",
          feature: "freezeForSharing",
          found: "ExcelApi 1.8, File 1.1",
        },
      ],
    });
    book.model.name = "计划.xlsx";
    const { host } = hostWithFiles(book);
    const outcome = await createExcelPlanningWorkbook(host).freezeForSharing({ language: "zh" });
    expect(outcome).toMatchObject({ ok: true, fileName: "计划(冻结).xlsx" });
  });

  test("freezeXlsx: a file that is not a workbook is refused", () => {
    expect(freezeXlsx(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: "notXlsx" });
  });

  test("freezeXlsx: text results become inline text, Excel's dynamic-array metadata and calculation chain go", () => {
    const sheet =
      '<worksheet><sheetData><row r="1">' +
      '<c r="A1" t="str" cm="1"><f t="array" ref="A1:A2">_xldudf_SOP_BALANCE(B1:B2)</f><v>Shortage &amp; more</v></c>' +
      '<c r="B1"><f>SUM(C1:C2)</f><v>3</v></c>' +
      '<c r="C1" s="2"><f>SOP.GAP(1,2,D1,E1)</f><v>7</v></c>' +
      '<c r="D1"><f>MYSOP.X(1)</f><v>1</v></c>' +
      "</row></sheetData></worksheet>";
    const file = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types><Override PartName="/xl/calcChain.xml" ContentType="x"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="y"/></Types>'
      ),
      "xl/workbook.xml": strToU8(
        '<workbook><sheets><sheet name="P&amp;L" sheetId="1" r:id="rId1"/></sheets></workbook>'
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="t/calcChain" Target="calcChain.xml"/></Relationships>'
      ),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
      "xl/calcChain.xml": strToU8('<calcChain><c r="A1" i="1"/></calcChain>'),
    });
    const result = freezeXlsx(file, new Map([["P&L", new Set(["A1"])]]));
    if (!result.ok) throw new Error(result.reason);
    expect(result.frozen).toEqual([{ sheet: "P&L", cells: 2 }]);
    const parts = unzipSync(result.bytes);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array())).toBe(
      '<worksheet><sheetData><row r="1">' +
        '<c r="A1" t="inlineStr"><is><t xml:space="preserve">Shortage &amp; more</t></is></c>' +
        '<c r="B1"><f>SUM(C1:C2)</f><v>3</v></c>' +
        '<c r="C1" s="2"><v>7</v></c>' +
        '<c r="D1"><f>MYSOP.X(1)</f><v>1</v></c>' +
        "</row></sheetData></worksheet>"
    );
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array())).not.toContain(
      "calcChain"
    );
    expect(strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array())).not.toContain("calcChain");
  });
});
