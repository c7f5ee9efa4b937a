import { readFileSync } from "fs";
import path from "path";
import {
  ERROR_CLASSES,
  EXCEL_ERRORS,
  errorClassOf,
  isErrorClass,
  isExcelError,
} from "../../src/engine";

/** The error codes Excel's custom-functions runtime declares, read from its published typings. */
function runtimeErrorCodes(): string[] {
  const typings = readFileSync(
    path.join(require.resolve("@types/custom-functions-runtime/package.json"), "../index.d.ts"),
    "utf8"
  );
  const body = /enum ErrorCode \{([^}]*)\}/.exec(typings)?.[1] ?? "";
  return [...body.matchAll(/=\s*"([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("Excel error values: one list", () => {
  test("the error classes are exactly CustomFunctions.ErrorCode's values, #NULL! included", () => {
    const codes = runtimeErrorCodes();
    expect(codes).toContain("#NULL!");
    expect([...ERROR_CLASSES].sort()).toEqual([...codes].sort());
  });

  test("every error a cell can show includes the classes and Excel's own #SPILL!, #CALC!", () => {
    expect(EXCEL_ERRORS.slice(0, ERROR_CLASSES.length)).toEqual(ERROR_CLASSES);
    expect(EXCEL_ERRORS).toEqual(expect.arrayContaining(["#SPILL!", "#CALC!", "#GETTING_DATA"]));
    expect(new Set(EXCEL_ERRORS).size).toBe(EXCEL_ERRORS.length);
  });

  test.each(ERROR_CLASSES)("%s is recognised as text and as a runtime error object", (code) => {
    expect(isErrorClass(code)).toBe(true);
    expect(isExcelError(code)).toBe(true);
    expect(errorClassOf(code)).toBe(code);
    expect(errorClassOf({ code, message: "x" })).toBe(code);
  });

  test("#SPILL! is a cell's error but not one a function can be given as its class", () => {
    expect(isExcelError("#SPILL!")).toBe(true);
    expect(isErrorClass("#SPILL!")).toBe(false);
    expect(errorClassOf("#SPILL!")).toBeUndefined();
    expect(isExcelError("#VALUE")).toBe(false);
  });
});
