import { screen, waitFor, within } from "@testing-library/react";

/** Helpers for the plan-versions section, as a planner reads it. */

/** Waits until the versions have been listed (and the plan's labels read with them). */
export async function versionsShown(): Promise<void> {
  await screen.findByText(/^\d+ of \d+ versions$|^No versions yet/);
}

/** The card of the version named `name` (its radio button carries the name). */
export function versionCard(name: string): HTMLElement {
  const card = screen.getByRole("radio", { name }).closest<HTMLElement>("[data-version]");
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

/** A summary's facts inside `container`, term → value. */
export function facts(container: HTMLElement): Record<string, string | undefined> {
  const terms = within(container).getAllByRole("term");
  const values = within(container).getAllByRole("definition");
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i]?.textContent]));
}

/*
 * Dialogs: in jsdom (no layout) Tabster's modalizer marks an open Fluent dialog aria-hidden about
 * 250 ms after it opens, which Chromium does not (checked in the browser). Dialog queries include
 * hidden elements so a slow test machine does not lose the dialog under the test's feet.
 */

export function findDialog(name?: string): Promise<HTMLElement> {
  return screen.findByRole("dialog", { hidden: true, ...(name === undefined ? {} : { name }) });
}

export function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

/** The items of the lists in a dialog, as text. */
export function dialogItems(dialog: HTMLElement): string[] {
  return within(dialog)
    .getAllByRole("listitem", { hidden: true })
    .map((item) => item.textContent);
}

/** Waits until no dialog is left in the page. */
export async function dialogClosed(): Promise<void> {
  await waitFor(() => {
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });
}
