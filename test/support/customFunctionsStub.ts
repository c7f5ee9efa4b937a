/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, with the same error
 * codes, so the real functions module can be called in tests. Import it before the functions.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string
  ) {
    super(message);
  }
}

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });

export { CustomFunctionsError, ErrorCode };
