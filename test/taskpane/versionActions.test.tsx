import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook, RESTORE_CHANGES, ROLL_PLAN, versionInfo } from "./fakeWorkbook";
import {
  anyButton,
  button,
  isDisabled,
  listItems,
  region,
  renderApp,
  reveal,
  setupShown,
} from "./renderApp";
import {
  dialogButton,
  dialogClosed,
  dialogItems,
  facts,
  findDialog,
  versionsShown,
} from "./versionHelpers";

const MARCH = versionInfo({ id: "v1", name: "2024-03 plan" });
const APRIL = versionInfo({ id: "v2", name: "2024-04 plan" });

async function ready(workbook: FakeWorkbook): Promise<void> {
  renderApp(workbook);
  await setupShown();
  await versionsShown();
}

describe("comparing versions", () => {
  test("the latest version against the current inputs by default; another pick; summary and sheet", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [MARCH, APRIL];
    await ready(workbook);
    const part = region("Compare");
    expect(within(part).getByRole("combobox", { name: "First plan" }).textContent).toBe(
      "2024-04 plan"
    );
    expect(within(part).getByRole("combobox", { name: "Second plan" }).textContent).toBe(
      "Current inputs"
    );

    // Selecting a version in the list makes it the first plan.
    fireEvent.click(reveal(screen.getByRole("radio", { hidden: true, name: "2024-03 plan" })));
    fireEvent.click(button("Compare versions"));
    await screen.findByRole("group", { name: "Comparison written to “S&OP Compare”" });
    const [first, second, options] = workbook.callsOf("compareVersions")[0] ?? [];
    expect(first).toEqual({ kind: "version", id: "v1" });
    expect(second).toEqual({ kind: "current" });
    expect(options).toMatchObject({ language: "en" });
    expect(facts(part)).toEqual({
      "Periods turned into shortage": "3",
      "Production change": "+1,200",
      "Largest stock change": "-350 (Demo product, 2024-06)",
    });
    expect(within(part).queryByText(/belongs to you/)).toBeNull();
    fireEvent.click(button("Open S&OP Compare"));
    await waitFor(() => {
      expect(workbook.callsOf("showSheet")).toEqual([["S&OP Compare"]]);
    });
  });

  test("a comparison sent to another sheet says so", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    workbook.compareOutcome = {
      ok: true,
      sheet: "S&OP Compare (2)",
      preferredSheet: "S&OP Compare",
      summary: { turnedShortage: 0, productionChange: 0 },
    };
    await ready(workbook);
    fireEvent.click(button("Compare versions"));
    expect(
      await screen.findByText(
        "The sheet “S&OP Compare” belongs to you and was left alone, so the result went to “S&OP Compare (2)”."
      )
    ).toBeTruthy();
    expect(facts(region("Compare"))["Largest stock change"]).toBe("None");
  });
});

