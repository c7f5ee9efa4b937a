import { balancePlan } from "../../../src/engine";
import { interpretInputs, type PlanData, type RangeReads } from "../../../src/excel/sheets/inputs";
import {
  balanceSheet,
  DIVISION_BY_ZERO,
  gapsOf,
  scenarioSheet,
  stamp,
  summarize,
} from "../../../src/excel/sheets/tables";
import {
  oneDecimal,
  pythonPercent,
  seedGap,
  seedMonths,
  seedRollingPlan,
  seedScenarios,
  seedSeries,
  seedStatusWord,
} from "../../support/seedDemo";

const row = (values: readonly unknown[]) => [[...values]];
const seedReads: RangeReads = {
  SOP_Periods: { sheet: "In", row: 0, column: 1, values: row(seedMonths) },
  SOP_Forecast: { sheet: "In", row: 1, column: 1, values: row(seedSeries.forecast) },
  SOP_Orders: { sheet: "In", row: 2, column: 1, values: row(seedSeries.orders) },
  SOP_Production: { sheet: "In", row: 3, column: 1, values: row(seedSeries.production) },
  SOP_Capacity: { sheet: "In", row: 4, column: 1, values: row(seedSeries.capacity) },
  SOP_SafetyStock: { sheet: "In", row: 5, column: 1, values: row(seedSeries.safetyStock) },
  SOP_OpeningStock: { sheet: "In", row: 6, column: 1, values: [[seedSeries.openingStock]] },
  SOP_Options: {
    sheet: "In",
    row: 9,
    column: 0,
    values: seedGap.names.map((name, i) => [name, seedGap.capacities[i]]),
  },
};

function seedPlan(reads: RangeReads = seedReads): {
  plan: PlanData;
  balance: ReturnType<typeof computed>;
} {
  const interpreted = interpretInputs(reads, { withOptions: true });
  if (!interpreted.ok) throw new Error(JSON.stringify(interpreted.problems));
  return { plan: interpreted.plan, balance: computed(interpreted.plan) };
}
function computed(plan: PlanData) {
  const outcome = balancePlan(plan.input);
  if (!outcome.ok) throw new Error("engine refused");
  return outcome.value;
}

const context = {
  language: "zh" as const,
  computedAt: new Date(2026, 10, 23, 9, 5),
  sources: "SOP_Forecast (In!B2:G2)",
};

