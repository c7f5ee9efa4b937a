import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook, PLAN_OK, versionInfo } from "./fakeWorkbook";
import { button, isDisabled, listItems, region, renderApp, setupShown } from "./renderApp";
import {
  dialogButton,
  dialogClosed,
  facts,
  findDialog,
  versionCard,
  versionsShown,
} from "./versionHelpers";

const APRIL = versionInfo({
  id: "v1",
  name: "2024-04 consensus",
  note: "Agreed in the April meeting",
  families: 3,
  periods: 12,
  firstPeriod: "2024-04",
  lastPeriod: "2025-03",
});
const PROMO = versionInfo({
  id: "v2",
  name: "Promotion June",
  adjustments: [
    {
      target: "demand",
      mode: "percent",
      amount: 10,
      families: [],
      fromPeriod: "2024-06",
      toPeriod: "2024-06",
    },
    {
      target: "capacity",
      mode: "quantity",
      amount: -500,
      families: ["Widgets", "Gadgets"],
      fromPeriod: "2024-08",
      toPeriod: "2024-09",
    },
  ],
});

describe("the list of versions", () => {
  test("empty: says how to start", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "en", "Meeting");
    expect(
      await screen.findByText("No versions yet: save the current plan to keep it.")
    ).toBeTruthy();
    expect(workbook.callsOf("listVersions")).toHaveLength(1);
    expect(isDisabled(button("Restore version"))).toBe(true);
    expect(screen.getByText("Select a version in the list.")).toBeTruthy();
  });

  test("each version with its date, note, size and periods; a what-if shows its adjustments on demand", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL, PROMO];
    workbook.versionLimit = 12;
    renderApp(workbook, "en", "Meeting");
    await versionsShown();

    expect(screen.getByText("2 of 12 versions")).toBeTruthy();
    const april = versionCard("2024-04 consensus");
    expect(within(april).getByText("Saved 2026-11-23 20:58")).toBeTruthy();
    expect(within(april).getByText("Agreed in the April meeting")).toBeTruthy();
    expect(within(april).getByText("3 families × 12 periods · 2024-04 – 2025-03")).toBeTruthy();
    expect(within(april).queryByText("What-if")).toBeNull();

    const promo = versionCard("Promotion June");
    expect(within(promo).getByText("What-if")).toBeTruthy();
    expect(within(promo).getByText("1 family × 6 periods · 2024-04 – 2024-09")).toBeTruthy();
    const show = within(promo).getByRole("button", { name: "Show adjustments of Promotion June" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(show);
    const list = within(promo).getByRole("list", { name: "Adjustments of Promotion June" });
    expect(listItems(list)).toEqual([
      "Demand +10 % · all families · 2024-06 to 2024-06",
      "Capacity -500 · Widgets, Gadgets · 2024-08 to 2024-09",
    ]);
    expect(
      within(promo)
        .getByRole("button", { name: "Hide adjustments of Promotion June" })
        .getAttribute("aria-expanded")
    ).toBe("true");

    // The five actions' buttons are named once each, in the whole pane.
    for (const name of [
      "Save version",
      "What-if",
      "Compare versions",
      "Restore version",
      "Roll forward",
    ]) {
      expect(screen.getAllByRole("button", { name, hidden: true })).toHaveLength(1);
    }

    // Selecting a version lets it be restored.
    fireEvent.click(within(april).getByRole("radio", { name: "2024-04 consensus" }));
    expect(isDisabled(button("Restore version"))).toBe(false);
  });

  test("a list that cannot be read says why", async () => {
    const workbook = new FakeWorkbook();
    workbook.listOutcome = new Error("The workbook is busy.");
    renderApp(workbook, "en", "Meeting");
    const bar = await screen.findByRole("group", { name: "The versions could not be read" });
    expect(bar.textContent).toContain("The workbook is busy.");
  });
});

