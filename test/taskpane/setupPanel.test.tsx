import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook, setupReport } from "./fakeWorkbook";
import { SOP_NAMES } from "../../src/workbook";
import {
  button,
  description,
  isDisabled,
  listItems,
  messageBar,
  renderApp,
  setupShown,
} from "./renderApp";

/**
 * The table row of `name`, as the texts a planner reads: name, what is needed, status, address and
 * shape (the requirement stands under the name and the shape under the address).
 */
function rowOf(table: HTMLElement, name: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((candidate) => within(candidate).queryAllByRole("cell")[0]?.textContent.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return within(row)
    .getAllByRole("cell")
    .flatMap((cell) => {
      const lines = Array.from(cell.childNodes, (node) => node.textContent ?? "");
      return lines.length > 1 ? lines : [cell.textContent];
    });
}

describe("setup panel", () => {
  test("all names found: every name with its address, shape and requirement; both runs ready", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook);
    const table = await setupShown();

    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent)
    ).toEqual(["Name", "Status", "Address"]);
    expect(rowOf(table, "SOP_Forecast")).toEqual([
      "SOP_Forecast",
      "Required",
      "Found",
      "Plan!B2:G2",
      "1 × 6",
    ]);
    expect(rowOf(table, "SOP_Options")).toEqual([
      "SOP_Options",
      "For gap scenarios",
      "Found",
      "Plan!A10:A13",
      "4 × 1",
    ]);
    expect(rowOf(table, "SOP_Families")[1]).toBe("When several families");
    expect(rowOf(table, "SOP_Orders")[1]).toBe("Optional");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + SOP_NAMES.length);
    // An optional name that is not defined is not shown as missing.
    expect(rowOf(table, "SOP_ActualClosing")).toEqual([
      "SOP_ActualClosing",
      "Optional",
      "Not defined (optional)",
      "—",
    ]);

    expect(screen.getByText("Plan size: 1 family × 6 periods")).toBeTruthy();
    expect(
      screen.getByText("Ready: the rolling plan and the gap scenarios have every name they need.")
    ).toBeTruthy();
    expect(screen.queryByRole("group", { name: /^Not ready/ })).toBeNull();
    expect(isDisabled(button("Run rolling plan"))).toBe(false);
    expect(isDisabled(button("Gap scenarios"))).toBe(false);
    expect(isDisabled(button("Insert sample data"))).toBe(false);
  });

  test("missing required names: marked missing, listed in a warning, and the runs say why they wait", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ missing: ["SOP_Forecast", "SOP_Capacity", "SOP_Options"] });
    renderApp(workbook);
    const table = await setupShown();

    expect(rowOf(table, "SOP_Forecast")).toEqual(["SOP_Forecast", "Required", "Missing", "—"]);
    expect(rowOf(table, "SOP_Periods")[2]).toBe("Found");
    expect(listItems(messageBar("Not ready for the rolling plan"))).toEqual([
      "SOP_Forecast: the name is missing; define it in Formulas > Name Manager",
      "SOP_Capacity: the name is missing; define it in Formulas > Name Manager",
    ]);

    const plan = button("Run rolling plan");
    expect(isDisabled(plan)).toBe(true);
    expect(description(plan)).toContain("Needs SOP_Forecast, SOP_Capacity.");
    const scenarios = button("Gap scenarios");
    expect(isDisabled(scenarios)).toBe(true);
    expect(description(scenarios)).toContain("Needs SOP_Forecast, SOP_Capacity, SOP_Options.");
    expect(isDisabled(button("Insert sample data"))).toBe(false);

    // A disabled run does nothing when clicked.
    fireEvent.click(plan);
    expect(workbook.callsOf("runRollingPlan")).toHaveLength(0);
  });

  test("ready for the plan but not for scenarios: only Gap scenarios waits, for SOP_Options", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ missing: ["SOP_Options"] });
    renderApp(workbook);
    await setupShown();

    expect(isDisabled(button("Run rolling plan"))).toBe(false);
    const scenarios = button("Gap scenarios");
    expect(isDisabled(scenarios)).toBe(true);
    expect(description(scenarios)).toContain("Needs SOP_Options.");
    expect(listItems(messageBar("Not ready for gap scenarios"))).toEqual([
      "SOP_Options: the name is missing; define it in Formulas > Name Manager",
    ]);
    expect(screen.queryByRole("group", { name: "Not ready for the rolling plan" })).toBeNull();
  });

  test("several families need SOP_Families", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ missing: ["SOP_Families"], families: 3 });
    renderApp(workbook);
    await setupShown();

    expect(screen.getByText("Plan size: 3 families × 6 periods")).toBeTruthy();
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    expect(description(button("Run rolling plan"))).toContain("Needs SOP_Families.");
  });

  test("a name that exists but cannot be used is marked unusable with its problem", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({
      problems: { SOP_Production: { kind: "refError", range: "SOP_Production" } },
    });
    renderApp(workbook);
    const table = await setupShown();

    expect(rowOf(table, "SOP_Production")).toEqual(["SOP_Production", "Required", "Unusable", "—"]);
    expect(listItems(messageBar("Not ready for the rolling plan"))).toEqual([
      "SOP_Production: the name points at #REF! (its cells were deleted); redefine it",
    ]);
  });

  test("names that exist but do not fit together: the plan waits and says so", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ readyForPlan: false });
    renderApp(workbook);
    await setupShown();

    expect(
      within(messageBar("Not ready for the rolling plan")).getByText(
        "The named ranges do not fit together yet: check their sizes."
      )
    ).toBeTruthy();
    expect(description(button("Run rolling plan"))).toContain(
      "The named ranges do not fit together yet: see the setup."
    );
  });

  test("Refresh checks the names again and shows the new state", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ missing: ["SOP_Forecast"] });
    renderApp(workbook);
    await setupShown();
    expect(isDisabled(button("Run rolling plan"))).toBe(true);

    workbook.report = setupReport();
    fireEvent.click(button("Refresh"));
    await waitFor(() => {
      expect(isDisabled(button("Run rolling plan"))).toBe(false);
    });
    expect(workbook.callsOf("inspect")).toHaveLength(2);
    expect(screen.queryByRole("group", { name: "Not ready for the rolling plan" })).toBeNull();
  });

  test("a failed check shows Excel's message and keeps the runs from starting", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = new Error("The workbook is busy");
    renderApp(workbook, "en", "Data");

    const bar = await screen.findByRole("group", { name: "The named ranges could not be checked" });
    expect(bar.textContent).toContain("The workbook is busy");
    expect(screen.queryByRole("table")).toBeNull();
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    expect(description(button("Run rolling plan"))).toContain(
      "The named ranges could not be checked: refresh the setup."
    );
  });

  test("until the first check answers, the runs wait for it", async () => {
    const workbook = new FakeWorkbook();
    const held = workbook.hold("inspect");
    renderApp(workbook);
    await held.started;

    expect(screen.getByText("Checking the named ranges…")).toBeTruthy();
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    expect(description(button("Run rolling plan"))).toContain(
      "Waiting for the check of the named ranges."
    );
    held.release();
    await setupShown();
    expect(isDisabled(button("Run rolling plan"))).toBe(false);
    expect(screen.queryByText("Checking the named ranges…")).toBeNull();
  });
});
