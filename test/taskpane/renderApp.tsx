import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  type PartialTheme,
} from "@fluentui/react-components";
import { fireEvent, render, screen, within, type RenderResult } from "@testing-library/react";
import type { Language } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import type { FakeWorkbook } from "./fakeWorkbook";

/**
 * jsdom has no layout, so no test can depend on styles, but it resolves every CSS rule (and each
 * of a theme's hundreds of variables) on every getComputedStyle, which role queries and Fluent's
 * popup positioning call for each node and its ancestors. The tests render without Fluent's
 * atomic rules and without a theme's variables: the same DOM, many times faster.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
const NO_THEME_VARIABLES: PartialTheme = {};

export function renderApp(workbook: FakeWorkbook, initialLanguage: Language = "en"): RenderResult {
  return render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={NO_THEME_VARIABLES}>
        <App workbook={workbook} initialLanguage={initialLanguage} />
      </FluentProvider>
    </RendererProvider>
  );
}

/** Fluent keeps disabled buttons focusable: they say so with aria-disabled. */
export function isDisabled(element: HTMLElement): boolean {
  return element.getAttribute("aria-disabled") === "true" || element.hasAttribute("disabled");
}

export function button(name: string | RegExp): HTMLElement {
  return screen.getByRole("button", { name });
}

/** A section of the pane (a region, named by its heading). */
export function region(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

/** The live status of the plan's runs (each part of the versions section has its own). */
export function planStatus(): HTMLElement {
  return within(region("Plan")).getByRole("status");
}

/** The text of everything an element's aria-describedby points at. */
export function description(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** The message bar (role group, named by its title) with this title. */
export function messageBar(title: string): HTMLElement {
  return screen.getByRole("group", { name: title });
}

/** The items of the list inside an element, as text. */
export function listItems(element: HTMLElement): string[] {
  return within(element)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

/** Waits until the setup check has shown its table (the buttons then know whether they may run). */
export async function setupShown(): Promise<HTMLElement> {
  return screen.findByRole("table");
}

/** Opens the language switch (named `label`) and picks `option`. */
export async function chooseLanguage(label: string, option: "English" | "中文"): Promise<void> {
  fireEvent.click(screen.getByRole("combobox", { name: label }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}
