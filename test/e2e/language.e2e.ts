import type { Browser } from "playwright-core";
import { seedRollingPlan, seedStatusWord } from "../support/seedDemo";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { actionButton, chooseLanguage, resultSection, runAction, pane } from "./support/taskpane";
import { WorkbookView } from "./support/workbook";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test("in 中文 the taskpane reads 运行滚动计划 … and the plan's statuses are the seed's 供不应求 / 平衡", () =>
  withPlayground(browser, "language-zh", async ({ page, errors }) => {
    await actionButton(page, "plan", "en").waitFor();
    await chooseLanguage(page, "en", "zh");

    // On every step, shown or not.
    for (const name of ["运行滚动计划", "缺口方案", "插入示例数据"]) {
      await pane(page)
        .getByRole("button", { name, exact: true, includeHidden: true })
        .waitFor({ state: "attached" });
    }
    for (const name of ["Run rolling plan", "Gap scenarios", "Insert sample data"]) {
      expect(
        await page.getByRole("button", { name, exact: true, includeHidden: true }).count()
      ).toBe(0);
    }
    expect(await page.getByRole("combobox", { name: "语言" }).innerText()).toContain("中文");
    // The playground's own header follows the pane's language.
    for (const name of ["打开工作簿…", "保存工作簿"]) {
      await page.getByRole("button", { name, exact: true }).waitFor();
    }
    expect(await page.getByRole("button", { name: "Save workbook", exact: true }).count()).toBe(0);

    await runAction(page, "plan", { language: "zh" });
    const book = new WorkbookView(page);
    const balance = await book.read("S&OP Balance", "A4:N10");
    await screenshot(page, "language-zh", resultSection(page, "zh"));
    expect(balance[0]?.[12]).toBe("供需平衡");
    // The seed's own words: 平衡 for April, 供不应求 for the five months after.
    expect(balance.slice(1).map((row) => row[12])).toEqual(
      seedRollingPlan.map((period) => seedStatusWord(period.status))
    );
    expect(new Set(balance.slice(1).map((row) => row[12]))).toEqual(new Set(["平衡", "供不应求"]));

    await chooseLanguage(page, "zh", "en");
    await actionButton(page, "plan", "en").waitFor();
    expect(errors).toEqual([]);
  }));
