import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import type { PlanningWorkbook, RunOptions } from "../../../src/workbook";
import type { StandInWorkbook } from "../../../src/playground/excel";
import { openXlsx, saveXlsx } from "../../../src/playground/xlsx";
import { largeWorkbook, seedWorkbook } from "../../support/seedWorkbook";

/**
 * Versions live in the workbook's cells, so they travel with the file: saved to .xlsx by the
 * playground and opened again, every version is still listed, identical, and restorable.
 */

const EN: RunOptions = { language: "en" };
const NOW = new Date(2026, 10, 23, 9, 30);

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
}

async function reopened(book: StandInWorkbook): Promise<StandInWorkbook> {
  const { data } = await saveXlsx(book);
  const opened = await openXlsx(data, "plan.xlsx", { formulas: "none" });
  if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
  return opened.book;
}

const workbookOf = (book: StandInWorkbook): PlanningWorkbook =>
  createExcelPlanningWorkbook(book.host, () => NOW);

describe("versions in a saved .xlsx", () => {
  test("are listed again, identical, on the very hidden sheet, and restore the inputs", async () => {
    const book = seedWorkbook();
    const before = workbookOf(book);
    ok(await before.saveVersion({ name: "April", note: "审核后 after review" }, EN));
    ok(
      await before.saveVersion(
        {
          name: "Promotion",
          note: "",
          adjustments: [
            {
              target: "demand",
              mode: "percent",
              amount: 10,
              families: [],
              fromPeriod: "2024-06",
              toPeriod: "2024-06",
            },
          ],
        },
        EN
      )
    );
    const listed = ok(await before.listVersions()).versions;
    const original = book.getValues("Plan", "A1:G13");

    const after = await reopened(book);
    expect(after.sheet("SOP_Versions").visibility).toBe("VeryHidden");
    const workbook = workbookOf(after);
    expect(ok(await workbook.listVersions()).versions).toEqual(listed);
    const april = listed[0];
    if (!april) throw new Error("no version");
    expect(ok(await workbook.previewRestore(april.id)).changes).toEqual([]);
    after.setValues("Plan", "B2:G2", [[1, 2, 3, 4, 5, 6]]);
    ok(await workbook.restoreVersion(april.id, EN));
    expect(after.getValues("Plan", "A1:G13")).toEqual(original);
  });

  test("a version of 1,000 families × 36 periods survives the file", async () => {
    const book = largeWorkbook(1000, 36);
    const saved = ok(await workbookOf(book).saveVersion({ name: "big", note: "" }, EN)).version;
    const after = await reopened(book);
    const workbook = workbookOf(after);
    expect(ok(await workbook.listVersions()).versions).toEqual([saved]);
    expect(ok(await workbook.previewRestore(saved.id)).changes).toEqual([]);
  }, 120_000);
});
