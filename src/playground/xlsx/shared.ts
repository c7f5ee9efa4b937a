/** What writing and reading an .xlsx share: error values, colours, widths, text rules. */
import { EXCEL_ERRORS } from "../../engine";

/** Excel's error values, kept as text in the stand-in's cells. */
export const ERROR_VALUES: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** The colour names a planner's code may set (the stand-in takes any HTML name). */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  green: "008000",
  blue: "0000FF",
  yellow: "FFFF00",
  orange: "FFA500",
  purple: "800080",
  gray: "808080",
  grey: "808080",
  silver: "C0C0C0",
  lime: "00FF00",
  navy: "000080",
  maroon: "800000",
  teal: "008080",
  olive: "808000",
  aqua: "00FFFF",
  cyan: "00FFFF",
  fuchsia: "FF00FF",
  magenta: "FF00FF",
};

/** `#RRGGBB` (or a common colour name) as exceljs' `FFRRGGBB`; undefined when unknown. */
export function argbOf(colour: string): string | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1] ?? NAMED_COLOURS[colour.toLowerCase()];
  return hex === undefined ? undefined : `FF${hex.toUpperCase()}`;
}

/** exceljs' `FFRRGGBB` (or `RRGGBB`) as the stand-in's `#RRGGBB`; undefined for theme colours. */
export function colourOf(argb: string | undefined): string | undefined {
  const hex = argb === undefined ? undefined : /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb)?.[1];
  return hex === undefined ? undefined : `#${hex.toUpperCase()}`;
}

/**
 * Column widths: the stand-in keeps points, a file keeps characters of the default font (Calibri
 * 11: 7 pixels a character plus 5 pixels of padding; 4 pixels are 3 points).
 */
export function pointsToCharacters(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

export function charactersToPoints(characters: number): number {
  return Math.round(Math.max(0, characters * 7 + 5) * 0.75 * 1e6) / 1e6;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const TEXT = '"((?:[^"]|"")*)"';
const CELL = "\\$?[A-Z]{1,3}\\$?\\d+";

/** The formula Excel stores for a "text contains / begins with / …" rule over `cell`. */
export function textRuleFormula(operator: string, text: string, cell: string): string | undefined {
  switch (operator) {
    case "Contains":
      return `NOT(ISERROR(SEARCH(${quote(text)},${cell})))`;
    case "NotContains":
      return `ISERROR(SEARCH(${quote(text)},${cell}))`;
    case "BeginsWith":
      return `LEFT(${cell},LEN(${quote(text)}))=${quote(text)}`;
    case "EndsWith":
      return `RIGHT(${cell},LEN(${quote(text)}))=${quote(text)}`;
    default:
      return undefined;
  }
}

const RULES: readonly { operator: string; pattern: RegExp }[] = [
  {
    operator: "Contains",
    pattern: new RegExp(`^NOT\\(ISERROR\\(SEARCH\\(${TEXT},${CELL}\\)\\)\\)$`),
  },
  { operator: "NotContains", pattern: new RegExp(`^ISERROR\\(SEARCH\\(${TEXT},${CELL}\\)\\)$`) },
  {
    operator: "BeginsWith",
    pattern: new RegExp(`^LEFT\\(${CELL},LEN\\(${TEXT}\\)\\)=${TEXT}$`),
  },
  {
    operator: "EndsWith",
    pattern: new RegExp(`^RIGHT\\(${CELL},LEN\\(${TEXT}\\)\\)=${TEXT}$`),
  },
];

/** The text rule a stored formula expresses, if it is one of `textRuleFormula`'s. */
export function parseTextRule(formula: string): { operator: string; text: string } | undefined {
  const body = formula.trim().replace(/^=/, "");
  for (const { operator, pattern } of RULES) {
    const match = pattern.exec(body);
    if (match) return { operator, text: (match[1] ?? "").replace(/""/g, '"') };
  }
  return undefined;
}

/** exceljs' paper size numbers (those of the file format) for the sizes the add-in sets. */
export const PAPER_SIZE_CODES: Readonly<Record<string, number>> = {
  Letter: 1,
  Tabloid: 3,
  Legal: 5,
  Executive: 7,
  A3: 8,
  A4: 9,
  A5: 11,
  B4: 12,
  B5: 13,
};
