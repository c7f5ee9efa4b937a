import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Decision } from "../../src/engine";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, renderApp } from "./renderApp";

const OVERTIME: Decision = {
  id: 1,
  decision: "Overtime on line 2",
  family: "Widgets",
  period: "2024-05",
  owner: "Wang Fang",
  due: "2024-05-15",
  status: "open",
  cycle: "2024-04",
};

function textbox(name: string): HTMLElement {
  return screen.getByRole("textbox", { name: new RegExp(`^${name}`) });
}

describe("Decision log", () => {
  test("lists the open decisions with owner, due date and cycle; closed ones are counted", async () => {
    const fake = new FakeWorkbook();
    fake.decisions = [
      OVERTIME,
      { ...OVERTIME, id: 2, decision: "Outsource", status: "done", closedIn: "2024-04" },
    ];
    renderApp(fake, "en", "Meeting");
    const list = await screen.findByRole("list", { name: "Open decisions" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list.textContent).toContain(
      "Widgets · 2024-05 · owner Wang Fang · due 2024-05-15 · decided in 2024-04"
    );
    expect(screen.getByText("Closed: 1 done, 0 dropped")).toBeTruthy();
    expect(screen.getByText("Recorded in cycle 2024-04")).toBeTruthy();
  });

  test("Add decision sends the trimmed draft and shows the new decision", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Meeting");
    await screen.findByText("No open decisions.");
    fireEvent.change(textbox("Decision"), { target: { value: "  Raise safety stock " } });
    fireEvent.change(textbox("Owner"), { target: { value: "Li Ming" } });
    fireEvent.click(button("Add decision"));
    await screen.findByRole("list", { name: "Open decisions" });
    expect(fake.callsOf("addDecision")[0]?.[0]).toEqual({
      decision: "Raise safety stock",
      family: "",
      period: "",
      owner: "Li Ming",
    });
    expect((textbox("Decision") as HTMLTextAreaElement).value).toBe("");
  });

  test("a blank owner is refused in the pane, without a call", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Meeting");
    await screen.findByText("No open decisions.");
    fireEvent.change(textbox("Decision"), { target: { value: "Overtime" } });
    fireEvent.click(button("Add decision"));
    expect(await screen.findByText("Name who carries it out.")).toBeTruthy();
    expect(fake.callsOf("addDecision")).toHaveLength(0);
  });

  test("Mark done closes the decision; a refusal lists its problems", async () => {
    const fake = new FakeWorkbook();
    fake.decisions = [OVERTIME];
    renderApp(fake, "en", "Meeting");
    fireEvent.click(await screen.findByRole("button", { name: "Mark “Overtime on line 2” done" }));
    await screen.findByText("No open decisions.");
    expect(fake.callsOf("closeDecision")[0]?.slice(0, 2)).toEqual([1, "done"]);
    fake.decisionsOutcome = {
      ok: false,
      problems: [
        { kind: "invalidDecision", range: "S&OP Decisions", found: "owner", expected: "x" },
      ],
    };
    fireEvent.change(textbox("Decision"), { target: { value: "Again" } });
    fireEvent.change(textbox("Owner"), { target: { value: "Li" } });
    fireEvent.click(button("Add decision"));
    await screen.findByText("The decision log was not changed");
  });

  test("a log that cannot be read says so, with Excel's message", async () => {
    const fake = new FakeWorkbook();
    fake.listDecisionsOutcome = new Error("The sheet is protected.");
    renderApp(fake, "en", "Meeting");
    const bar = await screen.findByRole("group", { name: "The decision log could not be read" });
    expect(bar.textContent).toContain("The sheet is protected.");
    // In place of the list, and nothing left reading.
    expect(screen.queryByText("Reading the decision log…")).toBeNull();
  });

  test("in Chinese: 添加决策", async () => {
    renderApp(new FakeWorkbook(), "zh", "决策会议");
    await waitFor(() => {
      expect(screen.getByRole("button", { name: "添加决策" })).toBeTruthy();
    });
  });
});
