import type { Locator, Page } from "playwright-core";
import { translate, type Language } from "../../../src/i18n";
import { STEP_LABELS, type PaneView } from "../../../src/taskpane/cycleSteps";

/**
 * The add-in's taskpane inside the playground, reached the way a planner (or a screen reader)
 * reaches it: buttons and the language drop-down by their accessible names, results by their text.
 */

export type Action = "plan" | "scenarios" | "sample";

/** The steps of the pane; their names are the pane's own (STEP_LABELS). */
export type Step = PaneView;

/** Where each action's button is. */
const STEP_OF: Record<Action, Step> = { plan: "supply", scenarios: "supply", sample: "data" };

/** A step's tab: named by the step, then where it stands (`Data: 2 problems`). */
export function stepTab(page: Page, step: Step, language: Language = "en"): Locator {
  const name = translate(language, STEP_LABELS[step]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByRole("tab", { name: new RegExp(`^${name}\\s*[:：]`) });
}

/** Where a step stands, as its tab's accessible name says after the step's name. */
export async function stepState(
  page: Page,
  step: Step,
  language: Language = "en"
): Promise<string> {
  const text = (await stepTab(page, step, language).innerText()).replace(/\s+/g, " ");
  return text.slice(translate(language, STEP_LABELS[step]).length).replace(/^\s*[:：]\s*/, "");
}

/** Shows a step, as a planner clicks its tab; waits until its panel is shown. */
export async function goToStep(page: Page, step: Step, language: Language = "en"): Promise<void> {
  const tab = stepTab(page, step, language);
  await tab.click();
  const panel = page.locator(`[role=tabpanel][aria-labelledby="${await tab.getAttribute("id")}"]`);
  await panel.waitFor();
}

const LABEL_KEYS = {
  plan: "ui.action.plan",
  scenarios: "ui.action.scenarios",
  sample: "ui.action.sample",
} as const;

/** The accessible names the README gives: `Run rolling plan` / `运行滚动计划`, … */
export function actionName(action: Action, language: Language): string {
  return translate(language, LABEL_KEYS[action]);
}

/** The taskpane itself (the playground's S&OP tab has buttons of the same names). */
export function pane(page: Page): Locator {
  return page.getByRole("main");
}

export function actionButton(page: Page, action: Action, language: Language = "en"): Locator {
  return pane(page).getByRole("button", { name: actionName(action, language), exact: true });
}

/** The message a finished action shows: a titled message bar (a named group), or a plain one. */
function doneMessage(page: Page, action: Action, language: Language): Locator {
  switch (action) {
    case "plan":
      return page.getByRole("group", {
        name: translate(language, "ui.summary.planTitle", { sheet: "S&OP Balance" }),
      });
    case "scenarios":
      return page.getByRole("group", {
        name: translate(language, "ui.summary.scenariosTitle", { sheet: "S&OP Scenarios" }),
      });
    case "sample":
      return page.getByText(translate(language, "ui.sample.done", { sheet: "S&OP Input" }), {
        exact: true,
      });
  }
}

/** The taskpane's `Result` section, shown once an action has finished. */
export function resultSection(page: Page, language: Language = "en"): Locator {
  return page.getByRole("region", { name: translate(language, "ui.summary.heading"), exact: true });
}

/** The list of problems of a refused run (`Nothing was written: fix these inputs`). */
export function problemList(page: Page, language: Language = "en"): Locator {
  return page.getByRole("group", { name: translate(language, "ui.problems.title") });
}

/**
 * Clicks an action's button and waits until it has finished, showing its own message (or, with
 * `expect: "refused"`, the list of problems). The taskpane removes the last result while an
 * action runs, so an earlier result on screen is first waited out of the page.
 */
export async function runAction(
  page: Page,
  action: Action,
  options: { language?: Language; expect?: "done" | "refused" } = {}
): Promise<void> {
  const language = options.language ?? "en";
  const result = resultSection(page, language);
  await goToStep(page, STEP_OF[action], language);
  const earlier = (await result.count()) > 0 ? await result.elementHandle() : null;
  await actionButton(page, action, language).click();
  if (earlier) {
    await page.waitForFunction((element) => !element.isConnected, earlier);
    await earlier.dispose();
  }
  await result.waitFor();
  const message =
    options.expect === "refused"
      ? problemList(page, language)
      : doneMessage(page, action, language);
  if (!(await message.isVisible())) {
    const shown = (await result.innerText()).replace(/\s+/g, " ");
    throw new Error(`${actionName(action, language)} ended otherwise than expected: ${shown}`);
  }
}

/** Picks a language in the taskpane's `Language` / `语言` drop-down. */
export async function chooseLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole("combobox", { name: translate(from, "ui.language") }).click();
  await page.getByRole("option", { name: to === "zh" ? "中文" : "English" }).click();
  await page.getByRole("combobox", { name: translate(to, "ui.language") }).waitFor();
}
