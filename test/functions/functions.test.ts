import { CustomFunctionsError } from "../support/customFunctionsStub";
import { balance as balanceFunction, gap as gapFunction } from "../../src/functions/functions";
import {
  oneDecimal,
  pythonPercent,
  seedGap,
  seedRollingPlan,
  seedSeries,
  seedStatusWord,
  seedScenarios,
} from "../support/seedDemo";

/** The functions as Excel sees them: any arguments in, a matrix of cells out. */
type Cell = number | string | CustomFunctionsError;
const balance = balanceFunction as (...args: unknown[]) => Cell[][];
const gap = gapFunction as (...args: unknown[]) => Cell[][];

/** Excel passes a range in a row as one row of cells, a range in a column as rows of one cell. */
const row = (values: readonly unknown[]): unknown[][] => [[...values]];
const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);
type Layout = typeof row;

function seedArgs(layout: Layout) {
  return [
    layout(seedSeries.forecast),
    layout(seedSeries.orders),
    seedSeries.openingStock,
    layout(seedSeries.production),
    layout(seedSeries.capacity),
    layout(seedSeries.safetyStock),
  ] as const;
}

/** Calls the function and returns the Excel error it throws. */
function errorOf(call: () => unknown): CustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw error;
  }
  throw new Error("expected an Excel error");
}

/** The seed's record for a period, as the six fields SOP.BALANCE spills (display-rounded as the seed). */
function seedRecord(period: (typeof seedRollingPlan)[number]) {
  return [
    period.effectiveDemand,
    period.openingStock,
    period.closingStock,
    period.stockDays,
    period.utilization,
    seedStatusWord(period.status),
  ];
}
function displayed(record: readonly unknown[]) {
  const [demand, opening, closing, days, utilization, status] = record;
  return [
    demand,
    opening,
    closing,
    oneDecimal(days as number),
    pythonPercent(utilization as number, 1),
    status,
  ];
}

describe("SOP.BALANCE: seed parity", () => {
  test("inputs in columns spill N rows × 6 columns equal to the seed's output", () => {
    const result = balance(...seedArgs(column), undefined, undefined, "zh");
    expect(result).toHaveLength(seedRollingPlan.length);
    expect(result.map(displayed)).toEqual(seedRollingPlan.map(seedRecord));
  });

  test("inputs in rows (months across) spill 6 rows × N columns equal to the seed's output", () => {
    const result = balance(...seedArgs(row), undefined, undefined, "zh");
    expect(result).toHaveLength(6);
    const records = seedRollingPlan.map((_, period) => result.map((field) => field[period]));
    expect(records.map(displayed)).toEqual(seedRollingPlan.map(seedRecord));
  });

  test("English is the default language for the status words", () => {
    const result = balance(...seedArgs(column));
    expect(result.map((record) => record[5])).toEqual([
      "Balanced",
      "Shortage",
      "Shortage",
      "Shortage",
      "Shortage",
      "Shortage",
    ]);
  });

  test("numbers come back at full precision; rounding is the cell format's job", () => {
    const result = balance(...seedArgs(column));
    expect(result[1]?.[3]).toBe(500 / (13500 / 30));
    expect(result[0]?.[4]).toBe(11000 / 15000);
  });
});

describe("SOP.BALANCE: shapes", () => {
  test("a single cell is repeated across all periods (flat capacity and safety stock)", () => {
    const flat = balance(
      column(seedSeries.forecast),
      column(seedSeries.orders),
      3000,
      column(seedSeries.production),
      [[15000]],
      [[2000]]
    );
    const full = balance(
      column(seedSeries.forecast),
      column(seedSeries.orders),
      3000,
      column(seedSeries.production),
      column(Array(6).fill(15000)),
      column(Array(6).fill(2000))
    );
    expect(flat).toEqual(full);
  });

  test("a single period (every input one cell) gives one row of 6", () => {
    const result = balance([[12000]], [[10500]], 3000, [[11000]], [[15000]], [[2000]]);
    expect(result).toEqual([[12000, 3000, 2000, 5, 11000 / 15000, "Balanced"]]);
  });

  test.each([
    { blank: null, name: "null" },
    { blank: "", name: "empty text" },
  ])("blank cells ($name) count as 0", ({ blank }) => {
    const result = balance([[100, blank]], [[blank, 50]], 0, [[100, 100]], [[200]], [[0]]);
    expect(result[0]).toEqual([100, 50]);
    expect(result[2]).toEqual([0, 50]);
  });

  test("optional arguments change the status threshold and stock days", () => {
    const result = balance([[300]], [[0]], 350, [[300]], [[1000]], [[100]], 3, 7);
    expect(result[0]?.[5]).toBe("Excess");
    expect(result[0]?.[3]).toBe(350 / (300 / 7));
    expect(balance([[300]], [[0]], 350, [[300]], [[1000]], [[100]], 4)[0]?.[5]).toBe("Balanced");
  });
});

