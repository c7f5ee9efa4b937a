import path from "node:path";
import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { actionButton, goToStep, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * Import ERP extract in Chromium, on the sample: an extract of the sample's own family (history,
 * open orders, stock, one bad row) picked in the Data step, previewed, imported; the rolling plan
 * then runs on the imported orders and stock, and the meeting pack is published.
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
const FIXTURE = path.join(__dirname, "..", "fixtures", "extracts", "erp-demo.csv");
const ORDERS = ["10,800", "12,300", "14,000", "9,500", "8,200", "12,800"];

test("import an extract, run the rolling plan on it, publish the meeting pack", () =>
  withPlayground(browser, "import-extract", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await goToStep(page, "data");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      pane(page)
        .getByRole("button", { name: t("ui.import.choose") })
        .click(),
    ]);
    await chooser.setFiles(FIXTURE);
    await pane(page)
      .getByText("erp-demo.csv: CSV, UTF-8, comma-separated, decimal point.")
      .waitFor();
    await pane(page)
      .getByRole("list", { name: t("ui.import.badRowsList") })
      .getByText("Line 21: no quantity")
      .waitFor();
    await screenshot(
      page,
      "import-extract-preview",
      pane(page).getByRole("table", { name: t("ui.import.totals") })
    );
    await pane(page)
      .getByRole("button", { name: t("ui.import.button") })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("SOP_Orders: 'S&OP Data'!B", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: t("ui.import.confirm") }).click();
    await pane(page)
      .getByText(/^Imported into S&OP Data: \d+ names point at it\./)
      .waitFor();
    await book.sheetTab("S&OP Data").waitFor();
    await screenshot(page, "import-extract-done");

    // The rolling plan on the imported orders and opening stock.
    await goToStep(page, "supply");
    await actionButton(page, "plan").click();
    await page.getByText(/^Rolling plan written/).waitFor();
    const balance = await book.read("S&OP Balance", "A5:F10");
    expect(balance.map((row) => row[3])).toEqual(ORDERS);
    expect(balance[0]?.[5]).toBe("3,200");

    await goToStep(page, "meeting");
    await pane(page)
      .getByRole("button", { name: t("ui.meeting.publish"), exact: true })
      .click();
    await page.getByText(/^Meeting pack published\. Families × periods: 1 × 6/).waitFor();
    expect(errors).toEqual([]);
  }));
