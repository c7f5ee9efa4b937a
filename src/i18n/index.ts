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

export { LANGUAGES, type Language } from "./language";

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

/** Argument names in Chinese, as the zh-CN function help shows them. */
const ARGUMENT_NAMES_ZH: Readonly<Record<string, string>> = {
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
};

/** How a position inside an argument is named: periods for plan series, options for option ranges. */
export type PositionKind = "period" | "option" | "item";

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
    expected: problem.expected ?? "",
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
    : `${head} (${translate(language, "problem.more", { n: rest.length })})`;
}

/**
 * One line for a problem in the workbook's inputs, naming the range and the cell, e.g.
 * `SOP_Forecast, Plan!F7: "n/a" is not a number`.
 */
export function describeWorkbookProblem(language: Language, problem: WorkbookProblem): string {
  const subject =
    problem.range === "workbook" && problem.version !== undefined
      ? `«${problem.version}»`
      : problem.range;
  const where = problem.cell === undefined ? subject : `${subject}, ${problem.cell}`;
  const values = { found: problem.found ?? "", expected: problem.expected ?? "" };
  const workbookKey = `wb.${problem.kind}`;
  const key = (workbookKey in workbookEnUS ? workbookKey : `problem.${problem.kind}`) as MessageKey;
  return `${where}: ${translate(language, key, values)}`;
}