describe("balanceSheet", () => {
  const { plan, balance } = seedPlan();
  const sheet = balanceSheet(plan, balance, context);

  test("has the contract's 14 columns in order", () => {
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "产品族",
      "期间",
      "需求预测",
      "已确认订单",
      "有效需求",
      "期初库存",
      "生产计划",
      "产能",
      "产能利用率",
      "期末库存",
      "安全库存",
      "库存天数",
      "供需平衡",
      "滚动缺口",
    ]);
    expect(sheet.columns.map((c) => c.numberFormat)).toEqual([
      "@",
      "@",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
      "0.0%",
      "#,##0",
      "#,##0",
      "0.0",
      "@",
      "#,##0",
    ]);
  });

  test("rows equal the seed's own output, with rolling gaps 0, 1700, 2300, 0, 0, 0", () => {
    expect(
      sheet.rows.map((r) => ({
        month: r[1],
        effectiveDemand: r[4],
        production: r[6],
        openingStock: r[5],
        closingStock: r[9],
        stockDays: oneDecimal(r[11] as number),
        safetyStock: r[10],
        utilization: pythonPercent(r[8] as number, 1),
        status: r[12],
      }))
    ).toEqual(seedRollingPlan.map((p) => ({ ...p, status: seedStatusWord(p.status) })));
    expect(sheet.rows.map((r) => r[13])).toEqual([0, 1700, 2300, 0, 0, 0]);
    expect(sheet.rows.map((r) => r[0])).toEqual(Array(6).fill("全部产品"));
  });

  test("says when and from what it was computed", () => {
    expect(sheet.note).toBe(
      "由 S&OP 加载项于 2026-11-23 09:05 根据 SOP_Forecast (In!B2:G2) 计算。重新运行计划即可刷新;此处的修改会被替换。"
    );
    expect(stamp(new Date(2026, 0, 2, 3, 4))).toBe("2026-01-02 03:04");
  });

  test("capacity 0 shows #DIV/0! in that period's utilization only", () => {
    const { plan: zeroPlan, balance: zeroBalance } = seedPlan({
      ...seedReads,
      SOP_Capacity: {
        sheet: "In",
        row: 4,
        column: 1,
        values: row([15000, 0, 15000, 15000, 15000, 15000]),
      },
    });
    const rows = balanceSheet(zeroPlan, zeroBalance, context).rows;
    expect(rows.map((r) => r[8] === DIVISION_BY_ZERO)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("scenarioSheet", () => {
  const { plan, balance } = seedPlan();
  const gaps = gapsOf(plan, balance);

  test("one gap table for each period with a rolling gap: 1700 in 2024-05 and 2300 in 2024-06", () => {
    expect(gaps.map((g) => [plan.periods[g.period], g.analysis.gap])).toEqual([
      ["2024-05", 1700],
      ["2024-06", 2300],
    ]);
  });

  test("each table has SOP.GAP's rows for its gap", () => {
    const sheet = scenarioSheet(plan, gaps, { ...context, language: "en" });
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "Family",
      "Period",
      "Gap",
      "Option",
      "Added capacity",
      "Gap filled",
      "Remaining gap",
      "Fill rate",
    ]);
    const june = sheet.rows.filter((r) => r[1] === "2024-06");
    // 2300 against 2500 / 2000 / 1500 / 1000: only the partner factory closes it.
    expect(june.map((r) => [r[3], r[5], r[6]])).toEqual([
      [seedScenarios[0]?.name, 2300, 0],
      [seedScenarios[1]?.name, 2000, 300],
      [seedScenarios[2]?.name, 1500, 800],
      [seedScenarios[3]?.name, 1000, 1300],
    ]);
    expect(sheet.rows).toHaveLength(8);
  });

  test("with unit costs, a cost column and the cheapest mix close each table", () => {
    const costed = seedPlan({
      ...seedReads,
      SOP_Options: {
        sheet: "In",
        row: 9,
        column: 0,
        values: [
          ["A", 1000, 5],
          ["B", 3000, 9],
        ],
      },
    });
    const sheet = scenarioSheet(costed.plan, gapsOf(costed.plan, costed.balance), {
      ...context,
      language: "en",
    });
    expect(sheet.columns.at(-1)?.header).toBe("Cost");
    const may = sheet.rows.filter((r) => r[1] === "2024-05");
    expect(may.at(-1)).toEqual([
      "All products",
      "2024-05",
      1700,
      "Cheapest mix: A 1000 + B 700",
      4000,
      1700,
      0,
      1,
      1000 * 5 + 700 * 9,
    ]);
  });

  test("no gap at all: an empty table and a note saying so", () => {
    const { plan: easy, balance: easyBalance } = seedPlan({
      ...seedReads,
      SOP_SafetyStock: { sheet: "In", row: 5, column: 1, values: [[0]] },
      SOP_OpeningStock: { sheet: "In", row: 6, column: 1, values: [[100000]] },
    });
    const sheet = scenarioSheet(easy, gapsOf(easy, easyBalance), {
      ...context,
      language: "en",
    });
    expect(sheet.rows).toEqual([]);
    expect(sheet.note).toContain("No period needs extra supply");
  });
});

describe("summarize", () => {
  test("the seed demo: 5 shortage periods, the first in 2024-05, lowest stock days in 2024-06", () => {
    const { plan, balance } = seedPlan();
    expect(summarize(plan, balance, "en")).toEqual({
      families: 1,
      periods: 6,
      shortagePeriods: 5,
      firstShortage: { family: "All products", period: "2024-05" },
      lowestStockDays: { family: "All products", period: "2024-06", stockDays: -3 },
    });
  });
});
