import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type { PlanningWorkbook, RunOptions } from "../../src/workbook";
import type { StandInWorkbook } from "../../src/playground/excel";
import { seedMonths, seedRollingPlan, seedSeries } from "../support/seedDemo";
import { seedWorkbook } from "../support/seedWorkbook";

/** Where the cycle stands, read from the workbook as the planner works through the month. */

const NOW = new Date(2026, 11, 2, 9, 30);
const EN: RunOptions = { language: "en" };

/** The seed's own verdict: the months it calls 供不应求 (supply short of demand). */
const SEED_SHORTAGES = seedRollingPlan.filter((period) =>
  period.status.startsWith("供不应求")
).length;

function open(book: StandInWorkbook): PlanningWorkbook {
  return createExcelPlanningWorkbook(book.host, () => NOW);
}

async function ok<T extends { ok: boolean }>(
  outcome: Promise<T>
): Promise<Extract<T, { ok: true }>> {
  const done = await outcome;
  if (!done.ok) throw new Error(JSON.stringify(done));
  return done as Extract<T, { ok: true }>;
}

describe("the cycle's state", () => {
  test("a fresh workbook: valid inputs, never run, nothing published", async () => {
    expect(SEED_SHORTAGES).toBeGreaterThan(0);
    const status = await open(seedWorkbook()).readCycle();
    expect(status).toEqual({
      cycle: seedMonths[0],
      problems: [],
      families: 1,
      periods: seedMonths.length,
      balance: "none",
      shortagePeriods: SEED_SHORTAGES,
      openDecisions: 0,
    });
  });

  test("reads in the round trips of a run's read and writes nothing", async () => {
    const book = seedWorkbook();
    const before = JSON.stringify(book.model);
    await open(book).readCycle();
    expect(book.syncLog).toHaveLength(2);
    expect(JSON.stringify(book.model)).toBe(before);
  });

  test("S&OP Balance is current after a run, stale once an input changes, current again after the next", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await ok(workbook.runRollingPlan(EN));
    expect((await workbook.readCycle()).balance).toBe("current");

    book.setValues("Plan", "C2", [[(seedSeries.forecast[1] ?? 0) + 1]]);
    expect((await workbook.readCycle()).balance).toBe("stale");

    book.setValues("Plan", "C2", [[seedSeries.forecast[1] ?? 0]]);
    expect((await workbook.readCycle()).balance).toBe("current");
    // Gap scenarios and options do not make the balance stale: it is computed without them.
    book.setValues("Plan", "A10", [["Overtime, two shifts"]]);
    await ok(workbook.runGapScenarios(EN));
    expect((await workbook.readCycle()).balance).toBe("current");
  });

  test("a broken cell: the problem the run would give, named, and the balance stale", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await ok(workbook.runRollingPlan(EN));
    book.setValues("Plan", "D2", [["n/a"]]);
    const status = await workbook.readCycle();
    const refused = await workbook.runRollingPlan(EN);
    expect(refused.ok).toBe(false);
    expect(status.problems).toEqual(refused.ok ? [] : refused.problems);
    expect(status.problems[0]).toMatchObject({ range: "SOP_Forecast", cell: "Plan!D2" });
    expect(status).toMatchObject({ balance: "stale", cycle: seedMonths[0] });
    expect(status.shortagePeriods).toBeUndefined();
  });

  test("a missing name still lets the log and the cycle be read", async () => {
    const book = seedWorkbook({ skip: ["SOP_Capacity"] });
    const workbook = open(book);
    await ok(
      workbook.addDecision(
        { decision: "Overtime", family: "", period: "", owner: "Li", due: "" },
        EN
      )
    );
    const status = await workbook.readCycle();
    expect(status.problems).toEqual([{ kind: "missingName", range: "SOP_Capacity" }]);
    expect(status).toMatchObject({ cycle: seedMonths[0], openDecisions: 1, balance: "none" });
  });

  test("the meeting pack records its cycle; a roll forward opens the next cycle from its version", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await ok(workbook.publishMeetingPack(EN));
    expect((await workbook.readCycle()).meetingCycle).toBe(seedMonths[0]);

    const rolled = await ok(workbook.rollForward(EN));
    const status = await workbook.readCycle();
    expect(status.cycle).toBe(seedMonths[1]);
    expect(status.meetingCycle).toBe(seedMonths[0]);
    expect(status.rolledFrom?.name).toBe(rolled.version.name);
    expect(status.rolledFrom?.firstPeriod).toBe(seedMonths[0]);
  });

  test("Approve plan: the cycle's approved version, with who approved it", async () => {
    const workbook = open(seedWorkbook());
    expect((await workbook.readCycle()).approved).toBeUndefined();
    await ok(workbook.approvePlan({ approvedBy: "Wang Fang" }, EN));
    const status = await workbook.readCycle();
    expect(status.approved?.firstPeriod).toBe(seedMonths[0]);
    expect(status.approved?.approval?.by).toBe("Wang Fang");
  });

  test("a marker comment edited by hand: the balance is no longer taken as current", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await ok(workbook.runRollingPlan(EN));
    const marker = book.model.names.find((name) => name.name === "SOP_Output_Balance");
    expect(marker?.comment).toMatch(/Inputs: [0-9a-f]{16}\./);
    if (marker) marker.comment = "edited by hand";
    expect((await workbook.readCycle()).balance).toBe("stale");
  });
});