describe("saving a version", () => {
  test("prefilled after the first period; saves the name and note, then lists it with its summary", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "en", "Meeting");
    await versionsShown();
    const name = await screen.findByRole<HTMLInputElement>("textbox", { name: "Version name" });
    await waitFor(() => {
      expect(name.value).toBe("2024-04 plan");
    });
    fireEvent.change(name, { target: { value: "  April consensus " } });
    fireEvent.change(screen.getByRole("textbox", { name: "Note (optional)" }), {
      target: { value: "After the S&OP meeting" },
    });
    const held = workbook.hold("saveVersion");
    fireEvent.click(button("Save version"));
    const options = await held.started;
    expect(options?.language).toBe("en");
    expect(workbook.callsOf("saveVersion")[0]?.[0]).toEqual({
      name: "April consensus",
      note: "After the S&OP meeting",
    });
    // One action at a time: the plan waits too.
    expect(isDisabled(button("Save version"))).toBe(true);
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    expect(within(region("Save the current plan")).getByRole("status").textContent).toBe(
      "Save version: Working…"
    );
    held.release();

    await screen.findByRole("group", { name: "Version “April consensus” saved" });
    expect(facts(region("Save the current plan"))).toEqual({
      Families: "1",
      Periods: "6",
      "Shortage periods": String(PLAN_OK.summary.shortagePeriods),
      "First shortage": "Demo product, 2024-05",
      "Lowest stock days": "-3.0 (Demo product, 2024-06)",
    });
    expect(await screen.findByText("1 of 20 versions")).toBeTruthy();
    expect(versionCard("April consensus")).toBeTruthy();
    // The form is ready for the next one.
    expect(name.value).toBe("2024-04 plan");
    expect(
      screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Note (optional)" }).value
    ).toBe("");
  });

  test("a blank name is refused in the pane", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "en", "Meeting");
    await versionsShown();
    fireEvent.change(screen.getByRole("textbox", { name: "Version name" }), {
      target: { value: "   " },
    });
    fireEvent.click(button("Save version"));
    expect(screen.getByText("Enter a name for the version.")).toBeTruthy();
    expect(workbook.callsOf("saveVersion")).toHaveLength(0);
  });

  test("a refused save lists its problems with their cells", async () => {
    const workbook = new FakeWorkbook();
    workbook.saveVersionOutcome = {
      ok: false,
      problems: [
        { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!F7", found: '"n/a"' },
        { kind: "versionLimit", range: "workbook", found: "20", expected: "20" },
      ],
    };
    renderApp(workbook, "en", "Meeting");
    await setupShown();
    await versionsShown();
    fireEvent.click(button("Save version"));
    const bar = await screen.findByRole("group", { name: "The version was not saved" });
    expect(listItems(bar)).toEqual([
      'SOP_Forecast, Plan!F7: "n/a" is not a number',
      "Workbook: the workbook holds at most 20 versions and has 20; delete one first",
    ]);
  });
});

describe("renaming and deleting", () => {
  test("rename inline: Enter saves, Escape cancels, a blank name is refused", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    renderApp(workbook, "en", "Meeting");
    await versionsShown();

    fireEvent.click(button("Rename 2024-04 consensus"));
    const input = screen.getByRole("textbox", { name: "Rename version" });
    fireEvent.change(input, { target: { value: "Ignored" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByRole("textbox", { name: "Rename version" })).toBeNull();
    expect(document.activeElement).toBe(button("Rename 2024-04 consensus"));

    fireEvent.click(button("Rename 2024-04 consensus"));
    const again = screen.getByRole("textbox", { name: "Rename version" });
    fireEvent.change(again, { target: { value: " " } });
    fireEvent.keyDown(again, { key: "Enter" });
    expect(screen.getByText("Enter a name for the version.")).toBeTruthy();
    fireEvent.change(again, { target: { value: "April final" } });
    fireEvent.keyDown(again, { key: "Enter" });

    await screen.findByRole("radio", { name: "April final" });
    expect(workbook.callsOf("renameVersion")).toEqual([["v1", "April final"]]);
  });

  test("delete asks first: cancel keeps the version, confirm deletes it", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL, PROMO];
    renderApp(workbook, "en", "Meeting");
    await versionsShown();

    fireEvent.click(button("Delete 2024-04 consensus"));
    const dialog = await findDialog("Delete “2024-04 consensus”?");
    expect(dialog.textContent).toContain("This cannot be undone.");
    fireEvent.click(dialogButton(dialog, "Cancel"));
    await dialogClosed();
    expect(workbook.callsOf("deleteVersion")).toHaveLength(0);

    fireEvent.click(button("Delete 2024-04 consensus"));
    const again = await findDialog("Delete “2024-04 consensus”?");
    fireEvent.click(dialogButton(again, "Delete"));
    await waitFor(() => {
      expect(screen.queryByRole("radio", { name: "2024-04 consensus" })).toBeNull();
    });
    expect(workbook.callsOf("deleteVersion")).toEqual([["v1"]]);
    expect(screen.getByRole("radio", { name: "Promotion June" })).toBeTruthy();
  });
});
