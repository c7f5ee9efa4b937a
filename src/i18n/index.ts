import type { Problem, StatusCode } from "../engine";
import type { WorkbookProblem } from "../workbook";
import type { Language } from "./language";
import { Status } from "../engine";
import { enUS, type MessageKey as FormulaMessageKey } from "./en-US";
import { zhCN } from "./zh-CN";
import { workbookEnUS, type WorkbookMessageKey } from "./workbook.en-US";
import { workbookZhCN } from "./workbook.zh-CN";
import { uiEnUS, type UiMessageKey } from "./ui.en-US";
import { uiZhCN } from "./ui.zh-CN";

export { LANGUAGES, languageOfTag, type Language } from "./language";

export type MessageKey = FormulaMessageKey | WorkbookMessageKey | UiMessageKey;

/** One table per language, merged from the per-domain tables (same keys in both languages). */
const TABLES: Record<Language, Record<MessageKey, string>> = {
  en: { ...enUS, ...workbookEnUS, ...uiEnUS },
  zh: { ...zhCN, ...workbookZhCN, ...uiZhCN },
};

/** Looks a string up and fills `{name}` placeholders. */
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {}
): string {
  return TABLES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const STATUS_KEYS: Record<StatusCode, MessageKey> = {
  [Status.Balanced]: "status.balanced",
  [Status.Shortage]: "status.shortage",
  [Status.Excess]: "status.excess",
};

export function statusWord(language: Language, status: StatusCode): string {
  return translate(language, STATUS_KEYS[status]);
}

/** The three status words, indexed by status code (Balanced 0, Shortage 1, Excess 2). */
export function statusWords(language: Language): string[] {
  return [Status.Balanced, Status.Shortage, Status.Excess].map((status) =>
    statusWord(language, status)
  );
}

/**
 * Argument and field names in Chinese, as the zh-CN function help shows them: a Chinese message
 * names an argument as `预测(forecast)`, so the name the planner types stays recognisable.
 */
export const ARGUMENT_NAMES_ZH: Readonly<Record<string, string>> = {
  forecast: "预测",
  orders: "订单",
  opening_stock: "期初库存",
  production: "生产",
  capacity: "产能",
  safety_stock: "安全库存",
  excess_multiple: "过剩倍数",
  days_per_period: "每期天数",
  language: "语言",
  demand: "需求",
  supply: "供应",
  option_names: "方案名称",
  option_capacities: "方案产能",
  option_unit_costs: "方案单位成本",
  plan: "计划",
  periods: "期间",
  // Forecasts and their accuracy.
  history: "历史",
  horizon: "预测期数",
  season_length: "季节长度",
  method: "方法",
  interval: "区间",
  actual: "实际",
  naive: "朴素预测",
  // The supply plan.
  parameters: "参数",
  // What-if adjustments.
  target: "调整对象",
  mode: "方式",
  amount: "调整量",
  families: "产品族",
  fromPeriod: "起始期间",
  percent: "百分比",
  quantity: "数量",
  toPeriod: "结束期间",
  // Decisions.
  id: "编号",
  decision: "决策",
  family: "产品族",
  period: "期间",
  owner: "负责人",
  due: "截止日期",
  status: "状态",
  cycle: "决策周期",
  closedIn: "关闭周期",
};

/** How a position inside an argument is named: periods for plan series, options for option ranges. */
export type PositionKind = "period" | "option" | "item" | "row";

export function argumentLabel(language: Language, argument: string): string {
  const zh = ARGUMENT_NAMES_ZH[argument];
  return language === "zh" && zh !== undefined ? `${zh}(${argument})` : argument;
}

/**
 * One line that names the argument, the position and what is wrong, e.g.
 * `capacity, period 3: -5 is negative; it must be 0 or more`.
 */
export function describeProblem(
  language: Language,
  problem: Problem,
  positionKind: PositionKind
): string {
  const where: string[] = [argumentLabel(language, problem.argument)];
  if (problem.family !== undefined && positionKind === "period") {
    where.push(translate(language, "position.family", { n: problem.family + 1 }));
  }
  if (problem.index !== undefined) {
    where.push(translate(language, `position.${positionKind}`, { n: problem.index + 1 }));
  }
  const what = translate(language, `problem.${problem.kind}`, {
    found: problem.found ?? "",
    expected: expectedText(language, problem),
  });
  return `${where.join(language === "zh" ? "," : ", ")}: ${what}`;
}

/** Describes a list of problems in one message, for a cell's error tooltip. */
export function describeProblems(
  language: Language,
  problems: readonly Problem[],
  positionKind: (p: Problem) => PositionKind
): string {
  const [first, ...rest] = problems;
  if (first === undefined) return "";
  const head = describeProblem(language, first, positionKind(first));
  return rest.length === 0
    ? head
    : `${head} (${translate(language, rest.length === 1 ? "problem.more.one" : "problem.more.other", { n: rest.length })})`;
}

/** What a problem expected, worded by its rule (`expect.<rule>`), or its plain value. */
export function expectedText(
  language: Language,
  problem: { readonly expected?: string; readonly rule?: string }
): string {
  if (problem.rule === undefined) return problem.expected ?? "";
  // A list of codes (what-if targets, modes) names each code as an argument is named.
  const n =
    problem.rule === "oneOf"
      ? (problem.expected ?? "")
          .split(", ")
          .map((code) => argumentLabel(language, code))
          .join(language === "zh" ? "、" : ", ")
      : (problem.expected ?? "");
  return translate(language, `expect.${problem.rule}` as MessageKey, { n });
}

/**
 * One line for a problem in the workbook's inputs, naming the range and the cell, e.g.
 * `SOP_Forecast, Plan!F7: "n/a" is not a number`.
 */
export function describeWorkbookProblem(language: Language, problem: WorkbookProblem): string {
  const subject =
    problem.range !== "workbook"
      ? problem.range
      : problem.version !== undefined
        ? `«${problem.version}»`
        : translate(language, "wb.subject.workbook");
  const where = problem.cell === undefined ? subject : `${subject}, ${problem.cell}`;
  const values = {
    found: problem.found ?? "",
    expected: expectedText(language, problem),
    argument: problem.argument === undefined ? "" : argumentLabel(language, problem.argument),
    position: problem.position ?? "",
  };
  const empty = problem.kind === "invalidDecision" && values.found === "" ? ".empty" : "";
  const workbookKey = `wb.${problem.kind}${empty}`;
  const key = (workbookKey in workbookEnUS ? workbookKey : `problem.${problem.kind}`) as MessageKey;
  return `${where}: ${translate(language, key, values)}`;
}
