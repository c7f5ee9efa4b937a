import type { Browser } from "playwright-core";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { problemList, runAction } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test("text in a forecast cell: the run names the range and the cell and writes nothing", () =>
  withPlayground(browser, "input-error", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await runAction(page, "plan");
    const balanceBefore = await book.read("S&OP Balance", "A1:N11");
    expect(balanceBefore[5]?.[1]).toBe("2024-05");

    // SOP_Forecast is 'S&OP Input'!B5:G5: the 2024-06 forecast is D5.
    const input = await book.read("S&OP Input", "A3:G5");
    expect(input[0]?.[3]).toBe("2024-06");
    await book.enter("S&OP Input", "D5", "n/a");
    expect((await book.read("S&OP Input", "D5"))[0]?.[0]).toBe("n/a");

    const sheets = await book.sheetNames();
    await runAction(page, "scenarios", { expect: "refused" });
    await screenshot(page, "input-error", problemList(page));
    const problems = await problemList(page).getByRole("listitem").allInnerTexts();
    expect(problems).toEqual([expect.stringMatching(/^SOP_Forecast, 'S&OP Input'!D5: .*n\/a/)]);
    expect(await book.sheetNames()).toEqual(sheets);
    expect(sheets).not.toContain("S&OP Scenarios");

    await runAction(page, "plan", { expect: "refused" });
    expect(await problemList(page).getByRole("listitem").allInnerTexts()).toEqual(problems);
    expect(await book.read("S&OP Balance", "A1:N11")).toEqual(balanceBefore);
    expect(errors).toEqual([]);
  }));
