import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { ARTIFACTS } from "./support/environment";
import { goToStep, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * Approve plan in Chromium, on the sample: the Execute step's preview, the approval, S&OP MPS in
 * the grid, and the CSV downloaded: UTF-8 with its BOM, the same production as the sheet.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate("en", key, values);
const MPS = "S&OP MPS";

test("approve the sample's plan: the preview, S&OP MPS, and the CSV with the sheet's numbers", () =>
  withPlayground(browser, "approve-plan", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await goToStep(page, "execute");
    await pane(page)
      .getByRole("textbox", { name: t("ui.approve.by") })
      .fill("Wang Fang");
    await pane(page)
      .getByRole("button", { name: t("ui.approve.button"), exact: true })
      .click();
    const dialog = page.getByRole("dialog", {
      name: t("ui.approve.confirmTitle", { version: "Approved 2024-04" }),
    });
    await dialog.getByText(t("ui.approve.frozen", { n: 1, periods: "2024-04" })).waitFor();
    await dialog.getByText(t("ui.approve.noPrevious")).waitFor();
    await screenshot(page, "approve-plan-preview");
    await dialog.getByRole("button", { name: t("ui.approve.confirm") }).click();
    await page
      .getByText(t("ui.approve.done", { version: "Approved 2024-04", by: "Wang Fang" }))
      .waitFor();
    await screenshot(page, "approve-plan-done");

    const fileName = "S&OP MPS 2024-04.csv";
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page)
        .getByRole("button", { name: t("ui.approve.csv", { file: fileName }) })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const file = path.join(ARTIFACTS, "approved-mps.csv");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");

    await pane(page)
      .getByRole("button", { name: `Open ${MPS}` })
      .click();
    await book.sheetTab(MPS).waitFor();
    const cells = await book.read(MPS, "A1:D14");
    const header = cells.findIndex((row) => row[0] === t("wb.col.family"));
    const rows = cells.slice(header + 1, header + 7);
    expect(rows.map((row) => row[3])).toEqual([t("wb.mps.frozen"), "", "", "", "", ""]);
    // The grid shows grouped numbers; the CSV plain ones.
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 4))).toEqual(
      rows.map((row, i) => [row[0], row[1], (row[2] ?? "").replace(/,/g, ""), i === 0 ? "1" : "0"])
    );
    expect(errors).toEqual([]);
  }));
