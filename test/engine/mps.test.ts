import { frozenChanges, type ProductionPlan } from "../../src/engine";

/** Changes inside the frozen periods, against the earlier approved plan: hand-computed tables. */

const earlier: ProductionPlan = {
  families: ["A", "B"],
  periods: ["2024-04", "2024-05", "2024-06"],
  production: [100, 110, 120, 50, 60, 70],
};

/** The plan rolled a month on: May and June again, July new. */
const rolled = (production: number[]): ProductionPlan => ({
  families: ["A", "B"],
  periods: ["2024-05", "2024-06", "2024-07"],
  production,
});

describe("frozenChanges", () => {
  test.each([
    ["nothing changed in May", rolled([110, 999, 130, 60, 1, 80]), 1, []],
    [
      "May of A raised by 15",
      rolled([125, 120, 130, 60, 70, 80]),
      1,
      [{ family: "A", period: "2024-05", before: 110, now: 125, change: 15 }],
    ],
    [
      "two frozen periods: May and June, family by family",
      rolled([110, 100, 130, 55, 75, 80]),
      2,
      [
        { family: "A", period: "2024-06", before: 120, now: 100, change: -20 },
        { family: "B", period: "2024-05", before: 60, now: 55, change: -5 },
        { family: "B", period: "2024-06", before: 70, now: 75, change: 5 },
      ],
    ],
    ["no frozen period: no change to list", rolled([0, 0, 0, 0, 0, 0]), 0, []],
    [
      "July is frozen too but the earlier plan never had it",
      rolled([110, 120, 1, 60, 70, 1]),
      3,
      [],
    ],
    [
      "families matched by name, a new family left out",
      {
        families: ["B", "C", "A"],
        periods: ["2024-05", "2024-06", "2024-07"],
        production: [61, 70, 80, 5, 5, 5, 110, 120, 130],
      },
      1,
      [{ family: "B", period: "2024-05", before: 60, now: 61, change: 1 }],
    ],
    [
      "more frozen periods than the plan has",
      rolled([111, 120, 130, 60, 70, 80]),
      9,
      [{ family: "A", period: "2024-05", before: 110, now: 111, change: 1 }],
    ],
  ])("%s", (_, current, frozen, expected) => {
    expect(frozenChanges(current, earlier, frozen)).toEqual(expected);
  });
});
