import type { Browser } from "playwright-core";
import { seedGap, seedSeries } from "../support/seedDemo";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import {
  balanceRowText,
  expectedBalance,
  expectedScenarioRows,
  quantity,
  ROLLING_GAP,
} from "./support/expected";
import { resultSection, runAction } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const blankRow = (width: number): string[] => Array<string>(width).fill("");

test("Insert sample data, Run rolling plan and Gap scenarios write the seed's figures", () =>
  withPlayground(browser, "rolling-plan", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await book.sheetTab("S&OP Input").waitFor();
    const sheetsBefore = await book.sheetNames();

    // The page starts with the sample: inserting it again replaces it, adding nothing.
    await runAction(page, "sample");
    expect(await book.sheetNames()).toEqual(sheetsBefore);
    const input = await book.read("S&OP Input", "A1:G17");
    expect(input.slice(4, 10).map((row) => row.slice(1))).toEqual([
      seedSeries.forecast.map(plain),
      seedSeries.orders.map(plain),
      seedSeries.production.map(plain),
      seedSeries.capacity.map(plain),
      seedSeries.safetyStock.map(plain),
      [plain(seedSeries.openingStock), "", "", "", "", ""],
    ]);
    const family = input[3]?.[1] ?? "";
    expect(family).not.toBe("");
    const options = input.slice(13, 17).map((row) => ({
      name: row[0] ?? "",
      capacity: Number((row[1] ?? "").replace(/,/g, "")),
    }));
    expect(options.map((option) => option.capacity)).toEqual(seedGap.capacities);

    await runAction(page, "plan");
    await book.sheetTab("S&OP Balance").waitFor();
    const balance = await book.read("S&OP Balance", "A4:N11");
    await screenshot(page, "rolling-plan-balance", resultSection(page));
    expect(balance[0]).toEqual([
      "Family",
      "Period",
      "Forecast",
      "Orders",
      "Effective demand",
      "Opening stock",
      "Production",
      "Capacity",
      "Utilization",
      "Closing stock",
      "Safety stock",
      "Stock days",
      "Status",
      "Rolling gap",
    ]);
    const rows = balance.slice(1, 7);
    expect(rows.map(balanceRowText)).toEqual(expectedBalance("en"));
    expect(rows.map((row) => row[13])).toEqual(ROLLING_GAP.map(quantity));
    expect(rows.map((row) => [row[0], row[2], row[3], row[7]])).toEqual(
      seedSeries.forecast.map((forecast, i) => [
        family,
        quantity(forecast),
        quantity(seedSeries.orders[i] ?? Number.NaN),
        quantity(seedSeries.capacity[i] ?? Number.NaN),
      ])
    );
    // Nothing below the table.
    expect(balance[7]).toEqual(blankRow(14));

    await runAction(page, "scenarios");
    await book.sheetTab("S&OP Scenarios").waitFor();
    const scenarios = await book.read("S&OP Scenarios", "A4:H13");
    await screenshot(page, "rolling-plan-scenarios", resultSection(page));
    expect(scenarios[0]).toEqual([
      "Family",
      "Period",
      "Gap",
      "Option",
      "Added capacity",
      "Gap filled",
      "Remaining gap",
      "Fill rate",
    ]);
    // One table for each period with a rolling gap: 1700 in 2024-05, 2300 in 2024-06.
    expect(scenarios.slice(1, 9)).toEqual([
      ...expectedScenarioRows(family, "2024-05", ROLLING_GAP[1], options),
      ...expectedScenarioRows(family, "2024-06", ROLLING_GAP[2], options),
    ]);
    expect(scenarios[9]).toEqual(blankRow(8));
    expect(errors).toEqual([]);
  }));

/** Input cells are typed in as plain numbers, as a planner types them (General format). */
function plain(value: number): string {
  return String(value);
}
