import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CYCLE_FRESH, FakeWorkbook } from "./fakeWorkbook";
import { button, listItems, renderApp, stepTab, tabText } from "./renderApp";

/** The pane as the cycle: it reads the workbook, lands on what to do, and follows the planner. */

describe("the cycle's steps", () => {
  test("bad inputs: lands on Data, which lists the problems the run would give", async () => {
    const workbook = new FakeWorkbook();
    workbook.cycle = {
      ...CYCLE_FRESH,
      problems: [{ kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2", found: '"n/a"' }],
      balance: "stale",
    };
    renderApp(workbook);
    await waitFor(() => {
      expect(tabText(stepTab("Data"))).toBe("Data: 1 problem");
    });
    expect(stepTab("Data").getAttribute("aria-selected")).toBe("true");
    const bar = screen.getByRole("group", { name: "Run rolling plan would refuse these inputs" });
    expect(listItems(bar)).toEqual(['SOP_Forecast, Plan!D2: "n/a" is not a number']);
    expect(screen.getByText("Next: fix the 1 problem in the named ranges.")).toBeTruthy();
  });

  test("the workbook is read again after every action, and the states follow it", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook);
    await waitFor(() => {
      expect(tabText(stepTab("Supply review"))).toBe("Supply review: Not run yet");
    });
    expect(workbook.callsOf("readCycle")).toHaveLength(1);
    workbook.cycle = { ...CYCLE_FRESH, balance: "current" };
    fireEvent.click(button("Run rolling plan"));
    await waitFor(() => {
      expect(tabText(stepTab("Supply review"))).toBe("Supply review: 3 shortage periods");
    });
    expect(workbook.callsOf("readCycle")).toHaveLength(2);
    // The pane stays where the planner is: the step done does not move it on.
    expect(stepTab("Supply review").getAttribute("aria-selected")).toBe("true");
    // The focus went to the result.
    const result = screen.getByRole("region", { name: "Result" });
    expect(result.parentElement?.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(result.parentElement);

    // Check again reads it once more; the hint's link goes to the next step.
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => {
      expect(workbook.callsOf("readCycle")).toHaveLength(3);
    });
    fireEvent.click(screen.getByRole("button", { name: "Go to Meeting" }));
    expect(stepTab("Meeting").getAttribute("aria-selected")).toBe("true");
    expect(
      within(screen.getByRole("tabpanel")).getByRole("button", { name: "Publish meeting pack" })
    ).toBeTruthy();
  });

  test("a read that fails says so, with Excel's message, and the steps stay usable", async () => {
    const workbook = new FakeWorkbook();
    workbook.cycle = new Error("The workbook is busy.");
    renderApp(workbook);
    const bar = await screen.findByRole("group", {
      name: "Where the cycle stands could not be read",
    });
    expect(bar.textContent).toContain("The workbook is busy.");
    fireEvent.click(stepTab("Help"));
    expect(screen.getByRole("heading", { name: "Formulas" })).toBeTruthy();
  });

  test("in Chinese: the steps' names and states", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "zh");
    await waitFor(() => {
      expect(screen.getAllByRole("tab").map(tabText)).toEqual([
        "数据刷新:输入全部有效",
        "需求评审:预测在 SOP_Forecast 中",
        "供应评审:尚未运行",
        "决策会议:尚未发布 2024-04 的会议材料",
        "执行计划:尚未滚动到下月",
        "帮助:函数参考",
      ]);
    });
  });
});
