import { freeName } from "../../src/engine";

describe("freeName", () => {
  test.each<[string, string[], string]>([
    ["2024-04 plan", [], "2024-04 plan"],
    ["2024-04 plan", ["2024-03 plan"], "2024-04 plan"],
    ["2024-04 plan", ["2024-04 plan"], "2024-04 plan (2)"],
    ["2024-04 plan", ["2024-04 plan", "2024-04 plan (2)"], "2024-04 plan (3)"],
    // A gap in the numbers is reused.
    ["2024-04 plan", ["2024-04 plan", "2024-04 plan (3)"], "2024-04 plan (2)"],
    // Case does not make a name free: saving refuses "2024-04 PLAN" beside "2024-04 plan".
    ["2024-04 plan", ["2024-04 PLAN"], "2024-04 plan (2)"],
    ["S&OP Balance", ["s&op balance", "S&OP BALANCE (2)"], "S&OP Balance (3)"],
    ["计划", ["计划"], "计划 (2)"],
  ])("%s among %j → %s", (base, taken, expected) => {
    expect(freeName(base, taken)).toBe(expected);
  });
});
