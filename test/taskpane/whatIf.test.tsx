import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { WhatIfAdjustment } from "../../src/workbook";
import { FakeWorkbook, LABELS_OK } from "./fakeWorkbook";
import { button, isDisabled, listItems, region, renderApp } from "./renderApp";
import { facts, versionsShown } from "./versionHelpers";

/**
 * Opens the drop-down named `label` and picks `options` (several in a multi-select, whose options
 * are checkable menu items). Options are looked for in its own list: Fluent keeps a closed list
 * in the page.
 */
async function pick(label: string, ...options: string[]): Promise<void> {
  const combobox = screen.getByRole("combobox", { name: label });
  fireEvent.click(combobox);
  const list = await waitFor(() => {
    const id = combobox.getAttribute("aria-controls");
    const element = id === null ? null : document.getElementById(id);
    if (!element) throw new Error(`${label} did not open`);
    return element;
  });
  for (const option of options) {
    const role = list.getAttribute("role") === "menu" ? "menuitemcheckbox" : "option";
    fireEvent.click(within(list).getByRole(role, { name: option }));
  }
  // A multi-select stays open until Escape.
  if (combobox.getAttribute("aria-expanded") === "true") {
    fireEvent.keyDown(combobox, { key: "Escape" });
  }
}

function amount(text: string): void {
  fireEvent.change(screen.getByRole("textbox", { name: "Amount" }), { target: { value: text } });
}

function adjustmentList(): HTMLElement {
  return screen.getByRole("list", { name: "Adjustments" });
}

async function ready(): Promise<FakeWorkbook> {
  const workbook = new FakeWorkbook();
  workbook.labelsOutcome = { ...LABELS_OK, families: ["Widgets", "Gadgets", "Gizmos"] };
  renderApp(workbook);
  await versionsShown();
  return workbook;
}

describe("what-if", () => {
  test("stacks adjustments, runs them, shows the balance and saves the variant", async () => {
    const workbook = await ready();
    expect(isDisabled(button("What-if"))).toBe(true);
    expect(screen.getByText("Add at least one adjustment.")).toBeTruthy();

    // Demand +10 % in June for every family: the defaults but the amount and the period.
    amount("10");
    await pick("From period", "2024-06");
    fireEvent.click(button("Add adjustment"));

    // Production -500 on two families, August to September.
    await pick("What changes", "Production");
    fireEvent.click(screen.getByRole("radio", { name: "Quantity" }));
    amount("-500");
    await pick("Families", "Widgets", "Gadgets");
    await pick("From period", "2024-08");
    await pick("To period", "2024-09");
    fireEvent.click(button("Add adjustment"));

    // A third (the form keeps its choices but the amount), removed again.
    amount("25");
    fireEvent.click(button("Add adjustment"));
    expect(listItems(adjustmentList())).toEqual([
      "Demand +10 % · all families · 2024-06 to 2024-06",
      "Production -500 · Widgets, Gadgets · 2024-08 to 2024-09",
      "Production +25 · Widgets, Gadgets · 2024-08 to 2024-09",
    ]);
    fireEvent.click(button("Remove Production +25 · Widgets, Gadgets · 2024-08 to 2024-09"));
    expect(listItems(adjustmentList())).toHaveLength(2);

    const expected: WhatIfAdjustment[] = [
      {
        target: "demand",
        mode: "percent",
        amount: 10,
        families: [],
        fromPeriod: "2024-06",
        toPeriod: "2024-06",
      },
      {
        target: "production",
        mode: "quantity",
        amount: -500,
        families: ["Widgets", "Gadgets"],
        fromPeriod: "2024-08",
        toPeriod: "2024-09",
      },
    ];
    fireEvent.click(button("What-if"));
    await screen.findByRole("group", { name: "What-if balance (nothing was written)" });
    const [adjustments, options] = workbook.callsOf("runWhatIf")[0] ?? [];
    expect(adjustments).toEqual(expected);
    expect(options).toMatchObject({ language: "en" });
    const part = region("What-if");
    expect(facts(part)["Shortage periods"]).toBe("5");
    expect(facts(part)["First shortage"]).toBe("Demo product, 2024-05");

    const name = screen.getByRole<HTMLInputElement>("textbox", { name: "What-if version name" });
    expect(name.value).toBe("2024-06 what-if");
    fireEvent.change(screen.getByRole("textbox", { name: "What-if note (optional)" }), {
      target: { value: "For the executive meeting" },
    });
    fireEvent.click(button("Save as version"));
    await screen.findByRole("group", { name: "What-if version “2024-06 what-if” saved" });
    expect(workbook.callsOf("saveVersion")[0]?.[0]).toEqual({
      name: "2024-06 what-if",
      note: "For the executive meeting",
      adjustments: expected,
    });
    await screen.findByText("1 of 20 versions");
  });

  test("an amount that is not a number, or a percentage below -100, is refused inline", async () => {
    await ready();
    amount("ten");
    fireEvent.click(button("Add adjustment"));
    expect(screen.getByText("Enter a number, e.g. 10 or -5.")).toBeTruthy();
    amount("-150");
    fireEvent.click(button("Add adjustment"));
    expect(screen.getByText("A percentage cannot be below -100.")).toBeTruthy();
    expect(screen.getByText("No adjustments yet: add one above.")).toBeTruthy();

    // A quantity may be any number; a range ending before it starts may not.
    fireEvent.click(screen.getByRole("radio", { name: "Quantity" }));
    await pick("From period", "2024-07");
    await pick("To period", "2024-05");
    expect(screen.getByText("The last period cannot come before the first.")).toBeTruthy();
    fireEvent.click(button("Add adjustment"));
    expect(screen.queryByRole("list", { name: "Adjustments" })).toBeNull();
    await pick("To period", "2024-08");
    fireEvent.click(button("Add adjustment"));
    expect(listItems(adjustmentList())).toEqual([
      "Demand -150 · all families · 2024-07 to 2024-08",
    ]);
  });

  test("a refused what-if lists its problems; a thrown one shows its message", async () => {
    const workbook = await ready();
    workbook.whatIfOutcome = {
      ok: false,
      problems: [{ kind: "negative", range: "SOP_Capacity", cell: "Plan!E6", found: "-200" }],
    };
    amount("-10");
    fireEvent.click(button("Add adjustment"));
    fireEvent.click(button("What-if"));
    const bar = await screen.findByRole("group", { name: "The what-if could not run" });
    expect(listItems(bar)).toEqual([
      "SOP_Capacity, Plan!E6: -200 is negative; it must be 0 or more",
    ]);
    await waitFor(() => {
      expect(isDisabled(button("What-if"))).toBe(false);
    });

    workbook.whatIfOutcome = new Error("Excel is busy.");
    fireEvent.click(button("What-if"));
    const error = await screen.findByRole("group", { name: "“What-if” did not finish" });
    expect(within(error).getByText(/Excel is busy\./)).toBeTruthy();
  });
});
