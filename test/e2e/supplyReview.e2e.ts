import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { actionButton, goToStep, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * The supply review in Chromium, on the sample: Optimize supply plan (HiGHS's WebAssembly fetched
 * beside the page) writes S&OP Supply Plan with the shortage list, Use optimized plan writes its
 * production into SOP_Production after the preview, and the rolling plan run again has no
 * shortage left; SOP.PLAN typed in a cell gives the same cost as the pane's plan.
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

const SUPPLY = "S&OP Supply Plan";
const number = (text: string | undefined): number => Number((text ?? "").replace(/,/g, ""));

test("optimize the sample, read the shortage list, use the plan, run the rolling plan: no shortage left", () =>
  withPlayground(browser, "supply-review", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();

    // Before: the planner's own plan falls short (the seed's May and June).
    await goToStep(page, "supply");
    await actionButton(page, "plan").click();
    await page.getByText(/^Rolling plan written/).waitFor();
    const before = await statuses(book);
    expect(before).toContain(t("status.shortage"));

    await pane(page)
      .getByRole("button", { name: t("ui.supply.optimize"), exact: true })
      .click();
    const done = page.getByText(/^Cheapest plan: [\d,.]+ for 1 family over 6 periods/);
    await done.waitFor();
    const cost = number(/Cheapest plan: ([\d,.]+)/.exec((await done.textContent()) ?? "")?.[1]);
    expect(cost).toBeGreaterThan(0);
    await page
      .getByRole("table", { name: t("ui.supply.compare") })
      .getByText("Cannot be made: 2024-05, Demo product, 1,700 units short")
      .waitFor();
    const shortage = page.getByRole("list", { name: t("ui.supply.shortageList") });
    expect(await shortage.getByRole("listitem").count()).toBeGreaterThan(0);
    await screenshot(page, "supply-review-optimized");

    // The sheet: the plan per period, and the shortage list beside it.
    await pane(page)
      .getByRole("button", { name: `Open ${SUPPLY}` })
      .click();
    await book.sheetTab(SUPPLY).waitFor();
    const cells = await book.read(SUPPLY, "A1:W20");
    const header = cells.findIndex((row) => row[0] === t("wb.col.family"));
    expect(cells[header]?.slice(0, 4)).toEqual([
      t("wb.col.family"),
      t("wb.supply.col.resource"),
      t("wb.col.period"),
      t("wb.supply.col.demand"),
    ]);
    expect(cells[header]).toContain(t("wb.supply.col.lever"));
    const rows = cells.slice(header + 1, header + 7);
    expect(rows.reduce((sum, row) => sum + number(row[15]), 0)).toBeCloseTo(cost, 0);
    await screenshot(page, "supply-review-sheet");

    // SOP.PLAN over the same inputs, typed in a cell: the same cheapest cost.
    await book.sheetTab("S&OP Input").click();
    await book.enter("S&OP Input", "A24", "=SOP.PLAN(B5:G5, B10, I4:J11, B9:G9)");
    await book.cell("A32").filter({ hasText: /\S/ }).waitFor();
    const costRow = (await book.read("S&OP Input", "A32:F32"))[0] ?? [];
    expect(costRow.reduce((sum, text) => sum + number(text), 0)).toBeCloseTo(cost, 0);

    // Use optimized plan: the preview, then SOP_Production holds it.
    await pane(page)
      .getByRole("button", { name: t("ui.supply.use"), exact: true })
      .click();
    const dialog = page.getByRole("dialog", { name: t("ui.supply.confirmTitle") });
    await dialog.waitFor();
    await dialog.getByText(/cells? of SOP_Production \('S&OP Input'!B7:G7\) changes?:$/).waitFor();
    await screenshot(page, "supply-review-preview");
    await dialog.getByRole("button", { name: t("ui.supply.confirm") }).click();
    await page.getByText(/of SOP_Production now holds? the optimized plan\.$/).waitFor();
    const written = (await book.read("S&OP Input", "B7:G7"))[0] ?? [];
    expect(written.map(number)).toEqual(rows.map((row) => number(row[7])));

    // The rolling plan again: every period at or above its safety stock.
    await actionButton(page, "plan").click();
    await page.getByText(/^Rolling plan written/).waitFor();
    expect(await statuses(book)).not.toContain(t("status.shortage"));
    expect(errors).toEqual([]);
  }));

/** The Status column of S&OP Balance. */
async function statuses(book: WorkbookView): Promise<string[]> {
  await book.sheetTab("S&OP Balance").click();
  const cells = await book.read("S&OP Balance", "A1:N12");
  const header = cells.findIndex((row) => row[0] === t("wb.col.family"));
  const column = cells[header]?.indexOf(t("wb.col.status")) ?? -1;
  return cells.slice(header + 1).flatMap((row) => (row[column] ? [row[column]] : []));
}
