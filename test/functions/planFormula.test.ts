import { supplyPlan, SUPPLY_FIELDS, type LpSolver } from "../../src/engine";
import { planFormula, type FormulaResult, type ResultCell } from "../../src/functions/formulas";
import { loadSolver } from "../../src/solver/highs";
import { RED_TOMATO_DEMAND, RED_TOMATO_OPTIMUM, RED_TOMATO_ROWS } from "../support/redTomato";

/** SOP.PLAN as Excel calls it: matrices in, the plan spilled the way demand runs, or an error. */

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadSolver();
});

// With a blank value and a blank row, which are skipped.
const RED_TOMATO: (readonly [string, number | null])[] = [
  ...RED_TOMATO_ROWS,
  ["subcontract_capacity", null],
  ["", null],
];
const DEMAND = RED_TOMATO_DEMAND;

function cells(result: FormulaResult): ResultCell[][] {
  if (!result.ok) throw new Error(result.error.message);
  return result.cells;
}

describe("SOP.PLAN", () => {
  test("Red Tomato in a row: 9 rows × 6 periods, the cost row adds up to $422,275.00", () => {
    const got = cells(
      planFormula({ demand: [DEMAND], opening_stock: 1000, parameters: RED_TOMATO }, solve)
    );
    expect(got).toHaveLength(SUPPLY_FIELDS.length);
    expect(got.every((row) => row.length === 6)).toBe(true);
    const cost = (got[8] as number[]).reduce((sum, x) => sum + x, 0);
    expect(Math.round(cost * 100) / 100).toBe(RED_TOMATO_OPTIMUM);
  });
  test("in a column: 6 rows × 9, the same numbers as the engine gives", () => {
    const got = cells(
      planFormula(
        { demand: DEMAND.map((d) => [d]), opening_stock: 1000, parameters: RED_TOMATO },
        solve
      )
    );
    const engine = supplyPlan(
      {
        demand: DEMAND,
        openingStock: 1000,
        safetyStock: new Float64Array(6),
        parameters: Object.fromEntries(
          RED_TOMATO.filter(([name, value]) => name !== "" && value !== null)
        ),
      },
      solve
    );
    if (!engine.ok) throw new Error("engine refused");
    expect(got).toEqual(engine.value.periods.map((p) => SUPPLY_FIELDS.map((f) => p[f])));
  });
  test("a safety stock is kept every period", () => {
    const got = cells(
      planFormula(
        { demand: [DEMAND], opening_stock: 1000, parameters: RED_TOMATO, safety_stock: [[700]] },
        solve
      )
    );
    for (const closing of got[3] as number[]) expect(closing).toBeGreaterThanOrEqual(700 - 1e-6);
  });
  test.each([
    [
      "an unknown parameter, named with its row",
      {
        parameters: [
          ["regular_cost", 5],
          ["overtime", 3],
        ],
      },
      '#VALUE! parameters, row 2: "overtime" is not a parameter of SOP.PLAN',
    ],
    [
      "a parameter given twice",
      {
        parameters: [
          ["regular_cost", 5],
          ["Regular_Cost", 6],
        ],
      },
      "#VALUE! parameters, row 2: regular_cost is given twice",
    ],
    [
      "text as a value",
      { parameters: [["regular_cost", "five"]] },
      '#VALUE! parameters, row 1: "five" is not a number',
    ],
    [
      "a missing required parameter",
      { parameters: [["holding_cost", 1]] },
      "#VALUE! parameters: needs regular_cost",
    ],
    [
      "a block that is not two columns",
      { parameters: [["regular_cost", 5, 1]] },
      "#VALUE! parameters: 1 × 3 is not allowed; use n × 2",
    ],
    [
      "negative demand",
      { demand: [[100, -5]], parameters: [["regular_cost", 5]] },
      "#VALUE! demand, period 2: -5 is negative; it must be 0 or more",
    ],
    [
      "no plan can meet the demand: the first period short, and by how much",
      {
        demand: [[50, 50, 300]],
        parameters: [
          ["regular_cost", 10],
          ["regular_capacity", 100],
        ],
      },
      "#NUM! demand, period 3: 100 units short with every lever at its limit",
    ],
  ])("%s", (_, args, message) => {
    const result = planFormula({ demand: [[100, 100]], opening_stock: 0, ...args }, solve);
    expect(result.ok ? "ok" : `${result.error.errorClass} ${result.error.message}`).toBe(message);
  });
  test("in Chinese", () => {
    const result = planFormula(
      {
        demand: [[50, 50, 300]],
        opening_stock: 0,
        parameters: [
          ["regular_cost", 10],
          ["regular_capacity", 100],
        ],
        language: "zh",
      },
      solve
    );
    expect(!result.ok && result.error.message).toBe(
      "需求(demand),第 3 期: 所有手段都用到极限后仍缺 100 件"
    );
  });
});
