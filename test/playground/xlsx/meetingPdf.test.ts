import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { createExcelPlanningWorkbook } from "../../../src/excel/excelWorkbook";
import { createStandInWorkbook } from "../../../src/playground/excel";
import { saveXlsx } from "../../../src/playground/xlsx";
import { convert, run, tool } from "../../support/libreoffice";

/**
 * The meeting pack on paper: built from the seed demo on the stand-in, saved by the playground,
 * printed to PDF by LibreOffice headless, then read and rendered by poppler. The S&OP Meeting page
 * is A4 landscape and carries the strip and the exceptions as text at a readable size; the page is
 * rendered to PNG (test-results/meeting-pack/meeting-page.png, the picture the README shows).
 * Needs `libreoffice-calc-nogui` and `poppler-utils` (.ci/run installs both); fails without them.
 */

const WORK = path.join(__dirname, "..", "..", "..", "test-results", "meeting-pack");

/** Points of `Page N size: 841.89 x 595.276 pts (A4)`. */
function pageSize(pdf: string, page: number): { width: number; height: number; text: string } {
  const info = run(tool("pdfinfo", "poppler-utils"), ["-f", String(page), "-l", String(page), pdf]);
  const match = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts(.*)/.exec(info);
  if (!match) throw new Error(`no page size in:\n${info}`);
  return { width: Number(match[1]), height: Number(match[2]), text: match[3] ?? "" };
}

describe("the meeting pack printed by LibreOffice", () => {
  test("the S&OP Meeting page is A4 landscape with the strip and the exceptions, rendered to PNG", async () => {
    const book = createStandInWorkbook({ sheets: ["Sheet1"] });
    const workbook = createExcelPlanningWorkbook(book.host, () => new Date(2026, 10, 24, 9, 30));
    expect((await workbook.insertSampleData({ language: "en" })).ok).toBe(true);
    await workbook.addDecision(
      {
        decision: "Overtime on line 2 in May",
        family: "",
        period: "2024-05",
        owner: "Wang Fang",
        due: "2024-05-15",
      },
      { language: "en" }
    );
    const published = await workbook.publishMeetingPack({ language: "en" });
    expect(published.ok).toBe(true);

    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    const xlsx = path.join(WORK, "meeting.xlsx");
    writeFileSync(xlsx, Buffer.from((await saveXlsx(book)).data));
    convert(WORK, xlsx, "pdf", WORK);
    const pdf = path.join(WORK, "meeting.pdf");

    // Every page's text, to find the meeting sheet's first page among the other sheets'.
    const pages = run(tool("pdftotext", "poppler-utils"), ["-layout", pdf, "-"]).split("\f");
    const page = pages.findIndex((text) => text.includes("S&OP Meeting")) + 1;
    expect(page).toBeGreaterThan(0);
    const text = pages[page - 1] ?? "";
    // The first page: the header, the strip and the exceptions.
    for (const expected of [
      "Balance by family",
      "Effective demand",
      "Closing stock",
      "Safety stock",
      "2024-04",
      "2024-09",
      "Exceptions",
      "Shortage",
    ]) {
      expect(text).toContain(expected);
    }
    // The rest follows on the next pages of the sheet (the last sheet of the file).
    const rest = pages.slice(page - 1).join("\n");
    for (const expected of [
      "Options for each gap",
      "KPIs",
      "How the KPIs are defined",
      "Open decisions",
      "Overtime on line 2 in May",
    ]) {
      expect(rest).toContain(expected);
    }

    const size = pageSize(pdf, page);
    expect(size.width).toBeCloseTo(841.89, 0);
    expect(size.height).toBeCloseTo(595.28, 0);

    // Rendered at 100 dpi: about 1169 × 827 pixels (poppler rounds), the picture of the page.
    run(tool("pdftoppm", "poppler-utils"), [
      "-png",
      "-r",
      "100",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      pdf,
      path.join(WORK, "meeting-page"),
    ]);
    const png = readFileSync(path.join(WORK, "meeting-page.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(Math.abs(width - 1169)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - 827)).toBeLessThanOrEqual(1);
  });
});
