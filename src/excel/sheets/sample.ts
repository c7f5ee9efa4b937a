import { translate, type Language } from "../../i18n";
import type { SopName } from "../../workbook";

/**
 * The sample workbook of **Insert sample data**: the seed's 6-month demo (seed 001) laid out the
 * usual S&OP way, months across columns, with every contract name defined over it.
 */

const MONTHS = ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"];
const FORECAST = [12000, 13500, 15000, 11000, 10000, 14000];
const ORDERS = [10500, 12000, 14200, 9000, 8500, 13000];
const PRODUCTION = [11000, 12000, 13000, 12000, 10500, 13500];
const CAPACITY = [15000, 15000, 15000, 15000, 15000, 15000];
const SAFETY_STOCK = [2000, 2200, 2500, 2000, 1800, 2300];
const OPENING_STOCK = 3000;

/**
 * 36 months of sales before the plan (2021-04 to 2024-03) for the demand review: the demo's
 * season (June high, August low) on a slowly rising level with ±8 % noise, so that Forecast demand
 * has a history that looks like the plan's forecast, and an interval wide enough to mean something.
 */
const HISTORY_MONTHS = Array.from({ length: 36 }, (_, i) => {
  const month = 3 + i; // April 2021 is month 3 of 2021, 0-based.
  return `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
});
const HISTORY = [
  9900, 11610, 13300, 8890, 8670, 11470, 12040, 10720, 10360, 9130, 10340, 11520, 10390, 13150,
  12850, 10110, 8790, 12110, 12470, 11970, 10910, 9080, 9950, 11860, 11920, 13210, 14310, 10040,
  9620, 12220, 11840, 11420, 10750, 10290, 11140, 12300,
];

/**
 * The supply review's parameters (SOP_PlanParameters, one value column for the family): a line of
 * 12,000 a month on regular time, the seed's June options as overtime (1,500 at double pay) and a
 * partner factory (2,500), and holding stock at 2 a unit a month; no backlog (blank: not allowed).
 */
const PLAN_PARAMETERS: readonly (readonly [string, number | ""])[] = [
  ["regular_capacity", 12_000],
  ["regular_cost", 50],
  ["overtime_capacity", 1_500],
  ["overtime_cost", 100],
  ["subcontract_capacity", 2_500],
  ["subcontract_cost", 80],
  ["holding_cost", 2],
  ["backlog_cost", ""],
];

/**
 * The plan in money: one price and one unit cost for the family (yuan a unit), and a revenue
 * budget a month for all families.
 */
const PRICE = 100;
const UNIT_COST = 60;
const BUDGET = [1_200_000, 1_300_000, 1_400_000, 1_200_000, 1_100_000, 1_300_000];
/** Approve plan's frozen periods: the first month, as when SOP_FrozenPeriods is not defined. */
const FROZEN_PERIODS = 1;

/** Where the parameters' first row is: I4 (0-based row 3, column 8), under its title and header. */
const PARAMETERS_ROW = 3;
const PARAMETERS_COLUMN = 8;

/** Where the price is: M3 (0-based row 2, column 12), under the money block's title in L2. */
const MONEY_ROW = 2;
const MONEY_COLUMN = PARAMETERS_COLUMN + 4;
/** SOP_FrozenPeriods: M7, a row below the money block. */
const FROZEN_ROW = MONEY_ROW + 4;

/** The seed's June gap options, in the seed's order. */
const OPTIONS: Record<Language, readonly (readonly [string, number])[]> = {
  zh: [
    ["加班加班(双倍工资)", 1500],
    ["外包给合作工厂 A", 2500],
    ["调用渠道安全库存", 2000],
    ["说服客户分批交付", 1000],
  ],
  en: [
    ["Overtime (double pay)", 1500],
    ["Outsource to partner factory A", 2500],
    ["Draw on channel safety stock", 2000],
    ["Persuade customers to take split deliveries", 1000],
  ],
};

const LABELS: Record<Language, Record<string, string>> = {
  en: {
    title: "S&OP sample input: the 6-month demo of the S&OP model",
    period: "Period",
    family: "Family",
    familyName: "Demo product",
    forecast: "Forecast",
    orders: "Confirmed orders",
    production: "Production plan",
    capacity: "Capacity",
    safetyStock: "Safety stock",
    openingStock: "Opening stock",
    options: "Gap options (added capacity per period)",
    history: "Sales history (actuals, for Forecast demand)",
    historyPeriod: "Month",
    historyValues: "Sales",
    planParameters: "Supply parameters (for Optimize supply plan)",
    parameter: "Parameter",
    value: "Value",
    money: "The plan in money (for S&OP Balance's money columns)",
    price: "Price",
    unitCost: "Unit cost",
    budget: "Revenue budget",
    frozen: "Frozen periods (for Approve plan)",
  },
  zh: {
    title: "S&OP 示例输入:S&OP 模型的 6 个月演示",
    period: "期间",
    family: "产品族",
    familyName: "示例产品",
    forecast: "需求预测",
    orders: "已确认订单",
    production: "生产计划",
    capacity: "最大产能",
    safetyStock: "安全库存目标",
    openingStock: "期初库存",
    options: "缺口方案(每期新增产能)",
    history: "历史销量(实际值,供“预测需求”使用)",
    historyPeriod: "月份",
    historyValues: "销量",
    planParameters: "供应参数(供“优化供应计划”使用)",
    parameter: "参数",
    value: "数值",
    money: "计划的金额(供 S&OP Balance 的金额列使用)",
    price: "单价",
    unitCost: "单位成本",
    budget: "收入预算",
    frozen: "冻结期数(供“批准计划”使用)",
  },
};

export interface SampleLayout {
  /** Cell values from A1, rows of equal length. */
  readonly values: readonly (readonly (string | number)[])[];
  /** Each contract name and the block it covers (0-based row, column, size). */
  readonly names: readonly {
    name: SopName;
    row: number;
    column: number;
    rows: number;
    columns: number;
  }[];
}

export function sampleLayout(language: Language): SampleLayout {
  const label = LABELS[language];
  const width = 1 + Math.max(MONTHS.length, HISTORY_MONTHS.length);
  const line = (head: string, cells: readonly (string | number)[] = []): (string | number)[] => {
    const row: (string | number)[] = [head, ...cells];
    while (row.length < width) row.push("");
    return row;
  };
  const options = OPTIONS[language];
  const values = [
    line(label.title ?? ""),
    line(""),
    line(label.period ?? "", MONTHS),
    line(label.family ?? "", [label.familyName ?? ""]),
    line(label.forecast ?? "", FORECAST),
    line(label.orders ?? "", ORDERS),
    line(label.production ?? "", PRODUCTION),
    line(label.capacity ?? "", CAPACITY),
    line(label.safetyStock ?? "", SAFETY_STOCK),
    line(label.openingStock ?? "", [OPENING_STOCK]),
    line(""),
    line(label.options ?? ""),
    line(translate(language, "wb.col.option"), [translate(language, "wb.col.addedCapacity")]),
    ...options.map(([name, capacity]) => line(name, [capacity])),
    line(""),
    line(label.history ?? ""),
    line(label.historyPeriod ?? "", HISTORY_MONTHS),
    line(label.historyValues ?? "", HISTORY),
  ];
  // The supply parameters beside the plan (I2:J11), clear of the months and of the history.
  const put = (row: number, cells: readonly (string | number)[], column = PARAMETERS_COLUMN) => {
    values[row]?.splice(column, cells.length, ...cells);
  };
  put(PARAMETERS_ROW - 2, [label.planParameters ?? ""]);
  put(PARAMETERS_ROW - 1, [label.parameter ?? "", label.value ?? ""]);
  PLAN_PARAMETERS.forEach(([name, value], i) => {
    put(PARAMETERS_ROW + i, [name, value]);
  });
  // The plan in money beside the parameters (L2:R5): price and unit cost, the budget by month.
  put(MONEY_ROW - 1, [label.money ?? ""], MONEY_COLUMN - 1);
  put(MONEY_ROW, [label.price ?? "", PRICE], MONEY_COLUMN - 1);
  put(MONEY_ROW + 1, [label.unitCost ?? "", UNIT_COST], MONEY_COLUMN - 1);
  put(MONEY_ROW + 2, [label.budget ?? "", ...BUDGET], MONEY_COLUMN - 1);
  // Approve plan's frozen periods (L7:M7): the month about to start.
  put(FROZEN_ROW, [label.frozen ?? "", FROZEN_PERIODS], MONEY_COLUMN - 1);
  const historyRow = 13 + options.length + 2;
  const series = (name: SopName, row: number) => ({
    name,
    row,
    column: 1,
    rows: 1,
    columns: MONTHS.length,
  });
  return {
    values,
    names: [
      series("SOP_Periods", 2),
      { name: "SOP_Families", row: 3, column: 1, rows: 1, columns: 1 },
      series("SOP_Forecast", 4),
      series("SOP_Orders", 5),
      series("SOP_Production", 6),
      series("SOP_Capacity", 7),
      series("SOP_SafetyStock", 8),
      { name: "SOP_OpeningStock", row: 9, column: 1, rows: 1, columns: 1 },
      { name: "SOP_Options", row: 13, column: 0, rows: options.length, columns: 2 },
      {
        name: "SOP_HistoryPeriods",
        row: historyRow,
        column: 1,
        rows: 1,
        columns: HISTORY_MONTHS.length,
      },
      { name: "SOP_History", row: historyRow + 1, column: 1, rows: 1, columns: HISTORY.length },
      { name: "SOP_Price", row: MONEY_ROW, column: MONEY_COLUMN, rows: 1, columns: 1 },
      { name: "SOP_UnitCost", row: MONEY_ROW + 1, column: MONEY_COLUMN, rows: 1, columns: 1 },
      {
        name: "SOP_Budget",
        row: MONEY_ROW + 2,
        column: MONEY_COLUMN,
        rows: 1,
        columns: BUDGET.length,
      },
      { name: "SOP_FrozenPeriods", row: FROZEN_ROW, column: MONEY_COLUMN, rows: 1, columns: 1 },
      {
        name: "SOP_PlanParameters",
        row: PARAMETERS_ROW,
        column: PARAMETERS_COLUMN,
        rows: PLAN_PARAMETERS.length,
        columns: 2,
      },
    ],
  };
}
