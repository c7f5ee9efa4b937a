import { cheapestMix, gapScenarios, type GapOption } from "../../src/engine";
import { pythonPercent, seedGap, seedScenarios } from "../support/seedDemo";

const seedOptions: GapOption[] = seedGap.names.map((name, i) => ({
  name,
  capacity: seedGap.capacities[i] as number,
}));

function analysed(demand: number, supply: number, options: GapOption[]) {
  const outcome = gapScenarios(demand, supply, options);
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

describe("gapScenarios: seed parity", () => {
  test("the seed's four rows, in the seed's order", () => {
    const analysis = analysed(seedGap.demand, seedGap.supply, seedOptions);
    if (analysis.sufficient) throw new Error("expected a gap");
    expect(analysis.gap).toBe(seedGap.demand - seedGap.supply);
    expect(
      analysis.scenarios.map((s) => ({
        name: s.name,
        addedCapacity: s.addedCapacity,
        gapFilled: s.gapFilled,
        remainingGap: s.remainingGap,
        fillRate: pythonPercent(s.fillRate, 0),
      }))
    ).toEqual(seedScenarios);
    expect(analysis.cheapestMix).toBeUndefined();
  });
});

describe("gapScenarios: rules", () => {
  test.each([
    { demand: 100, supply: 100, gap: 0 },
    { demand: 100, supply: 150, gap: -50 },
  ])("gap ≤ 0 ($gap) means capacity is sufficient", ({ demand, supply, gap }) => {
    expect(analysed(demand, supply, seedOptions)).toEqual({ sufficient: true, gap });
  });

  test("ties keep the input order and fill rate is a fraction", () => {
    const analysis = analysed(10, 0, [
      { name: "B", capacity: 20 },
      { name: "A", capacity: 10 },
      { name: "C", capacity: 4 },
    ]);
    if (analysis.sufficient) throw new Error("expected a gap");
    expect(analysis.scenarios.map((s) => [s.name, s.remainingGap, s.fillRate])).toEqual([
      ["B", 0, 1],
      ["A", 0, 1],
      ["C", 6, 0.4],
    ]);
  });

  test("with unit costs, each row has its cost and the cheapest mix fills from the cheapest up", () => {
    const analysis = analysed(2000, 0, [
      { name: "Overtime", capacity: 1500, unitCost: 12 },
      { name: "Partner factory", capacity: 2500, unitCost: 15 },
      { name: "Channel stock", capacity: 1000, unitCost: 8 },
    ]);
    if (analysis.sufficient) throw new Error("expected a gap");
    expect(analysis.scenarios.map((s) => [s.name, s.cost])).toEqual([
      ["Partner factory", 2000 * 15],
      ["Overtime", 1500 * 12],
      ["Channel stock", 1000 * 8],
    ]);
    expect(analysis.cheapestMix).toEqual({
      parts: [
        { optionIndex: 2, name: "Channel stock", quantity: 1000, unitCost: 8 },
        { optionIndex: 0, name: "Overtime", quantity: 1000, unitCost: 12 },
      ],
      addedCapacity: 2500,
      gapFilled: 2000,
      remainingGap: 0,
      fillRate: 1,
      cost: 1000 * 8 + 1000 * 12,
    });
  });

  test("a cheapest mix that cannot close the gap says what remains", () => {
    const mix = cheapestMix(100, [
      { name: "A", capacity: 30, unitCost: 1 },
      { name: "B", capacity: 0, unitCost: 0 },
      { name: "C", capacity: 20, unitCost: 2 },
    ]);
    expect(mix).toMatchObject({
      gapFilled: 50,
      remainingGap: 50,
      fillRate: 0.5,
      cost: 70,
      addedCapacity: 50,
    });
    expect(mix.parts.map((p) => p.name)).toEqual(["A", "C"]);
  });
});

describe("gapScenarios: problems as values", () => {
  test.each([
    { demand: -1, supply: 0, options: seedOptions, argument: "demand", kind: "negative" },
    { demand: NaN, supply: 0, options: seedOptions, argument: "demand", kind: "notANumber" },
    { demand: 10, supply: -3, options: seedOptions, argument: "supply", kind: "negative" },
    {
      demand: 10,
      supply: 0,
      options: [{ name: "A", capacity: -5 }],
      argument: "option_capacities",
      kind: "negative",
      index: 0,
    },
    {
      demand: 10,
      supply: 0,
      options: [
        { name: "A", capacity: 5 },
        { name: " ", capacity: 5 },
      ],
      argument: "option_names",
      kind: "empty",
      index: 1,
    },
    {
      demand: 10,
      supply: 0,
      options: [{ name: "A", capacity: 5, unitCost: -2 }],
      argument: "option_unit_costs",
      kind: "negative",
      index: 0,
    },
  ])("$argument: $kind", ({ demand, supply, options, argument, kind, index }) => {
    const outcome = gapScenarios(demand, supply, options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems[0]).toMatchObject({
        argument,
        kind,
        ...(index === undefined ? {} : { index }),
      });
  });
});
