import type { Browser } from "playwright-core";
import { translate } from "../../src/i18n";
import { seedRollingPlan, seedStatusWord } from "../support/seedDemo";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { goToStep, runAction, stepState, stepTab, type Step, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate("en", key, values);

const STEPS: readonly Step[] = ["data", "demand", "supply", "meeting", "execute", "help"];

/** The seed's own verdict on its demo: the months it calls 供不应求. */
const SHORTAGES = seedRollingPlan.filter(
  (period) => seedStatusWord(period.status) === "供不应求"
).length;

test("at 350 × 800 every step is reached by keyboard and fits in two screens", () =>
  withPlayground(browser, "cycle-keyboard", async ({ page, errors }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    // A fresh sample: valid inputs, never run, so the pane lands on the supply review.
    await stepTab(page, "supply").and(page.locator("[aria-selected=true]")).waitFor();
    await stepTab(page, "supply").focus();
    // Home, then down the list: the arrows move between the steps, Enter opens one.
    await page.keyboard.press("Home");
    for (const [i, step] of STEPS.entries()) {
      if (i > 0) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const tab = stepTab(page, step);
      await tab.and(page.locator("[aria-selected=true]")).waitFor();
      expect(await tab.evaluate((element) => element === document.activeElement)).toBe(true);
      const panel = page.locator(
        `[role=tabpanel][aria-labelledby="${await tab.getAttribute("id")}"]`
      );
      await panel.waitFor();
      const box = await panel.boundingBox();
      expect([step, box !== null && box.width <= 350]).toEqual([step, true]);
      expect([step, (box?.height ?? Infinity) <= 2 * 800]).toEqual([step, true]);
      await screenshot(page, `cycle-step-${step}`);
    }
    expect(errors).toEqual([]);
  }));

test("the steps follow the workbook: a broken cell, a run, a published pack", () =>
  withPlayground(browser, "cycle-states", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    await stepTab(page, "supply").and(page.locator("[aria-selected=true]")).waitFor();
    expect(await stepState(page, "data")).toBe(t("ui.step.data.valid"));
    expect(await stepState(page, "supply")).toBe(t("ui.step.supply.notRun"));

    // Break a forecast cell: Data shows the problem once the pane checks again.
    await book.enter("S&OP Input", "D5", "n/a");
    await page.getByRole("button", { name: t("ui.cycle.refresh"), exact: true }).click();
    await page
      .getByRole("tab", {
        name: new RegExp(
          `^${t("ui.step.data")}\\s*[:：]\\s*${t("ui.step.data.problems.one", { n: 1 })}`
        ),
      })
      .waitFor();
    await goToStep(page, "data");
    const problems = page.getByRole("group", { name: t("ui.data.problems") });
    expect(await problems.innerText()).toContain("SOP_Forecast, 'S&OP Input'!D5");
    await screenshot(page, "cycle-data-problem");

    // Fix it and run: the supply review shows the seed's shortage count.
    await book.enter("S&OP Input", "D5", "15000");
    await runAction(page, "plan");
    await page
      .getByRole("tab", {
        name: new RegExp(`${t("ui.step.supply.shortage.other", { n: SHORTAGES })}$`),
      })
      .waitFor();
    expect(await stepState(page, "data")).toBe(t("ui.step.data.valid"));
    expect(await stepState(page, "meeting")).toBe(
      t("ui.step.meeting.notPublished", { cycle: "2024-04" })
    );

    // Publish: the meeting step is done for this cycle, and the execute step is next.
    await goToStep(page, "meeting");
    await pane(page)
      .getByRole("button", { name: t("ui.meeting.publish"), exact: true })
      .click();
    await page
      .getByRole("tab", {
        name: new RegExp(`${t("ui.step.meeting.published", { cycle: "2024-04" })}$`),
      })
      .waitFor();
    await page.getByText(t("ui.next.execute")).waitFor();
    await screenshot(page, "cycle-published");

    // Change an input: the balance is no longer the current inputs'.
    await book.enter("S&OP Input", "C5", "14000");
    await page.getByRole("button", { name: t("ui.cycle.refresh"), exact: true }).click();
    await page.getByRole("tab", { name: new RegExp(`${t("ui.step.supply.stale")}$`) }).waitFor();
    expect(errors).toEqual([]);
  }));