describe("restoring a version", () => {
  test("shows what changes first: cancel writes nothing, confirm restores and checks the setup", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    workbook.restorePreview = {
      ok: true,
      version: APRIL,
      changes: RESTORE_CHANGES,
    };
    workbook.restoreOutcome = { ok: true, version: APRIL, changedCells: 3 };
    await ready(workbook);
    fireEvent.click(reveal(screen.getByRole("radio", { hidden: true, name: "2024-04 plan" })));

    fireEvent.click(button("Restore version"));
    const dialog = await findDialog("Restore “2024-04 plan”?");
    expect(workbook.callsOf("previewRestore")).toEqual([["v2"]]);
    for (const line of [
      "SOP_Production (Plan!B5:G5): 2 cells change",
      "Plan!C5: 1,000 → 1,100",
      "Plan!D5: (blank) → 1,000",
      "SOP_Capacity (Plan!B6:G6): 1 cell changes",
    ]) {
      expect(within(dialog).getByText(line)).toBeTruthy();
    }
    fireEvent.click(dialogButton(dialog, "Cancel"));
    await dialogClosed();
    expect(workbook.callsOf("restoreVersion")).toHaveLength(0);

    fireEvent.click(button("Restore version"));
    const again = await findDialog("Restore “2024-04 plan”?");
    fireEvent.click(dialogButton(again, "Restore"));
    await screen.findByRole("group", { name: "“2024-04 plan” restored: 3 cells changed" });
    expect(workbook.callsOf("restoreVersion")[0]?.[0]).toBe("v2");
    expect(workbook.lastOptions("restoreVersion").language).toBe("en");
    await waitFor(() => {
      expect(workbook.callsOf("inspect")).toHaveLength(2);
    });
  });

  test("nothing to change says so; Escape cancels", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    await ready(workbook);
    fireEvent.click(reveal(screen.getByRole("radio", { hidden: true, name: "2024-04 plan" })));
    fireEvent.click(button("Restore version"));
    const dialog = await findDialog();
    expect(
      within(dialog).getByText("The inputs already hold this version's values: nothing changes.")
    ).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    await dialogClosed();
    expect(workbook.callsOf("restoreVersion")).toHaveLength(0);
  });

  test("a version that no longer fits lists the problems, without a dialog", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    workbook.restorePreview = {
      ok: false,
      problems: [
        {
          kind: "versionShapeChanged",
          range: "SOP_Forecast",
          cell: "Plan!B2:H2",
          found: "1 × 7",
          expected: "1 × 6",
        },
      ],
    };
    await ready(workbook);
    fireEvent.click(reveal(screen.getByRole("radio", { hidden: true, name: "2024-04 plan" })));
    fireEvent.click(button("Restore version"));
    const bar = await screen.findByRole("group", { name: "Nothing was restored" });
    expect(listItems(bar)).toEqual([
      "SOP_Forecast, Plan!B2:H2: is 1 × 7 now but was 1 × 6 when the version was saved; a restore needs the same shape",
    ]);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe("rolling forward", () => {
  test("the dialog says what happens; cancel does nothing, confirm rolls and reports", async () => {
    const workbook = new FakeWorkbook();
    workbook.rollForwardPreview = {
      ok: true,
      plan: {
        ...ROLL_PLAN,
        openingSource: "actual",
        openingStock: ["A", "B", "C", "D", "E", "F", "G"].map((family, i) => ({
          family: `Family ${family}`,
          from: 1000 + i,
          to: 1250.5,
        })),
      },
    };
    await ready(workbook);

    fireEvent.click(button("Roll forward"));
    const dialog = await findDialog("Roll forward one period?");
    expect(workbook.lastOptions("previewRollForward").language).toBe("en");
    expect(
      within(dialog).getByText(
        "The current plan is saved as version “2024-04”, then periods 2024-04 … 2024-09 become 2024-05 … 2024-10."
      )
    ).toBeTruthy();
    expect(
      within(dialog).getByText(
        "Opening stock becomes the actual closing stock from SOP_ActualClosing:"
      )
    ).toBeTruthy();
    expect(dialogItems(dialog)).toEqual([
      "Family A: 1,000 → 1,250.5",
      "Family B: 1,001 → 1,250.5",
      "Family C: 1,002 → 1,250.5",
      "Family D: 1,003 → 1,250.5",
      "Family E: 1,004 → 1,250.5",
      "and 2 more",
    ]);
    fireEvent.click(dialogButton(dialog, "Cancel"));
    await dialogClosed();
    expect(workbook.callsOf("rollForward")).toHaveLength(0);

    fireEvent.click(button("Roll forward"));
    const again = await findDialog("Roll forward one period?");
    fireEvent.click(dialogButton(again, "Roll forward now"));
    const done = await screen.findByRole("group", {
      name: "Rolled forward: the plan now runs 2024-05 … 2024-10",
    });
    expect(done.textContent).toContain("The previous plan is saved as version “2024-04”.");
    expect(workbook.callsOf("rollForward")).toHaveLength(1);
    await screen.findByRole("radio", { name: "2024-04", hidden: true });
    await waitFor(() => {
      expect(workbook.callsOf("inspect")).toHaveLength(2);
    });
  });

  test("the projected closing stock names its period; a refusal lists why", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);
    fireEvent.click(button("Roll forward"));
    const dialog = await findDialog();
    expect(
      within(dialog).getByText("Opening stock becomes the projected closing stock of 2024-04:")
    ).toBeTruthy();
    expect(dialogItems(dialog)).toEqual(["Demo product: 1,000 → 1,250"]);
    workbook.rollForwardOutcome = {
      ok: false,
      problems: [{ kind: "nextPeriodUnknown", range: "SOP_Periods", found: "Q4" }],
    };
    fireEvent.click(dialogButton(dialog, "Roll forward now"));
    const bar = await screen.findByRole("group", { name: "Nothing was rolled forward" });
    expect(listItems(bar)[0]).toMatch(/^SOP_Periods: cannot tell which period follows Q4/);
  });
});

describe("one action at a time", () => {
  test("while a version call runs, the plan waits, and while the plan runs, the versions wait", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);
    const versionButtons = ["Save version", "Compare versions", "Roll forward"];

    const compare = workbook.hold("compareVersions");
    fireEvent.click(button("Compare versions"));
    await compare.started;
    expect(within(region("Compare")).getByRole("status").textContent).toBe(
      "Compare versions: Working…"
    );
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    fireEvent.click(button("Run rolling plan"));
    fireEvent.click(button("Save version"));
    expect(workbook.callsOf("runRollingPlan")).toHaveLength(0);
    expect(workbook.callsOf("saveVersion")).toHaveLength(0);
    compare.release();
    await screen.findByRole("group", { name: "Comparison written to “S&OP Compare”" });
    expect(isDisabled(button("Run rolling plan"))).toBe(false);

    const plan = workbook.hold("runRollingPlan");
    fireEvent.click(button("Run rolling plan"));
    await plan.started;
    for (const name of versionButtons) expect(isDisabled(anyButton(name))).toBe(true);
    fireEvent.click(button("Roll forward"));
    expect(workbook.callsOf("previewRollForward")).toHaveLength(0);
    plan.release();
    await screen.findByRole("group", {
      name: "Rolling plan written to “S&OP Balance”",
      hidden: true,
    });
    for (const name of versionButtons) expect(isDisabled(anyButton(name))).toBe(false);
    // The list is read again after every action, the plan's included.
    await waitFor(() => {
      expect(workbook.callsOf("listVersions")).toHaveLength(3);
    });
  });

  test("a version call that throws shows its message and frees the pane", async () => {
    const workbook = new FakeWorkbook();
    workbook.saveVersionOutcome = new Error("The workbook is protected.");
    await ready(workbook);
    fireEvent.click(button("Save version"));
    const bar = await screen.findByRole("group", { name: "“Save version” did not finish" });
    expect(bar.textContent).toContain("The workbook is protected.");
    expect(isDisabled(button("Run rolling plan"))).toBe(false);
  });
});

describe("in Chinese", () => {
  test("the five buttons keep their names", async () => {
    const workbook = new FakeWorkbook();
    workbook.versions = [APRIL];
    renderApp(workbook, "zh", "决策会议");
    expect(await screen.findByText("已保存 1 个版本(上限 20 个)")).toBeTruthy();
    for (const name of ["保存版本", "假设分析", "比较版本", "恢复版本", "滚动到下一周期"]) {
      expect(screen.getAllByRole("button", { name, hidden: true })).toHaveLength(1);
    }
    expect(screen.getByText("保存于 2026年11月23日 20:58")).toBeTruthy();
  });
});
