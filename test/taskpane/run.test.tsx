import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { RunOutcome } from "../../src/workbook";
import { FakeWorkbook, PLAN_OK, setupReport } from "./fakeWorkbook";
import {
  anyButton,
  button,
  isDisabled,
  listItems,
  planStatus,
  renderApp,
  sampleStatus,
  setupShown,
} from "./renderApp";

const RUN_BUTTONS = ["Run rolling plan", "Gap scenarios", "Insert sample data"];

/** The summary's facts, term → value. */
function facts(): Record<string, string | undefined> {
  const list = screen.getAllByRole("term")[0]?.closest("dl");
  if (!list) throw new Error("no summary list");
  const terms = within(list).getAllByRole("term");
  const values = within(list).getAllByRole("definition");
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i]?.textContent]));
}

async function ready(workbook: FakeWorkbook): Promise<void> {
  renderApp(workbook);
  await setupShown();
}

/** Waits until the check the pane makes after every action has answered. */
async function reinspected(workbook: FakeWorkbook, times = 2): Promise<void> {
  await waitFor(() => {
    expect(workbook.callsOf("inspect")).toHaveLength(times);
  });
  await waitFor(() => {
    expect(screen.queryByText("Checking the named ranges…")).toBeNull();
  });
}

describe("running the plan", () => {
  test("shows each step while the run is open, with every run button disabled", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);
    const held = workbook.hold("runRollingPlan");

    fireEvent.click(button("Run rolling plan"));
    const options = await held.started;
    expect(options?.language).toBe("en");
    const status = planStatus();
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe("Run rolling plan: Working…");
    for (const name of RUN_BUTTONS) expect(isDisabled(anyButton(name))).toBe(true);

    const expected = [
      ["reading", "Run rolling plan, step 1 of 4: Reading the named ranges…"],
      ["validating", "Run rolling plan, step 2 of 4: Checking the inputs…"],
      ["computing", "Run rolling plan, step 3 of 4: Computing the plan…"],
      ["writing", "Run rolling plan, step 4 of 4: Writing the sheet…"],
    ] as const;
    for (const [step, text] of expected) {
      act(() => {
        options?.onProgress?.(step);
      });
      expect(within(status).getByRole("progressbar")).toBeTruthy();
      expect(status.textContent).toBe(text);
    }

    // A second click while running starts nothing.
    fireEvent.click(button("Run rolling plan"));
    expect(workbook.callsOf("runRollingPlan")).toHaveLength(1);

    held.release();
    await screen.findByRole("group", { name: "Rolling plan written to “S&OP Balance”" });
    expect(status.textContent).toBe("");
    for (const name of RUN_BUTTONS) expect(isDisabled(anyButton(name))).toBe(false);
    await reinspected(workbook);
  });

  test("a refused run lists every problem, worded with range and cell", async () => {
    const workbook = new FakeWorkbook();
    workbook.planOutcome = {
      ok: false,
      problems: [
        { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!F7", found: '"n/a"' },
        { kind: "negative", range: "SOP_Capacity", cell: "Plan!C6", found: "-100" },
        { kind: "duplicatePeriod", range: "SOP_Periods", cell: "Plan!E1", found: "2024-05" },
        { kind: "missingName", range: "SOP_SafetyStock" },
      ],
    };
    await ready(workbook);

    fireEvent.click(button("Run rolling plan"));
    const bar = await screen.findByRole("group", { name: "Nothing was written: fix these inputs" });
    expect(listItems(bar)).toEqual([
      'SOP_Forecast, Plan!F7: "n/a" is not a number',
      "SOP_Capacity, Plan!C6: -100 is negative; it must be 0 or more",
      "SOP_Periods, Plan!E1: period 2024-05 appears twice",
      "SOP_SafetyStock: the name is missing; define it in Formulas > Name Manager",
    ]);
    expect(within(bar).getByText("Problems found: 4")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Open / })).toBeNull();
    await reinspected(workbook);
  });

  test("a successful run summarizes the plan and opens its sheet", async () => {
    const workbook = new FakeWorkbook();
    workbook.planOutcome = {
      ok: true,
      sheet: "S&OP Balance",
      summary: {
        families: 3,
        periods: 12,
        shortagePeriods: 7,
        firstShortage: { family: "Widgets", period: "2024-05" },
        lowestStockDays: { family: "Gadgets", period: "2024-06", stockDays: -3.04 },
      },
    };
    await ready(workbook);

    fireEvent.click(button("Run rolling plan"));
    await screen.findByRole("group", { name: "Rolling plan written to “S&OP Balance”" });
    expect(screen.getByRole("heading", { level: 3, name: "Result" })).toBeTruthy();
    expect(facts()).toEqual({
      Families: "3",
      Periods: "12",
      "Shortage periods": "7",
      "First shortage": "Widgets, 2024-05",
      "Lowest stock days": "-3.0 (Gadgets, 2024-06)",
    });
    expect(screen.queryByText(/belongs to you/)).toBeNull();

    fireEvent.click(button("Open S&OP Balance"));
    await waitFor(() => {
      expect(workbook.callsOf("showSheet")).toEqual([["S&OP Balance"]]);
    });
    await reinspected(workbook);
  });

  test("a plan without shortage says none", async () => {
    const workbook = new FakeWorkbook();
    workbook.planOutcome = {
      ok: true,
      sheet: "S&OP Balance",
      summary: {
        families: 1,
        periods: 6,
        shortagePeriods: 0,
        lowestStockDays: { family: "All products", period: "2024-04", stockDays: 12.25 },
      },
    };
    await ready(workbook);
    fireEvent.click(button("Run rolling plan"));
    await screen.findByRole("group", { name: "Rolling plan written to “S&OP Balance”" });
    expect(facts()["First shortage"]).toBe("None");
    expect(facts()["Lowest stock days"]).toBe("12.3 (All products, 2024-04)");
    await reinspected(workbook);
  });

  test("gap scenarios: runs with the language and counts the scenario tables", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);

    fireEvent.click(button("Gap scenarios"));
    await screen.findByRole("group", { name: "Gap scenarios written to “S&OP Scenarios”" });
    expect(workbook.lastOptions("runGapScenarios").language).toBe("en");
    expect(workbook.callsOf("runRollingPlan")).toHaveLength(0);
    expect(facts()["Scenario tables written"]).toBe("5");
    fireEvent.click(button("Open S&OP Scenarios"));
    await waitFor(() => {
      expect(workbook.callsOf("showSheet")).toEqual([["S&OP Scenarios"]]);
    });
    await reinspected(workbook);
  });

  test("gap scenarios show their progress under their own name", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);
    const held = workbook.hold("runGapScenarios");
    fireEvent.click(button("Gap scenarios"));
    const options = await held.started;
    act(() => {
      options?.onProgress?.("computing");
    });
    expect(planStatus().textContent).toBe("Gap scenarios, step 3 of 4: Computing the plan…");
    held.release();
    await screen.findByRole("group", { name: "Gap scenarios written to “S&OP Scenarios”" });
    await reinspected(workbook);
  });

  test("a sheet the planner owns is left alone, and the pane says where the result went", async () => {
    const workbook = new FakeWorkbook();
    const outcome: RunOutcome = {
      ...PLAN_OK,
      sheet: "S&OP Balance (2)",
      preferredSheet: "S&OP Balance",
    };
    workbook.planOutcome = outcome;
    await ready(workbook);

    fireEvent.click(button("Run rolling plan"));
    expect(
      await screen.findByText(
        "The sheet “S&OP Balance” belongs to you and was left alone, so the result went to “S&OP Balance (2)”."
      )
    ).toBeTruthy();
    fireEvent.click(button("Open S&OP Balance (2)"));
    await waitFor(() => {
      expect(workbook.callsOf("showSheet")).toEqual([["S&OP Balance (2)"]]);
    });
    await reinspected(workbook);
  });

  test("an exception from the workbook shows as an error with its message", async () => {
    const workbook = new FakeWorkbook();
    workbook.planOutcome = new Error("The sheet is protected.");
    await ready(workbook);

    fireEvent.click(button("Run rolling plan"));
    const bar = await screen.findByRole("group", { name: "“Run rolling plan” did not finish" });
    expect(bar.textContent).toContain("The sheet is protected.");
    for (const name of RUN_BUTTONS) expect(isDisabled(anyButton(name))).toBe(false);
    await reinspected(workbook);
  });

  test("a sheet that cannot be opened says so", async () => {
    const workbook = new FakeWorkbook();
    workbook.showSheetError = new Error("Sheet not found");
    await ready(workbook);
    fireEvent.click(button("Run rolling plan"));
    fireEvent.click(await screen.findByRole("button", { name: "Open S&OP Balance" }));
    expect(
      await screen.findByText("The sheet “S&OP Balance” could not be opened: Sheet not found")
    ).toBeTruthy();
    await reinspected(workbook);
  });

  test("a new run replaces the previous result", async () => {
    const workbook = new FakeWorkbook();
    workbook.planOutcome = {
      ok: false,
      problems: [{ kind: "missingName", range: "SOP_Forecast" }],
    };
    await ready(workbook);
    fireEvent.click(button("Run rolling plan"));
    await screen.findByRole("group", { name: "Nothing was written: fix these inputs" });
    await reinspected(workbook);

    workbook.planOutcome = PLAN_OK;
    fireEvent.click(button("Run rolling plan"));
    await screen.findByRole("group", { name: "Rolling plan written to “S&OP Balance”" });
    expect(
      screen.queryByRole("group", { name: "Nothing was written: fix these inputs" })
    ).toBeNull();
    await reinspected(workbook, 3);
  });
});

