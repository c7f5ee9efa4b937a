/**
 * The S&OP tab above the playground's grid: its run buttons write what the pane's buttons write
 * (the same cells, read from the grid of two fresh playgrounds), and a refused run reports its
 * problems in a dialog, naming the cell, with nothing written.
 */
import type { Browser, Page } from "playwright-core";
import { translate, type Language } from "../../src/i18n";
import type { UiMessageKey } from "../../src/i18n/ui.en-US";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { runAction, type Action } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function ribbonButton(page: Page, label: UiMessageKey, language: Language = "en") {
  return page
    .getByRole("toolbar", { name: translate(language, "ui.ribbon.label") })
    .getByRole("button", { name: translate(language, label), exact: true });
}

/** A sheet's cells, with the minute of its "Computed …" line left out: the two runs may straddle one. */
async function cells(book: WorkbookView, sheet: string, range: string): Promise<string[][]> {
  const rows = await book.read(sheet, range);
  return rows.map((row) => row.map((cell) => cell.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, "<time>")));
}

const CASES: readonly [Action, UiMessageKey, readonly [string, string][]][] = [
  ["plan", "ui.action.plan", [["S&OP Balance", "A1:N12"]]],
  ["scenarios", "ui.action.scenarios", [["S&OP Scenarios", "A1:J40"]]],
];

test.each(CASES)(
  "the ribbon's %s writes the cells the pane's button writes",
  (action, label, ranges) =>
    withPlayground(browser, `ribbon-${action}`, async (ribbon) => {
      const ribbonBook = new WorkbookView(ribbon.page);
      await ribbonBook.sheetTab("S&OP Input").waitFor();
      await ribbonButton(ribbon.page, label).click();
      for (const [sheet] of ranges) await ribbonBook.sheetTab(sheet).waitFor({ state: "attached" });
      const fromRibbon: string[][][] = [];
      for (const [sheet, range] of ranges) fromRibbon.push(await cells(ribbonBook, sheet, range));
      await screenshot(ribbon.page, `ribbon-${action}`);

      await withPlayground(browser, `pane-${action}`, async (pane) => {
        const paneBook = new WorkbookView(pane.page);
        await paneBook.sheetTab("S&OP Input").waitFor();
        await runAction(pane.page, action);
        for (const [sheet] of ranges) await paneBook.sheetTab(sheet).waitFor({ state: "attached" });
        const fromPane: string[][][] = [];
        for (const [sheet, range] of ranges) fromPane.push(await cells(paneBook, sheet, range));
        expect(fromRibbon).toEqual(fromPane);
        // The seed's balance was written, not an empty sheet.
        expect(fromPane[0]?.flat().filter((cell) => cell !== "").length).toBeGreaterThan(50);
      });
      expect(ribbon.errors).toEqual([]);
    })
);

test("a refused run from the ribbon: a dialog names the cell, nothing is written", () =>
  withPlayground(browser, "ribbon-refused", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await book.enter("S&OP Input", "D5", "n/a");
    const sheets = await book.sheetNames();
    await ribbonButton(page, "ui.action.plan").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const action = translate("en", "ui.action.plan");
    await dialog.getByText(translate("en", "ui.ribbon.refused", { action })).waitFor();
    expect(await dialog.textContent()).toContain("'S&OP Input'!D5");
    await screenshot(page, "ribbon-refused");
    await dialog.getByRole("button", { name: translate("en", "ui.ribbon.close") }).click();
    await dialog.waitFor({ state: "detached" });
    await book.sheetTab("S&OP Input").waitFor();
    expect(await book.sheetNames()).toEqual(sheets);
    expect(errors).toEqual([]);
  }));
