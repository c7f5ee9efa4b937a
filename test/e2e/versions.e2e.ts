import type { Browser, Page } from "playwright-core";
import { translate } from "../../src/i18n";
import { seedSeries } from "../support/seedDemo";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { goToStep, stepState } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * Plan versions through the playground, as a planner clicks them: save the consensus, build a
 * +10 % demand what-if and save it, compare the two, roll the cycle forward, and restore the plan
 * of before the roll.
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

const MONTHS = ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"];
const ROLLED = ["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10"];
const grouped = (value: number): string => value.toLocaleString("en-US");
/** The input sheet shows its numbers in General format. */
const plain = (value: number): string => String(value);

function button(page: Page, name: string) {
  return page.getByRole("button", { name, exact: true });
}

/** Opens a Fluent drop-down by its label and picks an option. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Clicks the button that opens a confirmation, then the dialog's own confirm button. */
async function confirm(page: Page, open: string, confirmName: string): Promise<void> {
  await button(page, open).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: confirmName, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

test("save, what-if, compare, roll forward and restore", () =>
  withPlayground(browser, "versions", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    expect((await book.read("S&OP Input", "B3:G3"))[0]).toEqual(MONTHS);

    // Save the consensus.
    await goToStep(page, "meeting");
    const name = page.getByRole("textbox", { name: t("ui.versions.name"), exact: true });
    await name.fill("April consensus");
    await button(page, t("ui.versions.save")).click();
    await page.getByText(t("ui.versions.saved", { name: "April consensus" })).waitFor();
    await page.getByRole("radio", { name: "April consensus" }).waitFor();

    // What-if: demand +10 % on every family and period, balanced, then saved.
    await goToStep(page, "supply");
    await pick(page, t("ui.whatIf.target"), t("ui.whatIf.target.demand"));
    await page.getByRole("textbox", { name: t("ui.whatIf.amount"), exact: true }).fill("10");
    await pick(page, t("ui.whatIf.from"), "2024-04");
    await pick(page, t("ui.whatIf.to"), "2024-09");
    await button(page, t("ui.whatIf.add")).click();
    await button(page, t("ui.whatIf.run")).click();
    await page.getByText(t("ui.whatIf.done")).waitFor();
    await page
      .getByRole("textbox", { name: t("ui.whatIf.saveName"), exact: true })
      .fill("Promotion");
    await button(page, t("ui.whatIf.saveAs")).click();
    await page.getByText(t("ui.whatIf.saved", { name: "Promotion" })).waitFor();
    await goToStep(page, "meeting");
    await page.getByRole("radio", { name: "Promotion" }).waitFor();
    // Nothing of the inputs changed.
    expect((await book.read("S&OP Input", "B5:G5"))[0]).toEqual(seedSeries.forecast.map(plain));

    // Compare the consensus with the promotion.
    await pick(page, t("ui.compare.first"), "April consensus");
    await pick(page, t("ui.compare.second"), "Promotion");
    await button(page, t("ui.compare.run")).click();
    await page.getByText(t("ui.compare.done", { sheet: "S&OP Compare" })).waitFor();
    await screenshot(
      page,
      "versions-compare",
      page.getByText(t("ui.compare.done", { sheet: "S&OP Compare" }))
    );
    // Five summary lines (the sample has prices: the last is the money's), then the header.
    const header = (await book.read("S&OP Compare", "A9:E9"))[0];
    expect(header).toEqual([
      "Family",
      "Period",
      "Effective demand (1st)",
      "Effective demand (2nd)",
      "Effective demand change",
    ]);
    const compared = await book.read("S&OP Compare", "B10:E15");
    await screenshot(page, "versions-compare-sheet");
    compared.forEach((row, p) => {
      const demand = Math.max(seedSeries.forecast[p] ?? 0, seedSeries.orders[p] ?? 0);
      expect(row).toEqual([
        MONTHS[p],
        grouped(demand),
        grouped(Math.round(demand * 1.1)),
        `+${grouped(Math.round(demand * 0.1))}`,
      ]);
    });

    // Roll forward: the plan moves one month on, April's plan saved as a version first.
    await goToStep(page, "execute");
    await confirm(page, t("ui.roll.run"), t("ui.roll.confirm"));
    await page.getByText(t("ui.roll.done", { first: "2024-05", last: "2024-10" })).waitFor();
    expect((await book.read("S&OP Input", "B3:G3"))[0]).toEqual(ROLLED);
    expect((await book.read("S&OP Input", "B10"))[0]).toEqual(["2000"]);
    // The execute step says where the plan came from.
    expect(await stepState(page, "execute")).toBe(
      translate("en", "ui.step.execute.rolledFrom", { cycle: "2024-04" })
    );
    await goToStep(page, "meeting");
    await page.getByRole("radio", { name: "2024-04", exact: true }).waitFor();

    // Restore April's plan.
    await page.getByRole("radio", { name: "2024-04", exact: true }).check();
    await confirm(page, t("ui.restore.run"), t("ui.restore.confirm"));
    await page.getByText(/restored: \d+ cells changed/).waitFor();
    expect((await book.read("S&OP Input", "B3:G3"))[0]).toEqual(MONTHS);
    expect((await book.read("S&OP Input", "B10"))[0]).toEqual([plain(seedSeries.openingStock)]);
    expect((await book.read("S&OP Input", "B5:G5"))[0]).toEqual(seedSeries.forecast.map(plain));
    // The store is very hidden: no tab.
    expect(await book.sheetNames()).not.toContain("SOP_Versions");
    await screenshot(
      page,
      "versions-restored",
      page.getByRole("radio", { name: "2024-04", exact: true })
    );
    expect(errors).toEqual([]);
  }));
