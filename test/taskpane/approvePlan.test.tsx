import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, isDisabled, renderApp } from "./renderApp";

/** Approve plan in the Execute step over a fake workbook: what the planner types, sees and gets. */

function typeApprover(name: string, label: RegExp = /Approved by/): void {
  fireEvent.change(screen.getByRole("textbox", { name: label }), {
    target: { value: name },
  });
}

describe("Approve plan", () => {
  test("needs who approves; previews the frozen periods and their changes; approves on confirmation", async () => {
    const fake = new FakeWorkbook();
    const saved: [number, string, string][] = [];
    renderApp(fake, "en", "Execute", {
      saveFile: (bytes, fileName, type) => saved.push([bytes.length, fileName, type]),
    });
    expect(isDisabled(button("Approve plan…"))).toBe(true);
    typeApprover("Wang Fang");
    fireEvent.click(button("Approve plan…"));
    const dialog = await screen.findByRole("dialog", {
      name: "Approve the plan as «Approved 2024-04»?",
    });
    expect(
      within(dialog).getByText(/^Approved by Wang Fang: the plan of 1 × 6 \(families × periods\)/)
    ).toBeTruthy();
    expect(within(dialog).getByText("Frozen periods (1): 2024-04.")).toBeTruthy();
    expect(
      within(dialog).getByText(/^1 change inside the frozen periods against «Approved 2024-03»/)
    ).toBeTruthy();
    const changes = within(dialog).getByRole("table", {
      name: "Changes inside the frozen periods",
    });
    expect(within(changes).getByText("2024-04")).toBeTruthy();
    expect(within(changes).getByText("10,000")).toBeTruthy();
    expect(within(changes).getByText("11,000")).toBeTruthy();
    expect(fake.callsOf("approvePlan")).toHaveLength(0);
    fireEvent.click(button("Approve and write S&OP MPS"));
    await screen.findByText("Approved: version «Approved 2024-04» saved, by Wang Fang.");
    expect(fake.callsOf("approvePlan")[0]?.[0]).toEqual({ approvedBy: "Wang Fang" });
    fireEvent.click(button("Download S&OP MPS 2024-04.csv"));
    expect(saved).toEqual([[3, "S&OP MPS 2024-04.csv", "text/csv;charset=utf-8"]]);
    fireEvent.click(button("Open S&OP MPS"));
    await waitFor(() => {
      expect(fake.callsOf("showSheet")).toEqual([["S&OP MPS"]]);
    });
  });

  test("Not yet closes the preview: nothing approved", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Execute");
    typeApprover("Wang Fang");
    fireEvent.click(button("Approve plan…"));
    await screen.findByRole("dialog");
    fireEvent.click(button("Not yet"));
    await waitFor(() => {
      expect(screen.queryByRole("dialog")).toBeNull();
    });
    expect(fake.callsOf("approvePlan")).toHaveLength(0);
  });

  test("a refusal names the cell: nothing saved or written", async () => {
    const fake = new FakeWorkbook();
    fake.approvalPreviewOutcome = {
      ok: false,
      problems: [
        {
          kind: "invalidOption",
          range: "SOP_FrozenPeriods",
          cell: "Plan!B37",
          found: "7",
          expected: "6",
          rule: "frozenPeriods",
        },
      ],
    };
    renderApp(fake, "en", "Execute");
    typeApprover("Wang Fang");
    fireEvent.click(button("Approve plan…"));
    await screen.findByText("The plan was not approved: nothing was saved or written");
    expect(
      screen.getByText(
        "SOP_FrozenPeriods, Plan!B37: 7 is not allowed; use a whole number of periods from 0 to 6"
      )
    ).toBeTruthy();
  });

  test("in Chinese, with no earlier approved plan", async () => {
    const fake = new FakeWorkbook();
    const { previous: _previous, ...first } = fake.approval;
    fake.approval = { ...first, changes: [] };
    renderApp(fake, "zh", "执行计划");
    typeApprover("王芳", /审批人/);
    fireEvent.click(button("批准计划…"));
    const dialog = await screen.findByRole("dialog", { name: "把计划批准为«Approved 2024-04»?" });
    expect(within(dialog).getByText("没有更早的已批准计划:冻结期无可比较。")).toBeTruthy();
    expect(within(dialog).getByText("冻结期(1 期):2024-04。")).toBeTruthy();
  });
});
