import { ARGUMENT_NAMES_ZH } from "../../src/i18n";

/**
 * The English detector of the zh-CN tests: what is left of a text once the names that stay in
 * Latin letters are taken out (SOP_Forecast, argument names, sheet names, cell addresses, Excel
 * error values, requirement sets, product names and the period forms planners type).
 */

/** What may stay in Latin letters inside a Chinese message. */
const NAMES: readonly RegExp[] = [
  /SOP_\w+/g,
  /SOP\.(\*|[A-Z]+)/g,
  /S&OP Supply Plan/g,
  /S&OP \w+/g,
  // Cell addresses, with their sheet: Plan!F7, 'S&OP Input'!B2:G2.
  /[\w']+!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/g,
  /#[A-Z/0!?]+/g,
  /\b(ExcelApi|CustomFunctionsRuntime|File|Excel|Microsoft|Mac|Office|exceljs)\b/g,
  // File formats and the systems they come from.
  /\b(CSV|ERP|UTF-8|GBK|GB18030)\b/g,
  // Period label forms, date patterns and codes a planner types.
  /\b\d{4}-W\d+\b/g,
  /\b\d{4}-Q\d\b/g,
  /\bP\d+\b/g,
  /\byyyy-mm(-dd)?\b/g,
  /\.xlsx?\b/g,
  /“(en|zh)”/g,
  /\b(en|zh)\b/g,
];

/** The English words of a Chinese text, names aside: empty when it is Chinese throughout. */
export function englishIn(text: string): string[] {
  const argumentNames = new RegExp(`\\b(${Object.keys(ARGUMENT_NAMES_ZH).join("|")})\\b`, "g");
  let rest = text;
  for (const pattern of [...NAMES, argumentNames]) rest = rest.replace(pattern, " ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