describe("inserting the sample data", () => {
  test("says where it went, checks the names again and the plan becomes ready", async () => {
    const workbook = new FakeWorkbook();
    workbook.report = setupReport({ missing: [...(["SOP_Periods", "SOP_Forecast"] as const)] });
    workbook.afterSample = () => {
      workbook.report = setupReport();
    };
    await ready(workbook);
    expect(isDisabled(button("Run rolling plan"))).toBe(true);

    fireEvent.click(button("Insert sample data"));
    expect(
      await screen.findByText(
        "Sample data inserted in “S&OP Input”, with every name of the plan defined over it."
      )
    ).toBeTruthy();
    expect(workbook.lastOptions("insertSampleData").language).toBe("en");
    await reinspected(workbook);
    expect(isDisabled(button("Run rolling plan"))).toBe(false);
    expect(screen.queryByRole("group", { name: "Not ready for the rolling plan" })).toBeNull();

    fireEvent.click(button("Open S&OP Input"));
    await waitFor(() => {
      expect(workbook.callsOf("showSheet")).toEqual([["S&OP Input"]]);
    });
  });

  test("a refused sample lists why", async () => {
    const workbook = new FakeWorkbook();
    workbook.sampleOutcome = {
      ok: false,
      problems: [{ kind: "nameTaken", range: "SOP_Forecast", found: "Plan!B2:G2" }],
    };
    await ready(workbook);
    fireEvent.click(button("Insert sample data"));
    const bar = await screen.findByRole("group", { name: "The sample data was not inserted" });
    expect(listItems(bar)).toEqual([
      "SOP_Forecast: is already defined (Plan!B2:G2); the sample would replace it: delete the name or use a new workbook",
    ]);
    await reinspected(workbook);
  });

  test("while the sample is written, its step shows without a number", async () => {
    const workbook = new FakeWorkbook();
    await ready(workbook);
    const held = workbook.hold("insertSampleData");
    fireEvent.click(button("Insert sample data"));
    const options = await held.started;
    act(() => {
      options?.onProgress?.("writing");
    });
    expect(sampleStatus().textContent).toBe("Insert sample data: Writing the sheet…");
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    held.release();
    await screen.findByText(/^Sample data inserted in “S&OP Input”/);
    await reinspected(workbook);
  });
});
