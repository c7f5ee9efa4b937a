import { balancePlan, emptyPlan, Status, type PlanInput, type StatusCode } from "../../src/engine";
import {
  oneDecimal,
  pythonPercent,
  seedPlan,
  seedRollingPlan,
  seedStatusWord,
} from "../support/seedDemo";

const STATUS_OF_SEED_WORD: Record<string, StatusCode> = {
  平衡: Status.Balanced,
  供不应求: Status.Shortage,
  库存过高: Status.Excess,
};

function plan(
  rows: { f: number; o: number; p: number; c: number; s: number }[],
  opening: number
): PlanInput {
  const input = emptyPlan(1, rows.length);
  rows.forEach((row, i) => {
    input.forecast[i] = row.f;
    input.orders[i] = row.o;
    input.production[i] = row.p;
    input.capacity[i] = row.c;
    input.safetyStock[i] = row.s;
  });
  input.openingStock[0] = opening;
  return input;
}

function balanced(input: PlanInput, options = {}) {
  const outcome = balancePlan(input, options);
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

describe("balancePlan: seed parity", () => {
  const result = balanced(seedPlan());
  test.each(seedRollingPlan.map((period, index) => ({ ...period, index })))(
    "$month matches the seed's own output",
    (seed) => {
      const i = seed.index;
      expect(result.effectiveDemand[i]).toBe(seed.effectiveDemand);
      expect(result.openingStock[i]).toBe(seed.openingStock);
      expect(result.closingStock[i]).toBe(seed.closingStock);
      expect(oneDecimal(result.stockDays[i] as number)).toBe(seed.stockDays);
      expect(pythonPercent(result.utilization[i] as number, 1)).toBe(seed.utilization);
      expect(result.status[i]).toBe(STATUS_OF_SEED_WORD[seedStatusWord(seed.status)]);
    }
  );

  test("rolling gap of the demo is 0, 1700, 2300, 0, 0, 0 (CONTRACT.md)", () => {
    expect(Array.from(result.rollingGap)).toEqual([0, 1700, 2300, 0, 0, 0]);
  });
});

describe("balancePlan: rules per period", () => {
  // f forecast, o orders, p production, c capacity, s safety stock
  test.each([
    {
      name: "orders above forecast set the demand",
      row: { f: 100, o: 150, p: 100, c: 200, s: 10 },
      opening: 100,
      demand: 150,
      closing: 50,
    },
    {
      name: "forecast above orders sets the demand",
      row: { f: 150, o: 100, p: 100, c: 200, s: 10 },
      opening: 100,
      demand: 150,
      closing: 50,
    },
    {
      name: "negative closing is backlog",
      row: { f: 300, o: 0, p: 100, c: 200, s: 10 },
      opening: 100,
      demand: 300,
      closing: -100,
    },
  ])("$name", ({ row, opening, demand, closing }) => {
    const result = balanced(plan([row], opening));
    expect(result.effectiveDemand[0]).toBe(demand);
    expect(result.closingStock[0]).toBe(closing);
  });

  test.each([
    { closing: 99, safety: 100, multiple: 3, status: Status.Shortage },
    { closing: 100, safety: 100, multiple: 3, status: Status.Balanced },
    { closing: 300, safety: 100, multiple: 3, status: Status.Balanced },
    { closing: 301, safety: 100, multiple: 3, status: Status.Excess },
    { closing: 201, safety: 100, multiple: 2, status: Status.Excess },
    { closing: 0, safety: 0, multiple: 3, status: Status.Balanced },
    { closing: 1, safety: 0, multiple: 3, status: Status.Excess },
  ])(
    "closing $closing with safety $safety and multiple $multiple is status $status",
    ({ closing, safety, multiple, status }) => {
      const result = balanced(plan([{ f: 0, o: 0, p: 0, c: 1, s: safety }], closing), {
        excessMultiple: multiple,
      });
      expect(result.status[0]).toBe(status);
    }
  );

  test.each([
    { demand: 0, closing: 500, days: 30, stockDays: 0 },
    { demand: 3000, closing: 1500, days: 30, stockDays: 15 },
    { demand: 700, closing: 1400, days: 7, stockDays: 14 },
    { demand: 1000, closing: -500, days: 30, stockDays: -15 },
  ])(
    "stock days with demand $demand, closing $closing, $days days a period",
    ({ demand, closing, days, stockDays }) => {
      const result = balanced(plan([{ f: demand, o: 0, p: demand, c: 1, s: 0 }], closing), {
        daysPerPeriod: days,
      });
      expect(result.stockDays[0]).toBeCloseTo(stockDays, 12);
    }
  );

  test("utilization is production ÷ capacity at full precision", () => {
    const result = balanced(plan([{ f: 0, o: 0, p: 11000, c: 15000, s: 0 }], 0));
    expect(result.utilization[0]).toBe(11000 / 15000);
  });

  test("capacity 0 leaves utilization undefined for that period only and says where", () => {
    const result = balanced(
      plan(
        [
          { f: 10, o: 0, p: 10, c: 20, s: 0 },
          { f: 10, o: 0, p: 0, c: 0, s: 0 },
        ],
        0
      )
    );
    expect(result.utilization[0]).toBe(0.5);
    expect(result.utilization[1]).toBeNaN();
    expect(result.zeroCapacity).toEqual([{ family: 0, period: 1 }]);
  });
});

describe("balancePlan: many families", () => {
  test("each family rolls its own stock from its own opening stock", () => {
    const input = emptyPlan(2, 2);
    input.forecast.set([10, 10, 5, 5]);
    input.production.set([0, 0, 10, 10]);
    input.capacity.fill(10);
    input.openingStock.set([30, 0]);
    const result = balanced(input);
    expect(Array.from(result.openingStock)).toEqual([30, 20, 0, 5]);
    expect(Array.from(result.closingStock)).toEqual([20, 10, 5, 10]);
  });
});

describe("balancePlan: problems as values", () => {
  test.each([
    {
      series: "capacity",
      argument: "capacity",
      value: -5,
      kind: "negative",
      errorClass: "#VALUE!",
    },
    {
      series: "safetyStock",
      argument: "safety_stock",
      value: -1,
      kind: "negative",
      errorClass: "#VALUE!",
    },
    {
      series: "production",
      argument: "production",
      value: NaN,
      kind: "notANumber",
      errorClass: "#NUM!",
    },
    {
      series: "forecast",
      argument: "forecast",
      value: -0.5,
      kind: "negative",
      errorClass: "#VALUE!",
    },
  ] as const)(
    "$argument = $value is reported with its position",
    ({ series, argument, value, kind, errorClass }) => {
      const input = seedPlan();
      input[series][3] = value;
      const outcome = balancePlan(input);
      expect(outcome).toEqual({
        ok: false,
        problems: [{ kind, errorClass, argument, family: 0, index: 3, found: String(value) }],
      });
    }
  );

  test("every bad cell is listed, not just the first", () => {
    const input = seedPlan();
    input.capacity[0] = -1;
    input.orders[5] = -2;
    const outcome = balancePlan(input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems.map((p) => [p.argument, p.index])).toEqual([
        ["orders", 5],
        ["capacity", 0],
      ]);
  });

  test("series of the wrong length are a #N/A problem naming the series", () => {
    const input = { ...seedPlan(), capacity: new Float64Array(5) };
    const outcome = balancePlan(input);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          kind: "lengthMismatch",
          errorClass: "#N/A",
          argument: "capacity",
          found: "5",
          expected: "6",
        },
      ],
    });
  });

  test.each([
    { options: { excessMultiple: 0.5 }, argument: "excess_multiple" },
    { options: { excessMultiple: NaN }, argument: "excess_multiple" },
    { options: { daysPerPeriod: 0 }, argument: "days_per_period" },
    { options: { daysPerPeriod: -7 }, argument: "days_per_period" },
  ])("option $argument = $options is refused", ({ options, argument }) => {
    const outcome = balancePlan(seedPlan(), options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ kind: "invalidOption", argument });
  });

  test("an empty plan is a problem, not a crash", () => {
    const outcome = balancePlan(emptyPlan(0, 6));
    expect(outcome.ok).toBe(false);
  });

  test("a non-finite opening stock is reported", () => {
    const input = seedPlan();
    input.openingStock[0] = NaN;
    const outcome = balancePlan(input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems[0]).toMatchObject({ argument: "opening_stock", kind: "notANumber" });
  });
});
