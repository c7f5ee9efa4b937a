import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, isDisabled, renderApp } from "./renderApp";

/** The supply review step over a fake workbook: what the planner clicks and what the pane says. */

describe("Optimize supply plan", () => {
  test("shows the cheapest plan against yours, the level and chase plans, the limits and the shortage list", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Supply review");
    const held = fake.hold("optimizeSupply");
    fireEvent.click(button("Optimize supply plan"));
    await held.started;
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    held.release();
    await screen.findByText(
      "Cheapest plan: 3,780,000 for 1 family over 6 periods, written to S&OP Supply Plan."
    );
    const compare = screen.getByRole("table", { name: "The cheapest plan against the others" });
    expect(
      within(compare).getByText("Cannot be made: 2024-05, All products, 1,700 units short")
    ).toBeTruthy();
    expect(within(compare).getByText("3,812,500 (32,500 more)")).toBeTruthy();
    expect(screen.getByText("Regular capacity full: All products, 2024-04, 2024-05")).toBeTruthy();
    expect(
      screen.getByText("One more unit of demand costs most in 2024-06 (All products): 100.")
    ).toBeTruthy();
    const shortage = screen.getByRole("list", { name: "Resource shortage list" });
    expect(
      within(shortage).getByText(
        "2024-06, All products: Subcontracting, 2,500 units, costing 200,000"
      )
    ).toBeTruthy();
    expect(
      within(shortage).getByText("2024-06, All products: Overtime, 1,500 units, costing 150,000")
    ).toBeTruthy();
    fireEvent.click(button("Open S&OP Supply Plan"));
    await waitFor(() => {
      expect(fake.callsOf("showSheet")).toEqual([["S&OP Supply Plan"]]);
    });
  });

  test("a refusal lists the problems: nothing was written", async () => {
    const fake = new FakeWorkbook();
    fake.supplyOutcome = {
      ok: false,
      problems: [
        {
          kind: "unknownParameter",
          range: "SOP_PlanParameters",
          cell: "Plan!A24",
          found: "regular_capcity",
        },
      ],
    };
    renderApp(fake, "en", "Supply review");
    fireEvent.click(button("Optimize supply plan"));
    await screen.findByText("The supply plan was not optimized: nothing was written");
    expect(
      screen.getByText(
        'SOP_PlanParameters, Plan!A24: "regular_capcity" is not a parameter of SOP.PLAN'
      )
    ).toBeTruthy();
  });
});

describe("Use optimized plan", () => {
  test("previews the cells of SOP_Production it changes, and writes only after the confirmation", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Supply review");
    fireEvent.click(button("Use optimized plan"));
    await screen.findByText("Write the optimized plan into SOP_Production?");
    expect(screen.getByText("6 cells of SOP_Production (Plan!B5:G5) change:")).toBeTruthy();
    expect(fake.callsOf("useOptimizedPlan")).toHaveLength(0);
    fireEvent.click(button("Write the plan"));
    await screen.findByText("6 cells of SOP_Production now hold the optimized plan.");
    expect(fake.callsOf("useOptimizedPlan")).toHaveLength(1);
    // Saving it as a version is one step away: the meeting step, where versions are saved.
    fireEvent.click(button("Save a version…"));
    await screen.findByRole("button", { name: /^Save version/ });
  });

  test("Keep my plan closes the confirmation and writes nothing", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Supply review");
    fireEvent.click(button("Use optimized plan"));
    await screen.findByText("Write the optimized plan into SOP_Production?");
    fireEvent.click(button("Keep my plan"));
    await waitFor(() => {
      expect(screen.queryByText("Write the optimized plan into SOP_Production?")).toBeNull();
    });
    expect(fake.callsOf("useOptimizedPlan")).toHaveLength(0);
  });
});
