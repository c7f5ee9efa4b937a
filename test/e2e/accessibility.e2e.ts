import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot, withPlayground } from "./support/browser";
import { ROOT } from "./support/environment";
import { chooseLanguage, goToStep, runAction } from "./support/taskpane";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** axe.min.js, injected into the page, defines `window.axe`. */
interface AxeWindow {
  readonly axe: {
    run(context: Document | { exclude: string[][] }): Promise<AxeResults>;
  };
}

/** The serious and critical axe violations of the page as it is, one line each. */
async function seriousViolations(page: Page): Promise<string> {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    // Fluent's focus manager (tabster) puts focus sentinels around focus groups: hidden
    // elements that only pass the focus on, never a stop of their own.
    const results = await (window as unknown as AxeWindow).axe.run({
      exclude: [["[data-tabster-dummy]"]],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => ({
        target: node.target,
        failureSummary: node.failureSummary,
      })),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious
    .map(
      (v) =>
        `${v.impact ?? ""} ${v.id}: ${v.help}\n` +
        v.nodes
          .map((node) => {
            const why = (node.failureSummary ?? "").replace(/\s+/g, " ");
            return `  at ${JSON.stringify(node.target)}: ${why}`;
          })
          .join("\n")
    )
    .join("\n");
  return report;
}

test("after a run the playground has no serious or critical axe violations, in both languages", () =>
  withPlayground(browser, "accessibility", async ({ page, errors }) => {
    await runAction(page, "plan");
    await runAction(page, "scenarios");
    await screenshot(page, "accessibility");
    expect(await seriousViolations(page)).toBe("");
    // In Chinese too, on the step the pane is on and on the meeting step.
    await chooseLanguage(page, "en", "zh");
    expect(await seriousViolations(page)).toBe("");
    await goToStep(page, "meeting", "zh");
    expect(await seriousViolations(page)).toBe("");
    await screenshot(page, "accessibility-zh");
    expect(errors).toEqual([]);
  }));
