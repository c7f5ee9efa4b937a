import type { Browser } from "playwright-core";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { actionButton, goToStep } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test("the playground shows the workbook with the sample data and the add-in's taskpane", () =>
  withPlayground(browser, "smoke", async ({ page, errors }) => {
    await goToStep(page, "supply");
    for (const action of ["plan", "scenarios"] as const) {
      await actionButton(page, action).waitFor();
    }
    await goToStep(page, "data");
    await actionButton(page, "sample").waitFor();
    await page.getByRole("button", { name: "Open workbook…" }).waitFor();
    await page.getByRole("button", { name: "Save workbook", exact: true }).waitFor();
    const book = new WorkbookView(page);
    await book.grid().waitFor();
    await book.sheetTab("S&OP Input").waitFor();
    await screenshot(page, "smoke");
    expect(errors).toEqual([]);
  }));