describe("SOP.BALANCE: bad input gives an Excel error naming the argument and position", () => {
  const good = seedArgs(column);
  const withCell = (index: number, position: number, value: unknown) =>
    good.map((arg, i) =>
      i === index
        ? column((arg as unknown[][]).map((r, p) => (p === position ? value : r[0])))
        : arg
    );

  test.each([
    {
      name: "text in a number cell",
      args: withCell(0, 2, "n/a"),
      code: "#VALUE!",
      message: 'forecast, period 3: "n/a" is not a number',
    },
    {
      name: "an Excel error value in a range",
      args: withCell(3, 1, { code: "#N/A" }),
      code: "#N/A",
      message: "production, period 2: the input is the error #N/A",
    },
    {
      name: "a boolean",
      args: withCell(1, 0, true),
      code: "#VALUE!",
      message: "orders, period 1: TRUE is not a number",
    },
    {
      name: "a negative capacity",
      args: withCell(4, 4, -100),
      code: "#VALUE!",
      message: "capacity, period 5: -100 is negative",
    },
    {
      name: "a non-numeric opening stock",
      args: good.map((a, i) => (i === 2 ? "lots" : a)),
      code: "#VALUE!",
      message: 'opening_stock: "lots" is not a number',
    },
    {
      name: "ranges of different lengths",
      args: good.map((a, i) => (i === 5 ? column([1, 2, 3]) : a)),
      code: "#N/A",
      message: "safety_stock: has 3 values but the plan has 6",
    },
    {
      name: "a block instead of a row or column",
      args: good.map((a, i) =>
        i === 0
          ? [
              [1, 2],
              [3, 4],
            ]
          : a
      ),
      code: "#VALUE!",
      message: "forecast: is 2 × 2; give one row or one column",
    },
  ])("$name → $code", ({ args, code, message }) => {
    const error = errorOf(() => balance(...args));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  test("capacity 0 is #DIV/0! in that period's utilization cell only", () => {
    const capacity = column([15000, 15000, 0, 15000, 15000, 15000]);
    const result = balance(good[0], good[1], good[2], good[3], capacity, good[5]);
    const cell = result[2]?.[4];
    expect(cell).toBeInstanceOf(CustomFunctionsError);
    expect((cell as CustomFunctionsError).code).toBe("#DIV/0!");
    expect((cell as CustomFunctionsError).message).toBe(
      "capacity, period 3: capacity is 0, so utilization cannot be computed"
    );
    expect(result[1]?.[4]).toBe(12000 / 15000);
    expect(result[2]?.[2]).toBe(-1500);
  });

  test("several problems are all counted in one message", () => {
    const args = withCell(0, 0, "x").map((a, i) => (i === 4 ? column([1, 1, "y", 1, 1, 1]) : a));
    const error = errorOf(() => balance(...args));
    expect(error.message).toBe('forecast, period 1: "x" is not a number (and 1 more problem)');
  });

  test("messages follow the language argument", () => {
    const error = errorOf(() => balance(...withCell(4, 4, -100), undefined, undefined, "zh"));
    expect(error.message).toBe("产能(capacity),第 5 期: -100 为负数,必须大于或等于 0");
  });

  test.each([
    { position: 6, value: "fr", message: 'language: "fr" is not allowed; use "en" or "zh"' },
    { position: 6, value: 0, message: "is not allowed" },
  ])("an unknown language is #VALUE!", ({ value, message }) => {
    const error = errorOf(() => balance(...good, undefined, undefined, value));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(message);
  });

  test.each([
    { multiple: 0, days: undefined, argument: "excess_multiple" },
    { multiple: undefined, days: -1, argument: "days_per_period" },
    { multiple: "three", days: undefined, argument: "excess_multiple" },
  ])("a bad $argument is #VALUE!", ({ multiple, days, argument }) => {
    const error = errorOf(() => balance(...good, multiple, days));
    expect(error.code).toBe("#VALUE!");
    expect(error.message.startsWith(argument)).toBe(true);
  });
});

describe("SOP.GAP", () => {
  const names = column(seedGap.names);
  const capacities = column(seedGap.capacities);

  test("the seed's four rows in the seed's order", () => {
    const result = gap(seedGap.demand, seedGap.supply, names, capacities);
    expect(
      result.map(([name, added, filled, remaining, rate]) => ({
        name,
        addedCapacity: added,
        gapFilled: filled,
        remainingGap: remaining,
        fillRate: pythonPercent(rate as number, 0),
      }))
    ).toEqual(seedScenarios);
  });

  test("options in a row work the same", () => {
    expect(
      gap(seedGap.demand, seedGap.supply, row(seedGap.names), row(seedGap.capacities))
    ).toEqual(gap(seedGap.demand, seedGap.supply, names, capacities));
  });

  test("with costs: a cost column and a closing cheapest-mix row", () => {
    const result = gap(15000, 13000, names, capacities, column([30, 20, 5, 10]));
    expect(result).toHaveLength(5);
    expect(result[0]).toEqual(["外包给合作工厂 A", 2500, 2000, 0, 1, 2000 * 20]);
    expect(result[4]).toEqual(["Cheapest mix: 调用渠道安全库存 2000", 2000, 2000, 0, 1, 2000 * 5]);
    expect(gap(15000, 13000, names, capacities, column([30, 20, 5, 10]), "zh")[4]?.[0]).toBe(
      "最低成本组合: 调用渠道安全库存 2000"
    );
  });

  test.each([
    { language: undefined, text: "Capacity is sufficient" },
    { language: "zh", text: "产能充足,无需调整" },
  ])("no gap: a single cell saying capacity is sufficient ($text)", ({ language, text }) => {
    expect(gap(13000, 15000, names, capacities, undefined, language)).toEqual([[text]]);
  });

  test.each([
    {
      name: "text demand",
      args: ["lots", 13000, names, capacities],
      code: "#VALUE!",
      message: 'demand: "lots" is not a number',
    },
    {
      name: "a range as supply",
      args: [15000, [[1], [2]], names, capacities],
      code: "#VALUE!",
      message: "supply: is 2 × 1; give a single value",
    },
    {
      name: "an error in capacities",
      args: [15000, 13000, names, column([1, { code: "#REF!" }, 3, 4])],
      code: "#REF!",
      message: "option_capacities, option 2: the input is the error #REF!",
    },
    {
      name: "a negative capacity",
      args: [15000, 13000, names, column([1, 2, -3, 4])],
      code: "#VALUE!",
      message: "option_capacities, option 3: -3 is negative",
    },
    {
      name: "lengths that differ",
      args: [15000, 13000, names, column([1, 2, 3])],
      code: "#N/A",
      message: "option_capacities: has 3 values but the plan has 4",
    },
    {
      name: "a blank name",
      args: [15000, 13000, column(["A", "", "C", "D"]), capacities],
      code: "#VALUE!",
      message: "option_names, option 2: is empty",
    },
    {
      name: "a blank unit cost",
      args: [15000, 13000, names, capacities, column([1, null, 3, 4])],
      code: "#VALUE!",
      message: "option_unit_costs, option 2: is empty",
    },
    {
      name: "costs of another length",
      args: [15000, 13000, names, capacities, column([1, 2])],
      code: "#N/A",
      message: "option_unit_costs: has 2 values",
    },
  ])("$name → $code", ({ args, code, message }) => {
    const error = errorOf(() => gap(...args));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});
