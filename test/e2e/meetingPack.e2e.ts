import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, playgroundUrl, screenshot, withPlayground } from "./support/browser";
import { ARTIFACTS } from "./support/environment";
import { goToStep, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * The meeting in Chromium: a decision is added, the meeting pack published (its charts drawn by
 * the playground), the workbook frozen for sharing (the copy downloaded has no SOP.* formula),
 * saved and opened again with the meeting sheet intact.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string =>
  translate("en", key, values);

const MEETING = "S&OP Meeting";
const BALANCE =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

/** Every formula of a saved workbook, by sheet and cell. */
async function formulasOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const formulas: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; sharedFormula?: string } | null;
        const formula = value?.formula ?? value?.sharedFormula;
        if (formula !== undefined) formulas.push(`${sheet.name}!${cell.address}: ${formula}`);
      });
    });
  });
  return formulas;
}

test("add a decision, publish the meeting pack, freeze for sharing, save and reopen", () =>
  withPlayground(browser, "meeting-pack", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await book.enter("S&OP Input", "A24", BALANCE);
    await book.enter("S&OP Input", "H8", "=SUM(B8:G8)");
    const spilled = await book.read("S&OP Input", "A24:F25");

    // A decision of this cycle.
    await goToStep(page, "meeting");
    await page
      .getByRole("textbox", { name: t("ui.decisions.decision") })
      .fill("Outsource 2,000 in May");
    await page.getByRole("textbox", { name: t("ui.decisions.ownerLabel") }).fill("Li Ming");
    await page.getByRole("button", { name: t("ui.decisions.add"), exact: true }).click();
    await page
      .getByRole("button", {
        name: t("ui.decisions.markDone", { decision: "Outsource 2,000 in May" }),
      })
      .waitFor();

    // Publish: the sheet, its values, and the charts drawn over it.
    await pane(page)
      .getByRole("button", { name: t("ui.meeting.publish"), exact: true })
      .click();
    await page.getByText(/^Meeting pack published\. Families × periods: 1 × 6/).waitFor();
    await page.getByRole("button", { name: `Open ${MEETING}` }).click();
    await book.sheetTab(MEETING).waitFor();
    expect((await book.read(MEETING, "A1:A1"))[0]).toEqual(["S&OP Meeting"]);
    expect((await book.read(MEETING, "A7:G7"))[0]).toEqual([
      "Demo product",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
    ]);
    const supply = page.locator('[data-chart="Demo product: demand, production and capacity"] svg');
    await supply.scrollIntoViewIfNeeded();
    expect(await supply.locator("rect").count()).toBeGreaterThan(18);
    const stock = page.locator('[data-chart="Demo product: closing stock and safety stock"] svg');
    expect(await stock.locator("polyline").count()).toBe(2);
    // The sample has prices: the plan in money's two charts come first.
    const revenue = page.locator('[data-chart="Revenue against budget, and gross margin"] svg');
    await revenue.scrollIntoViewIfNeeded();
    expect(await revenue.locator("rect").count()).toBeGreaterThan(18);
    await page.getByRole("note").filter({ hasText: "4 charts on this sheet" }).waitFor();
    await screenshot(page, "meeting-pack-money", revenue);
    await supply.scrollIntoViewIfNeeded();
    await screenshot(page, "meeting-pack-charts", supply);

    // Freeze for sharing: a download with values where SOP.* formulas were, SUM kept.
    const [frozenDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: t("ui.meeting.freeze"), exact: true }).click(),
    ]);
    expect(frozenDownload.suggestedFilename()).toBe("sop-playground (frozen).xlsx");
    await page
      .getByText(/^SOP\.\* cells that now hold their values: 1 \(S&OP Input: 1\)/)
      .waitFor();
    const frozenFile = path.join(ARTIFACTS, "meeting-frozen.xlsx");
    await frozenDownload.saveAs(frozenFile);
    const formulas = await formulasOf(frozenFile);
    expect(formulas.filter((formula) => /SOP\./i.test(formula))).toEqual([]);
    expect(formulas).toContain("S&OP Input!H8: SUM(B8:G8)");
    const frozen = new ExcelJS.Workbook();
    await frozen.xlsx.readFile(frozenFile);
    // The value the page showed (read as text there).
    const value = frozen.getWorksheet("S&OP Input")?.getCell("A24").value;
    expect(typeof value === "number" ? String(value) : value).toBe(spilled[0]?.[0]);

    // Save: the file keeps the data, and the page says the charts are not in it.
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save workbook", exact: true }).click(),
    ]);
    const notice = page.getByRole("group", {
      name: `Saved ${saved.suggestedFilename()}, with changes`,
    });
    await notice.getByText(/4 charts are not in the file/).waitFor();
    const file = path.join(ARTIFACTS, "meeting-pack.xlsx");
    await saved.saveAs(file);

    // Reopen: the meeting sheet and the decision are back.
    await page.goto(playgroundUrl());
    await book.sheetTab("S&OP Input").waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook…" }).click(),
    ]);
    await chooser.setFiles(file);
    await book.sheetTab(MEETING).waitFor();
    expect((await book.read(MEETING, "A7:B7"))[0]).toEqual(["Demo product", "2024-04"]);
    await goToStep(page, "meeting");
    await page
      .getByRole("button", {
        name: t("ui.decisions.markDone", { decision: "Outsource 2,000 in May" }),
      })
      .waitFor();
    expect(errors).toEqual([]);
  }));
