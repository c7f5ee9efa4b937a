/**
 * Excel's error values, as a cell shows them and as `range.values` reports them: the one list
 * every layer uses (the engine's problems, the custom functions' error codes, the playground's
 * stand-in and its .xlsx files).
 */

/**
 * The errors a problem can carry and a custom function can return: `CustomFunctions.ErrorCode`
 * has exactly these seven.
 */
export const ERROR_CLASSES = [
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#NAME?",
  "#REF!",
] as const;

/** Excel-style error classes. The functions layer maps them to `CustomFunctions.ErrorCode`. */
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** Every error value a cell can show: the seven above and those only Excel itself produces. */
export const EXCEL_ERRORS = [...ERROR_CLASSES, "#SPILL!", "#CALC!", "#GETTING_DATA"] as const;

export type ExcelError = (typeof EXCEL_ERRORS)[number];

const CLASS_SET: ReadonlySet<unknown> = new Set(ERROR_CLASSES);
const ERROR_SET: ReadonlySet<unknown> = new Set(EXCEL_ERRORS);

export function isErrorClass(value: unknown): value is ErrorClass {
  return CLASS_SET.has(value);
}

export function isExcelError(value: unknown): value is ExcelError {
  return ERROR_SET.has(value);
}
