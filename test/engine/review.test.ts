import {
  emptyPlan,
  gapScenarios,
  periodGaps,
  planExceptions,
  rankExceptions,
  rankGaps,
  stakesByFamily,
  Status,
  summarizeBalance,
  type GapOption,
  type PlanBalance,
  type PlanInput,
} from "../../src/engine";

const { Balanced: B, Shortage: S, Excess: E } = Status;

/** A balance with the given family-major cells; what a test does not give is 0. */
function balanceOf(
  families: number,
  periods: number,
  cells: Partial<Record<"status" | "stockDays" | "rollingGap" | "closingStock", number[]>>
): PlanBalance {
  const n = families * periods;
  const series = (values: number[] | undefined) =>
    Float64Array.from(values ?? new Array<number>(n).fill(0));
  return {
    families,
    periods,
    effectiveDemand: new Float64Array(n),
    openingStock: new Float64Array(families),
    closingStock: series(cells.closingStock),
    stockDays: series(cells.stockDays),
    utilization: new Float64Array(n),
    status: Uint8Array.from(cells.status ?? new Array<number>(n).fill(B)),
    rollingGap: series(cells.rollingGap),
    zeroCapacity: [],
  };
}

function inputOf(
  families: number,
  periods: number,
  production: number[],
  capacity: number[]
): PlanInput {
  const input = emptyPlan(families, periods);
  input.production.set(production);
  input.capacity.set(capacity);
  return input;
}

describe("the plan's summary", () => {
  test.each([
    [
      "the earliest period's shortage, whichever family has it",
      balanceOf(2, 3, { status: [B, S, B, S, B, B], stockDays: [5, -1, 3, 2, 4, 8] }),
      {
        shortagePeriods: 2,
        firstShortage: { family: 1, period: 0 },
        lowestStockDays: { family: 0, period: 1, stockDays: -1 },
      },
    ],
    [
      "no shortage; the first of equal lowest stock days",
      balanceOf(2, 2, { stockDays: [9, 4, 4, 6] }),
      { shortagePeriods: 0, lowestStockDays: { family: 0, period: 1, stockDays: 4 } },
    ],
    ["an empty plan", balanceOf(0, 0, {}), { shortagePeriods: 0 }],
  ])("%s", (_, balance, expected) => {
    expect(summarizeBalance(balance)).toEqual(expected);
  });
});

describe("the meeting's exceptions", () => {
  test.each([
    [
      "none in a balanced plan within capacity",
      inputOf(1, 2, [5, 5], [5, 9]),
      balanceOf(1, 2, {}),
      [],
    ],
    [
      "shortage, over capacity and excess, in that order within a period",
      inputOf(1, 3, [5, 10, 3], [5, 8, 3]),
      balanceOf(1, 3, { status: [S, E, B] }),
      [
        { family: 0, period: 0, kind: "shortage" },
        { family: 0, period: 1, kind: "overCapacity" },
        { family: 0, period: 1, kind: "excess" },
      ],
    ],
    [
      "family by family, period by period",
      inputOf(2, 2, [0, 0, 0, 0], [0, 0, 0, 0]),
      balanceOf(2, 2, { status: [B, S, S, B] }),
      [
        { family: 0, period: 1, kind: "shortage" },
        { family: 1, period: 0, kind: "shortage" },
      ],
    ],
  ])("%s", (_, input, balance, expected) => {
    expect(planExceptions(input, balance)).toEqual(expected);
  });
});

