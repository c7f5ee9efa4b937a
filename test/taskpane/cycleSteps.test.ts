import type { CycleStatus } from "../../src/workbook";
import { landingStep, nextHint, stepStates, type StepTone } from "../../src/taskpane/cycleSteps";
import { versionInfo } from "./fakeWorkbook";

/** Where each step stands and where the pane lands, as the month goes on: tables. */

const FRESH: CycleStatus = {
  cycle: "2024-04",
  problems: [],
  families: 1,
  periods: 6,
  balance: "none",
  shortagePeriods: 2,
  openDecisions: 0,
};
const BROKEN: CycleStatus = {
  ...FRESH,
  problems: [
    { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2" },
    { kind: "missingName", range: "SOP_Capacity" },
  ],
  balance: "stale",
};
const RUN: CycleStatus = { ...FRESH, balance: "current" };
const BALANCED: CycleStatus = { ...RUN, shortagePeriods: 0 };
const PUBLISHED: CycleStatus = { ...RUN, meetingCycle: "2024-04", openDecisions: 1 };
const ROLLED: CycleStatus = {
  ...FRESH,
  cycle: "2024-05",
  balance: "stale",
  meetingCycle: "2024-04",
  rolledFrom: versionInfo({ name: "2024-04", firstPeriod: "2024-04" }),
};

const APPROVED: CycleStatus = {
  ...PUBLISHED,
  approved: versionInfo({
    name: "Approved 2024-04",
    firstPeriod: "2024-04",
    approval: { by: "Wang Fang", at: "2024-04-28T01:00:00.000Z", frozenPeriods: 1 },
  }),
};

type Tones = [
  data: StepTone,
  demand: StepTone,
  supply: StepTone,
  meeting: StepTone,
  execute: StepTone,
];

describe("the steps' states", () => {
  test.each<[string, CycleStatus, Tones, string, string]>([
    [
      "bad inputs: fix the data first",
      BROKEN,
      ["attention", "open", "open", "open", "open"],
      "data",
      "ui.next.data.other",
    ],
    [
      "valid, never run: run the plan",
      FRESH,
      ["done", "open", "attention", "open", "open"],
      "supply",
      "ui.next.supply",
    ],
    [
      "run with shortages: to the meeting, via the gap scenarios",
      RUN,
      ["done", "open", "warning", "attention", "open"],
      "meeting",
      "ui.next.meetingShortage.other",
    ],
    [
      "run without shortage: publish",
      BALANCED,
      ["done", "open", "done", "attention", "open"],
      "meeting",
      "ui.next.meeting",
    ],
    [
      "published: roll forward when the month closes",
      PUBLISHED,
      ["done", "open", "warning", "done", "attention"],
      "execute",
      "ui.next.execute",
    ],
    [
      "rolled into the next month: run it again",
      ROLLED,
      ["done", "open", "attention", "open", "open"],
      "supply",
      "ui.next.supply",
    ],
  ])("%s", (_, status, tones, landing, hint) => {
    const states = stepStates(status);
    expect(states.map((state) => state.tone)).toEqual(tones);
    expect(landingStep(states)).toBe(landing);
    const next = nextHint(status, states);
    expect(next.step).toBe(landing);
    expect(next.words.key).toBe(hint);
  });

  test.each<[string, CycleStatus, string, readonly string[]]>([
    ["data", BROKEN, "data", ["ui.step.data.problems.other"]],
    [
      "data, one problem",
      { ...BROKEN, problems: BROKEN.problems.slice(0, 1) },
      "data",
      ["ui.step.data.problems.one"],
    ],
    ["supply without valid inputs", BROKEN, "supply", ["ui.step.supply.waiting"]],
    ["supply stale", { ...FRESH, balance: "stale" }, "supply", ["ui.step.supply.stale"]],
    [
      "supply, one shortage",
      { ...RUN, shortagePeriods: 1 },
      "supply",
      ["ui.step.supply.shortage.one"],
    ],
    ["supply balanced", BALANCED, "supply", ["ui.step.supply.balanced"]],
    [
      "meeting of another cycle",
      { ...RUN, meetingCycle: "2024-03" },
      "meeting",
      ["ui.step.meeting.notPublished"],
    ],
    [
      "meeting with open decisions",
      PUBLISHED,
      "meeting",
      ["ui.step.meeting.published", "ui.step.meeting.decisions.one"],
    ],
    [
      "a log that cannot be read adds nothing",
      { ...RUN, openDecisions: undefined },
      "meeting",
      ["ui.step.meeting.notPublished"],
    ],
    ["execute, rolled into", ROLLED, "execute", ["ui.step.execute.rolledFrom"]],
    ["execute, not rolled", FRESH, "execute", ["ui.step.execute.notRolled"]],
    [
      "execute, approved, not rolled yet",
      APPROVED,
      "execute",
      ["ui.step.execute.approved", "ui.step.execute.notRolled"],
    ],
  ])("%s: its words", (_, status, step, keys) => {
    const state = stepStates(status).find((candidate) => candidate.step === step);
    expect(state?.words.map((words) => words.key)).toEqual(keys);
  });

  test("an approved cycle's execute step is done, and says who approved it", () => {
    const execute = stepStates(APPROVED).find((state) => state.step === "execute");
    expect(execute?.tone).toBe("done");
    expect(execute?.words[0]).toEqual({ key: "ui.step.execute.approved", by: "Wang Fang" });
  });

  test("counts and cycles go with their words", () => {
    const states = stepStates(PUBLISHED);
    expect(states.find((state) => state.step === "meeting")?.words).toEqual([
      { key: "ui.step.meeting.published", cycle: "2024-04" },
      { key: "ui.step.meeting.decisions.one", n: 1 },
    ]);
    expect(nextHint(RUN, stepStates(RUN)).words).toEqual({
      key: "ui.next.meetingShortage.other",
      n: 2,
      cycle: "2024-04",
    });
  });
});
