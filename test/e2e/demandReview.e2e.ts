import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { actionButton, goToStep, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

/**
 * The demand review in Chromium, on the sample's 36 months of history: Forecast demand (in the
 * page's Web Workers) writes S&OP Forecast with its chart, Use statistical forecast writes it into
 * SOP_Forecast after the preview, the rolling plan runs on it, and the published meeting pack
 * carries the forecast-accuracy KPIs with their definitions.
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

const FORECAST = "S&OP Forecast";
/** The sheet's table: title, note, legend, a blank row, the header on row 5; 36 history rows. */
const PLAN_ROWS = "A42:I47";

const number = (text: string | undefined): number => Number((text ?? "").replace(/,/g, ""));

test("forecast demand, use it for the family, run the plan, publish the pack with its accuracy KPIs", () =>
  withPlayground(browser, "demand-review", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await goToStep(page, "demand");
    await pane(page)
      .getByRole("button", { name: t("ui.demand.forecast"), exact: true })
      .click();
    await page
      .getByText(t("ui.demand.done.one", { families: 1, periods: 6, history: 36 }))
      .waitFor();
    await screenshot(page, "demand-review-forecast");

    // S&OP Forecast: the plan's periods with the statistical forecast, its interval, the planner's.
    await pane(page)
      .getByRole("button", { name: `Open ${FORECAST}` })
      .click();
    await book.sheetTab(FORECAST).waitFor();
    expect((await book.read(FORECAST, "A5:I5"))[0]).toEqual([
      "Family",
      "Period",
      "Actual",
      "Statistical forecast",
      "Lower (80%)",
      "Upper (80%)",
      "Planner's forecast (SOP_Forecast)",
      "Difference (planner − statistical)",
      "Outside interval",
    ]);
    const plan = await book.read(FORECAST, PLAN_ROWS);
    expect(plan.map((row) => row[1])).toEqual([
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
    ]);
    for (const row of plan) {
      const [statistical, lower, upper] = [row[3], row[4], row[5]].map(number);
      expect(lower).toBeLessThanOrEqual(statistical ?? NaN);
      expect(upper).toBeGreaterThanOrEqual(statistical ?? NaN);
    }
    const chart = page.locator('[data-chart="Demo product"] svg');
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.locator("polyline").count()).toBe(4);
    await screenshot(page, "demand-review-sheet");

    // Use statistical forecast: the preview, then SOP_Forecast holds it.
    await pane(page)
      .getByRole("button", { name: t("ui.demand.use"), exact: true })
      .click();
    const dialog = page.getByRole("dialog", { name: t("ui.demand.confirmTitle") });
    await dialog.waitFor();
    await dialog
      .getByText(/^6 cells of SOP_Forecast \('S&OP Input'!B5:G5\) change, for Demo product:$/)
      .waitFor();
    await screenshot(page, "demand-review-preview");
    await dialog.getByRole("button", { name: t("ui.demand.confirm") }).click();
    await page.getByText(t("ui.demand.used.other", { n: 6, families: "Demo product" })).waitFor();
    const written = (await book.read("S&OP Input", "B5:G5"))[0] ?? [];
    expect(written.map((text) => Math.round(number(text)))).toEqual(
      plan.map((row) => Math.round(number(row[3])))
    );

    // The plan runs on the new forecast; the meeting pack has the accuracy KPIs and their definition.
    await goToStep(page, "supply");
    await actionButton(page, "plan").click();
    await page.getByText(/^Rolling plan written/).waitFor();
    await goToStep(page, "meeting");
    await pane(page)
      .getByRole("button", { name: t("ui.meeting.publish"), exact: true })
      .click();
    await page.getByText(/^Meeting pack published/).waitFor();
    const meeting = (await book.read("S&OP Meeting", "A1:C57")).map((row) => row.join(" | "));
    expect(meeting).toContain(
      `${t("wb.meeting.kpi.accuracy", { lag: 1 })} | ${t("wb.meeting.notAvailable")} | ${t("wb.meeting.kpi.noActuals")}`
    );
    expect(
      meeting.some((line) => line.startsWith(`${t("wb.meeting.kpi.accuracy", { lag: "k" })}: `))
    ).toBe(true);
    expect(errors).toEqual([]);
  }));
