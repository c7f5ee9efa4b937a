import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { goToStep } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/** The decision log through the playground: add a decision, see it in S&OP Decisions, close it. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string =>
  translate("en", key, values);

test("Add decision writes S&OP Decisions; Done closes it", () =>
  withPlayground(browser, "decisions", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await goToStep(page, "meeting");
    await page.getByText(t("ui.decisions.none")).waitFor();
    await page
      .getByRole("textbox", { name: t("ui.decisions.decision") })
      .fill("Overtime on line 2");
    await page.getByRole("textbox", { name: t("ui.decisions.period") }).fill("2024-05");
    await page.getByRole("textbox", { name: t("ui.decisions.ownerLabel") }).fill("Wang Fang");
    await page.getByLabel(t("ui.decisions.dueLabel")).fill("2024-05-15");
    await page.getByRole("button", { name: t("ui.decisions.add"), exact: true }).click();
    const done = page.getByRole("button", {
      name: t("ui.decisions.markDone", { decision: "Overtime on line 2" }),
    });
    await done.waitFor();
    await screenshot(page, "decisions-added", done);
    expect(await book.read("S&OP Decisions", "A4:I5")).toEqual([
      ["ID", "Decision", "Family", "Period", "Owner", "Due", "Status", "Decided in", "Closed in"],
      ["1", "Overtime on line 2", "", "2024-05", "Wang Fang", "2024-05-15", "Open", "2024-04", ""],
    ]);
    await done.click();
    await page.getByText(t("ui.decisions.closed", { done: "1", dropped: "0" })).waitFor();
    expect((await book.read("S&OP Decisions", "G5:I5"))[0]).toEqual(["Done", "2024-04", "2024-04"]);
    expect(errors).toEqual([]);
  }));