describe("exceptions ranked by what is at stake", () => {
  // One family, three periods: April short by 300 below a safety stock of 500 (closing 200),
  // May over capacity by 50 (production 150 on 100), June 900 in stock over a safety stock of 500.
  const input = inputOf(1, 3, [100, 150, 100], [100, 100, 100]);
  input.safetyStock.set([500, 500, 500]);
  const balance = balanceOf(1, 3, { status: [S, B, E], closingStock: [200, 450, 900] });
  const exceptions = planExceptions(input, balance);
  const money = (price: number[], unitCost: number[]) => ({
    price: Float64Array.from(price),
    unitCost: Float64Array.from(unitCost),
  });
  test.each([
    [
      "without prices: units, the most first",
      undefined,
      [
        ["excess", 400, 400],
        ["shortage", 300, 300],
        ["overCapacity", 50, 50],
      ],
    ],
    [
      "with prices: revenue at risk for shortage and over capacity, stock at cost for excess",
      money([10, 10, 10], [2, 2, 2]),
      [
        ["shortage", 300, 3000],
        ["excess", 400, 800],
        ["overCapacity", 50, 500],
      ],
    ],
    [
      "a price per period: May's dear units outrank April's",
      money([10, 100, 10], [2, 2, 2]),
      [
        ["overCapacity", 50, 5000],
        ["shortage", 300, 3000],
        ["excess", 400, 800],
      ],
    ],
    [
      "zero prices put nothing at stake; ties keep the plan's order",
      money([0, 0, 0], [0, 0, 0]),
      [
        ["shortage", 300, 0],
        ["overCapacity", 50, 0],
        ["excess", 400, 0],
      ],
    ],
  ] as const)("%s", (_, prices, expected) => {
    const ranked = rankExceptions(input, balance, exceptions, prices);
    expect(ranked.map((r) => [r.kind, r.units, r.stake])).toEqual(expected);
  });

  test("the gaps in the same order: gap × price, units without prices", () => {
    const gapInput = inputOf(2, 2, [50, 60, 70, 80], [0, 0, 0, 0]);
    const gapBalance = balanceOf(2, 2, { rollingGap: [0, 100, 30, 0] });
    const gaps = periodGaps(gapInput, gapBalance, [{ name: "Overtime", capacity: 40 }]);
    const cells = (list: typeof gaps) => list.map((g) => [g.family, g.period]);
    expect(cells(rankGaps(gaps, 2))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // Family 2's 30 at 50 (1,500) outrank family 1's 100 at 10 (1,000).
    expect(cells(rankGaps(gaps, 2, { price: Float64Array.from([10, 10, 50, 50]) }))).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});

describe("the gap analysis of every period with a rolling gap", () => {
  const options: GapOption[] = [
    { name: "Overtime", capacity: 40, unitCost: 2 },
    { name: "Subcontract", capacity: 200, unitCost: 5 },
  ];

  test("each gap is SOP.GAP of demand = production + gap and supply = production", () => {
    const input = inputOf(2, 2, [50, 60, 70, 80], [0, 0, 0, 0]);
    const balance = balanceOf(2, 2, { rollingGap: [0, 100, 30, 0] });
    const gaps = periodGaps(input, balance, options);
    expect(gaps.map(({ family, period }) => [family, period])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const cases: readonly (readonly [number, number])[] = [
      [60, 100],
      [70, 30],
    ];
    cases.forEach(([production, gap], index) => {
      const expected = gapScenarios(production + gap, production, options);
      expect(expected.ok).toBe(true);
      if (expected.ok) expect(gaps[index]?.analysis).toEqual(expected.value);
    });
  });

  test("no rolling gap, no analysis", () => {
    expect(periodGaps(inputOf(1, 2, [1, 1], [1, 1]), balanceOf(1, 2, {}), options)).toEqual([]);
  });
});

describe("exceptions counted by family", () => {
  test("how many each family has and their stake together, the most at stake first", () => {
    const at = (family: number, stake: number) =>
      ({ family, period: 0, kind: "shortage", units: stake, stake }) as const;
    expect(stakesByFamily([at(0, 5), at(1, 9), at(0, 6), at(2, 1)])).toEqual([
      { family: 0, count: 2, stake: 11 },
      { family: 1, count: 1, stake: 9 },
      { family: 2, count: 1, stake: 1 },
    ]);
    expect(stakesByFamily([])).toEqual([]);
  });
});
