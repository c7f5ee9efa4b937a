import { periodsBetween, isoWeeksIn, nextPeriodLabel, nextPeriodSerial } from "../../src/engine";

/** Excel's serial of a UTC date (1900 date system). */
const serial = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000 + 25569;

describe("nextPeriodLabel", () => {
  test.each([
    // months
    [["2024-04"], "2024-05"],
    [["2024-12"], "2025-01"],
    [["2024-4"], "2024-5"],
    [["2024/09"], "2024/10"],
    [["2024.12"], "2025.01"],
    [["2024年4月"], "2024年5月"],
    [["2024年12月"], "2025年1月"],
    [["2024年04月"], "2024年05月"],
    [["Apr 2024"], "May 2024"],
    [["Dec-24"], "Jan-25"],
    [["April 2024"], "May 2024"],
    [["DEC 2024"], "JAN 2025"],
    // ISO weeks: 2024 has 52, 2026 and 2020 have 53
    [["2024-W05"], "2024-W06"],
    [["2024-W52"], "2025-W01"],
    [["2026-W52"], "2026-W53"],
    [["2026-W53"], "2027-W01"],
    [["2020-W52"], "2020-W53"],
    [["2024W05"], "2024W06"],
    [["W05 2024"], "W06 2024"],
    [["W52-2024"], "W01-2025"],
    [["2024年第5周"], "2024年第6周"],
    [["2024年第52周"], "2025年第1周"],
    // quarters
    [["2024-Q4"], "2025-Q1"],
    [["2024Q1"], "2024Q2"],
    // text dates: a month on, or the weekly step
    [["2024-04-01"], "2024-05-01"],
    [["2024-01-31"], "2024-02-29"],
    [["2024-04-01", "2024-04-08"], "2024-04-15"],
    [["2024-12-23", "2024-12-30"], "2025-01-06"],
    // numbered periods
    [["P6"], "P7"],
    [["P9"], "P10"],
    [["Month 9"], "Month 10"],
    [["M06"], "M07"],
    [["M09"], "M10"],
    [["第6期"], "第7期"],
    [[" 2024-09 "], "2024-10"],
  ])("%j → %s", (labels, next) => {
    expect(nextPeriodLabel(labels)).toEqual({ ok: true, value: next });
  });

  test.each([[["late autumn"]], [["2024-13"]], [[]], [["Q"]], [["2024-2025"]]])(
    "%j cannot be continued",
    (labels) => {
      const outcome = nextPeriodLabel(labels);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.problems[0]).toMatchObject({ kind: "invalidOption", argument: "periods" });
      }
    }
  );
});

describe("isoWeeksIn", () => {
  test.each([
    [2015, 53],
    [2020, 53],
    [2021, 52],
    [2024, 52],
    [2026, 53],
    [2032, 53],
  ])("%i has %i ISO weeks", (year, weeks) => {
    expect(isoWeeksIn(year)).toBe(weeks);
  });
});

describe("nextPeriodSerial", () => {
  test.each([
    ["one month on, same day", [serial(2024, 4, 15)], serial(2024, 5, 15)],
    ["the seed's first of the month", [serial(2024, 4, 1), serial(2024, 5, 1)], serial(2024, 6, 1)],
    ["December to January", [serial(2024, 12, 1)], serial(2025, 1, 1)],
    ["a 31st clamps", [serial(2024, 1, 15), serial(2024, 3, 31)], serial(2024, 4, 30)],
    ["month ends stay month ends", [serial(2024, 1, 31), serial(2024, 2, 29)], serial(2024, 3, 31)],
    ["weekly", [serial(2024, 4, 1), serial(2024, 4, 8)], serial(2024, 4, 15)],
    ["fortnightly", [serial(2024, 4, 1), serial(2024, 4, 15)], serial(2024, 4, 29)],
    ["keeps the time of day", [serial(2024, 4, 1) + 0.5], serial(2024, 5, 1) + 0.5],
  ])("%s", (_, serials, next) => {
    expect(nextPeriodSerial(serials)).toEqual({ ok: true, value: next });
  });

  test("no dates: a problem, not an exception", () => {
    expect(nextPeriodSerial([]).ok).toBe(false);
    expect(nextPeriodSerial([Number.NaN]).ok).toBe(false);
  });
});

describe("periodsBetween: what is missing between a history and the plan", () => {
  test.each([
    [["2024-02", "2024-03"], "2024-04", []],
    [["2024-01", "2024-02"], "2024-04", ["2024-03"]],
    [["2023-11", "2023-12"], "2024-03", ["2024-01", "2024-02"]],
    [["2024-W51", "2024-W52"], "2025-W01", []],
    [["2024-03", "2024-04"], "2024-04", undefined],
    [["2024-03"], "P1", undefined],
  ])("%j then %s: %j", (history, first, expected) => {
    expect(periodsBetween(history, first, 24)).toEqual(expected);
  });
});
