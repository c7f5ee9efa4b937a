import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { SOP_NAMES } from "../../src/workbook";
import { launchBrowser, playgroundUrl, screenshot, withPlayground } from "./support/browser";
import { ARTIFACTS } from "./support/environment";
import { balanceRowText, expectedBalance } from "./support/expected";
import { goToStep, runAction } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const MARKER = "Saved by the round-trip test";

/** Where each contract name of the sample points, as Excel writes it in the file. */
const SAMPLE_NAMES: Record<string, string> = {
  SOP_Periods: "'S&OP Input'!$B$3:$G$3",
  SOP_Families: "'S&OP Input'!$B$4",
  SOP_Forecast: "'S&OP Input'!$B$5:$G$5",
  SOP_Orders: "'S&OP Input'!$B$6:$G$6",
  SOP_Production: "'S&OP Input'!$B$7:$G$7",
  SOP_Capacity: "'S&OP Input'!$B$8:$G$8",
  SOP_SafetyStock: "'S&OP Input'!$B$9:$G$9",
  SOP_OpeningStock: "'S&OP Input'!$B$10",
  SOP_Options: "'S&OP Input'!$A$14:$B$17",
  SOP_HistoryPeriods: "'S&OP Input'!$B$20:$AK$20",
  SOP_History: "'S&OP Input'!$B$21:$AK$21",
  SOP_PlanParameters: "'S&OP Input'!$I$4:$J$11",
  SOP_Price: "'S&OP Input'!$M$3",
  SOP_UnitCost: "'S&OP Input'!$M$4",
  SOP_Budget: "'S&OP Input'!$M$5:$R$5",
  SOP_FrozenPeriods: "'S&OP Input'!$M$7",
};

test("Save workbook downloads an .xlsx that Open workbook… brings back, sheets and names", () =>
  withPlayground(browser, "round-trip", async ({ page, errors }) => {
    const book = new WorkbookView(page);
    await runAction(page, "plan");
    await book.enter("S&OP Input", "A24", MARKER);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save workbook", exact: true }).click(),
    ]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/\.xlsx$/);
    // Saved as it is: a "with changes" notice would list what the file could not hold.
    await page.getByRole("group", { name: `Saved ${fileName}`, exact: true }).waitFor();
    const file = path.join(ARTIFACTS, "round-trip.xlsx");
    await download.saveAs(file);

    // The file itself, read by another library: the sheets, the marker and every name.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["S&OP Input", "S&OP Balance"])
    );
    expect(saved.getWorksheet("S&OP Input")?.getCell("A24").value).toBe(MARKER);
    // Every name of the sample (SOP_ActualClosing is the planner's, at month end; SOP_Resources
    // only where families share a resource).
    const names = Object.fromEntries(
      SOP_NAMES.filter((name) => name !== "SOP_ActualClosing" && name !== "SOP_Resources").map(
        (name) => [name, saved.definedNames.getRanges(name).ranges]
      )
    );
    expect(names).toEqual(
      Object.fromEntries(Object.entries(SAMPLE_NAMES).map(([name, at]) => [name, [at]]))
    );

    // A fresh page has only the sample; opening the file brings back the run and the marker.
    await page.goto(playgroundUrl());
    await book.sheetTab("S&OP Input").waitFor();
    expect(await book.sheetNames()).not.toContain("S&OP Balance");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook…" }).click(),
    ]);
    await chooser.setFiles(file);
    // Opened as saved: no name or table left out ("Opened …, with changes" would list them).
    await page.getByRole("group", { name: "Opened round-trip.xlsx", exact: true }).waitFor();
    await book.sheetTab("S&OP Balance").waitFor();

    expect((await book.read("S&OP Input", "A24"))[0]?.[0]).toBe(MARKER);
    const balance = await book.read("S&OP Balance", "A5:N10");
    await screenshot(page, "round-trip-reopened");
    expect(balance.map(balanceRowText)).toEqual(expectedBalance("en"));

    // The taskpane finds every name of the plan in the reopened workbook...
    await goToStep(page, "data");
    const table = page.getByRole("table", { name: "Named ranges of the plan" });
    for (const [name, at] of Object.entries(SAMPLE_NAMES)) {
      // The name whole: SOP_History is also the start of SOP_HistoryPeriods.
      const row = table.getByRole("row").filter({ has: page.getByText(name, { exact: true }) });
      await row.filter({ hasText: "Found" }).waitFor();
      expect(await row.innerText()).toContain(at.replace(/\$/g, ""));
    }
    // ...and runs from them.
    await runAction(page, "scenarios");
    await book.sheetTab("S&OP Scenarios").waitFor();
    expect(errors).toEqual([]);
  }));
