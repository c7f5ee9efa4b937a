import {
  approvedOfCycle,
  newestVersion,
  previousApproved,
  previousCycleVersion,
  previousDecisionCycle,
  rolledInto,
  versionOfCycle,
  type CycleVersion,
  type Decision,
} from "../../src/engine";

/** Which version and which decisions the meeting pack looks back at, as tables. */

/** A what-if adjustment, as a version stores it (the pickers only count them). */
const PROMOTION = { target: "demand", amount: 10 };

type Named = CycleVersion & { readonly name: string };

const version = (
  name: string,
  firstPeriod: string,
  savedAt: string,
  adjustments: readonly unknown[] = []
): Named => ({ name, firstPeriod, savedAt, adjustments });

const MARCH = version("2024-03", "2024-03", "2024-03-28T10:00:00.000Z");
const APRIL = version("2024-04", "2024-04", "2024-04-29T10:00:00.000Z");
const APRIL_EARLY = version("April draft", "2024-04", "2024-04-02T10:00:00.000Z");
const APRIL_PROMO = version("April promo", "2024-04", "2024-04-30T10:00:00.000Z", [PROMOTION]);
const MAY = version("May", "2024-05", "2024-05-03T10:00:00.000Z");

describe("the versions the meeting pack names", () => {
  test.each([
    ["none saved", [], "2024-05", undefined, undefined],
    ["last month's, after roll forward", [MARCH, APRIL], "2024-05", undefined, "2024-04"],
    ["this cycle's newest, and last cycle's", [APRIL, MAY], "2024-05", "May", "2024-04"],
    [
      "newest plain version of an earlier cycle",
      [MARCH, APRIL, APRIL_EARLY],
      "2024-05",
      undefined,
      "2024-04",
    ],
    [
      "a what-if variant is not the plan of record",
      [APRIL, APRIL_PROMO],
      "2024-05",
      undefined,
      "2024-04",
    ],
    ["only this cycle's: nothing to compare with", [MAY], "2024-05", "May", undefined],
  ] as const)("%s", (_, versions, cycle, current, previous) => {
    expect(versionOfCycle(versions, cycle)?.name).toBe(current);
    expect(previousCycleVersion(versions, cycle)?.name).toBe(previous);
  });
});

describe("the approved plans Approve plan compares with", () => {
  const approved = (v: Named) => ({ ...v, approval: { by: "Li", at: v.savedAt } });
  const MARCH_OK = approved(MARCH);
  const APRIL_OK = approved(APRIL_EARLY);
  const MAY_OK = approved(MAY);
  test.each([
    ["none approved", [MARCH, APRIL, MAY], "2024-05", undefined, undefined],
    [
      "last month's approved, not its newer unapproved version",
      [APRIL_OK, APRIL, MAY],
      "2024-05",
      undefined,
      "April draft",
    ],
    [
      "the newest approved of the earlier cycles",
      [MARCH_OK, APRIL_OK],
      "2024-05",
      undefined,
      "April draft",
    ],
    [
      "this cycle's approved, and last cycle's",
      [APRIL_OK, MAY_OK],
      "2024-05",
      "May",
      "April draft",
    ],
  ] as const)("%s", (_, versions, cycle, current, previous) => {
    expect(approvedOfCycle(versions, cycle)?.name).toBe(current);
    expect(previousApproved(versions, cycle)?.name).toBe(previous);
  });
});

describe("the newest version", () => {
  test.each([
    ["none", [], undefined],
    ["by the time saved, not the list's order", [APRIL, MARCH], "2024-04"],
    ["the first of two saved at the same time", [MAY, { ...MAY, name: "May again" }], "May"],
  ] as const)("%s", (_, versions, expected) => {
    expect(newestVersion<Named>(versions)?.name).toBe(expected);
  });
});

const decision = (id: number, cycle: string): Decision => ({
  id,
  decision: `D${id}`,
  family: "",
  period: "",
  owner: "Li",
  status: "open",
  cycle,
});

describe("the cycle whose decisions are reviewed as last cycle's", () => {
  test.each([
    ["no decisions", [], "2024-05", undefined],
    ["only this cycle's", [decision(1, "2024-05")], "2024-05", undefined],
    [
      "the newest other cycle",
      [decision(1, "2024-03"), decision(2, "2024-04"), decision(3, "2024-05")],
      "2024-05",
      "2024-04",
    ],
    // Labels need not sort as text (周, quarters): the order of the log decides.
    [
      "by the log's order, not the label",
      [decision(1, "Q4 2023"), decision(2, "Q1 2024")],
      "Q2 2024",
      "Q1 2024",
    ],
  ] as const)("%s", (_, decisions, cycle, expected) => {
    expect(previousDecisionCycle(decisions, cycle)).toBe(expected);
  });
});

/** A saved plan of `periods` (the first is its cycle), as a roll forward saves it. */
const plan = (
  name: string,
  periods: readonly string[],
  savedAt: string,
  adjustments: readonly unknown[] = []
) => ({
  name,
  firstPeriod: periods[0] ?? "",
  lastPeriod: periods.at(-1) ?? "",
  periods: periods.length,
  savedAt,
  adjustments,
});

const MARCH_PLAN = ["2024-03", "2024-04", "2024-05", "2024-06"];
const APRIL_PLAN = ["2024-04", "2024-05", "2024-06", "2024-07"];

describe("the version a roll forward saved when it opened the plan", () => {
  test.each([
    ["no versions", [], APRIL_PLAN, undefined],
    [
      "last month's plan, one period earlier",
      [plan("2024-03", MARCH_PLAN, "2024-03-30T10:00:00Z")],
      APRIL_PLAN,
      "2024-03",
    ],
    [
      "this month's own version was not rolled into it",
      [plan("2024-04", APRIL_PLAN, "2024-04-02T10:00:00Z")],
      APRIL_PLAN,
      undefined,
    ],
    [
      "a plan of another length",
      [
        plan(
          "short",
          ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07"].slice(0, 3),
          "2024-03-30T10:00:00Z"
        ),
      ],
      APRIL_PLAN,
      undefined,
    ],
    [
      "two months back: the periods do not follow on",
      [plan("2024-02", ["2024-02", "2024-03", "2024-04", "2024-05"], "2024-02-28T10:00:00Z")],
      APRIL_PLAN,
      undefined,
    ],
    [
      "a what-if variant did not open it",
      [plan("promo", MARCH_PLAN, "2024-03-30T10:00:00Z", [PROMOTION])],
      APRIL_PLAN,
      undefined,
    ],
    [
      "the newest of two",
      [
        plan("early", MARCH_PLAN, "2024-03-01T10:00:00Z"),
        plan("late", MARCH_PLAN, "2024-03-30T10:00:00Z"),
      ],
      APRIL_PLAN,
      "late",
    ],
    [
      "a one-period plan follows any other cycle's",
      [plan("2024-03", ["2024-03"], "2024-03-30T10:00:00Z")],
      ["2024-04"],
      "2024-03",
    ],
    [
      "an empty plan has none",
      [plan("2024-03", MARCH_PLAN, "2024-03-30T10:00:00Z")],
      [],
      undefined,
    ],
  ] as const)("%s", (_, versions, periods, expected) => {
    expect(rolledInto(versions, periods)?.name).toBe(expected);
  });
});
