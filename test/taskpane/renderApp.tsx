import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  type PartialTheme,
} from "@fluentui/react-components";
import { fireEvent, render, screen, within, type RenderResult } from "@testing-library/react";
import type { Language } from "../../src/i18n";
import { App, type AppProps } from "../../src/taskpane/App";
import type { FakeWorkbook } from "./fakeWorkbook";

/**
 * jsdom has no layout, so no test can depend on styles, but it resolves every CSS rule (and each
 * of a theme's hundreds of variables) on every getComputedStyle, which role queries and Fluent's
 * popup positioning call for each node and its ancestors. The tests render without Fluent's
 * atomic rules and without a theme's variables: the same DOM, many times faster.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
const NO_THEME_VARIABLES: PartialTheme = {};

/** Renders the pane; with `step` (a tab's name), goes to that step as a planner clicks its tab. */
export function renderApp(
  workbook: FakeWorkbook,
  initialLanguage: Language = "en",
  step?: string,
  props: Pick<AppProps, "saveFile"> = {}
): RenderResult {
  const rendered = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={NO_THEME_VARIABLES}>
        <App workbook={workbook} initialLanguage={initialLanguage} {...props} />
      </FluentProvider>
    </RendererProvider>
  );
  if (step !== undefined) goTo(step);
  return rendered;
}

/** Fluent keeps disabled buttons focusable: they say so with aria-disabled. */
export function isDisabled(element: HTMLElement): boolean {
  return element.getAttribute("aria-disabled") === "true" || element.hasAttribute("disabled");
}

/**
 * Goes to the step whose panel holds `element`, as a planner clicks its tab, when that step is
 * not the one shown; returns the element.
 */
export function reveal<E extends HTMLElement>(element: E): E {
  const panel = element.closest<HTMLElement>("[role=tabpanel]");
  if (panel?.hidden === true) {
    const tab = document.getElementById(panel.getAttribute("aria-labelledby") ?? "");
    if (!tab) throw new Error("a step's panel without its tab");
    fireEvent.click(tab);
    if (panel.hasAttribute("hidden"))
      throw new Error(`the tab ${tabText(tab)} did not show its step`);
  }
  return element;
}

/** The tab of a step (named by the step, then its state: `Data: 2 problems`). */
export function stepTab(step: string): HTMLElement {
  return screen.getByRole("tab", { name: new RegExp(`^${step}\\s*[:：]`) });
}

/**
 * What a step's tab says, its accessible name in a browser: the step, `: `, its state. (Fluent
 * keeps a hidden copy of the text to reserve the width of the selected tab's bolder text; jsdom
 * has no styles to tell it is hidden.)
 */
export function tabText(tab: HTMLElement): string {
  return tab.querySelector(".fui-Tab__content")?.textContent ?? "";
}

/** Shows a step by clicking its tab. */
export function goTo(step: string): void {
  fireEvent.click(stepTab(step));
}

/** A button anywhere in the pane: its step is shown first, as a planner would go to it. */
export function button(name: string | RegExp): HTMLElement {
  return reveal(screen.getByRole("button", { name, hidden: true }));
}

/** A button wherever it is, its step shown or not (to check the state of every step's buttons). */
export function anyButton(name: string | RegExp): HTMLElement {
  return screen.getByRole("button", { name, hidden: true });
}

/** A section of the pane (a region, named by its heading), on whichever step holds it. */
export function region(name: string): HTMLElement {
  return reveal(screen.getByRole("region", { name, hidden: true }));
}

/** The live status of the plan's runs (each part of the versions section has its own). */
export function planStatus(): HTMLElement {
  return within(region("Plan")).getByRole("status");
}

/** The live status of the sample data's insertion, on the data step. */
export function sampleStatus(): HTMLElement {
  return within(region("Sample data")).getByRole("status");
}

/** The text of everything an element's aria-describedby points at. */
export function description(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** The message bar (role group, named by its title) with this title. */
export function messageBar(title: string): HTMLElement {
  return reveal(screen.getByRole("group", { name: title, hidden: true }));
}

/** The items of the list inside an element, as text. */
export function listItems(element: HTMLElement): string[] {
  return within(element)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

/** Waits until the setup check has shown its table (the buttons then know whether they may run). */
export async function setupShown(): Promise<HTMLElement> {
  return reveal(await screen.findByRole("table", { hidden: true }));
}

/** Opens the language switch (named `label`) and picks `option`. */
export async function chooseLanguage(label: string, option: "English" | "中文"): Promise<void> {
  fireEvent.click(screen.getByRole("combobox", { name: label }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}
