import type { Browser } from "playwright-core";
import { oneDecimal, pythonPercent, seedRollingPlan } from "../support/seedDemo";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { seedStatus } from "./support/expected";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FORMULA =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

/** A number as a General-format cell shows it (`12000`, `-1.363636364`, `0.733333333`). */
function shownNumber(text: string): number {
  const value = Number(text.replace(/,/g, ""));
  if (text === "" || Number.isNaN(value)) throw new Error(`"${text}" is not a number`);
  return value;
}

test("=SOP.BALANCE over the sample's names, typed in a cell, spills the seed's 6 × 6 balance", () =>
  withPlayground(browser, "formula-spill", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    // Below the sample (A1:AK21): A24:F29 is empty.
    expect(await book.read("S&OP Input", "A23:G30")).toEqual(
      Array.from({ length: 8 }, () => Array<string>(7).fill(""))
    );
    await book.enter("S&OP Input", "A24", FORMULA);
    await book.cell("A29").filter({ hasText: /\S/ }).waitFor();
    await screenshot(page, "formula-spill");

    // Inputs run across the row: 6 fields down, 6 periods across.
    const spill = await book.read("S&OP Input", "A24:G30");
    const [demand, opening, closing, days, utilization, status] = spill;
    expect(demand?.slice(0, 6).map(shownNumber)).toEqual(
      seedRollingPlan.map((p) => p.effectiveDemand)
    );
    expect(opening?.slice(0, 6).map(shownNumber)).toEqual(
      seedRollingPlan.map((p) => p.openingStock)
    );
    expect(closing?.slice(0, 6).map(shownNumber)).toEqual(
      seedRollingPlan.map((p) => p.closingStock)
    );
    // Full precision in General format; the seed prints one decimal and percentages.
    expect(days?.slice(0, 6).map((text) => oneDecimal(shownNumber(text)))).toEqual(
      seedRollingPlan.map((p) => p.stockDays)
    );
    expect(utilization?.slice(0, 6).map((text) => pythonPercent(shownNumber(text), 1))).toEqual(
      seedRollingPlan.map((p) => p.utilization)
    );
    expect(status?.slice(0, 6)).toEqual(seedRollingPlan.map((p) => seedStatus(p.status, "en")));
    // Exactly 6 × 6: nothing spilled into column G or row 26.
    expect(spill.map((row) => row[6])).toEqual(Array<string>(7).fill(""));
    expect(spill[6]).toEqual(Array<string>(7).fill(""));

    // The formula stays in its cell, as typed.
    await book.cell("A24").click();
    expect(await book.formulaBar().inputValue()).toBe(FORMULA);
    expect(errors).toEqual([]);
  }));
