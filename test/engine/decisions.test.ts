import {
  addDecision,
  closeDecision,
  executionRate,
  isIsoDate,
  reviewCycle,
  type Decision,
  type DecisionDraft,
} from "../../src/engine";

const draft = (overrides: Partial<DecisionDraft> = {}): DecisionDraft => ({
  decision: "Overtime on line 2",
  family: "Demo product",
  period: "2024-05",
  owner: "Wang Fang",
  due: "2024-05-15",
  ...overrides,
});

function value<T>(outcome: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

describe("addDecision", () => {
  test("adds an open decision with the next id, trimmed", () => {
    const first = value(addDecision([], draft({ owner: " Wang Fang " }), "2024-04"));
    const second = value(
      addDecision(first, draft({ decision: "外协 2,500 件", due: "" }), "2024-04")
    );
    expect(second).toEqual([
      {
        id: 1,
        decision: "Overtime on line 2",
        family: "Demo product",
        period: "2024-05",
        owner: "Wang Fang",
        due: "2024-05-15",
        status: "open",
        cycle: "2024-04",
      },
      {
        id: 2,
        decision: "外协 2,500 件",
        family: "Demo product",
        period: "2024-05",
        owner: "Wang Fang",
        status: "open",
        cycle: "2024-04",
      },
    ]);
  });

  test("ids are never reused after a gap", () => {
    const [only] = value(addDecision([], draft(), "c"));
    if (!only) throw new Error("not added");
    const log: Decision[] = [{ ...only, id: 7 }];
    expect(value(addDecision(log, draft(), "c")).at(-1)?.id).toBe(8);
  });

  test.each([
    ["a blank decision", draft({ decision: "  " }), ["decision"]],
    ["no owner", draft({ owner: "" }), ["owner"]],
    ["a due date that is not a date", draft({ due: "next week" }), ["due"]],
    ["an impossible date", draft({ due: "2024-02-30" }), ["due"]],
    [
      "everything at once",
      draft({ decision: "", owner: "", due: "15/05/2024" }),
      ["decision", "owner", "due"],
    ],
  ])("refuses %s", (_, bad, fields) => {
    const outcome = addDecision([], bad, "2024-04");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.argument)).toEqual(fields);
  });
});

describe("isIsoDate", () => {
  test.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-4-01", false],
    ["", false],
  ])("%j → %s", (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe("closing and carrying over", () => {
  /** April decides three things; May closes one as done and one as dropped, and adds one. */
  function may(): Decision[] {
    let log: Decision[] = [];
    for (const text of ["Overtime", "Outsource", "Split deliveries"])
      log = value(addDecision(log, draft({ decision: text }), "2024-04"));
    log = value(closeDecision(log, 1, "done", "2024-05"));
    log = value(closeDecision(log, 2, "dropped", "2024-05"));
    return value(
      addDecision(log, draft({ decision: "Raise safety stock", due: "2024-06-30" }), "2024-05")
    );
  }

  test("closing records the status and the cycle", () => {
    expect(
      may()
        .slice(0, 2)
        .map((d) => [d.status, d.closedIn])
    ).toEqual([
      ["done", "2024-05"],
      ["dropped", "2024-05"],
    ]);
  });

  test.each([
    ["an unknown id", 99, "id"],
    ["a decision already closed", 1, "status"],
  ])("refuses to close %s", (_, id, argument) => {
    const outcome = closeDecision(may(), id, "done", "2024-05");
    expect(outcome).toMatchObject({ ok: false, problems: [{ argument }] });
  });

  test("May's meeting: open ones carried over, April's results", () => {
    const review = reviewCycle(may(), "2024-05", "2024-04");
    expect(review.open.map((d) => d.decision)).toEqual(["Split deliveries", "Raise safety stock"]);
    expect(review.carriedOver).toBe(1);
    expect(review.previous).toEqual({ cycle: "2024-04", decided: 3, done: 1, dropped: 1, open: 1 });
  });

  test("the execution rate counts the log as the KPI defines it", () => {
    // Due by 2024-05-31: #1 done, #3 open (#2 dropped, #4 due in June).
    expect(executionRate(may(), "2024-05-31")).toEqual({ due: 2, done: 1, rate: 0.5 });
  });
});
