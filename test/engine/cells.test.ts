import { describeValue, errorClassOf, isBlank, readQuantity } from "../../src/engine";

describe("readQuantity", () => {
  test.each([
    { value: 12000, reading: 12000 },
    { value: -1500, reading: -1500 },
    { value: 0.25, reading: 0.25 },
    { value: null, reading: 0 },
    { value: undefined, reading: 0 },
    { value: "", reading: 0 },
  ])("$value reads as $reading", ({ value, reading }) => {
    expect(readQuantity(value)).toBe(reading);
  });

  test.each([
    { value: "n/a", problem: { kind: "notANumber", errorClass: "#VALUE!", found: '"n/a"' } },
    { value: "12000", problem: { kind: "notANumber", errorClass: "#VALUE!", found: '"12000"' } },
    { value: true, problem: { kind: "notANumber", errorClass: "#VALUE!", found: "TRUE" } },
    { value: NaN, problem: { kind: "notANumber", errorClass: "#NUM!", found: "NaN" } },
    { value: Infinity, problem: { kind: "notANumber", errorClass: "#NUM!", found: "Infinity" } },
    { value: "#N/A", problem: { kind: "errorValue", errorClass: "#N/A", found: "#N/A" } },
    {
      value: { code: "#DIV/0!" },
      problem: { kind: "errorValue", errorClass: "#DIV/0!", found: "#DIV/0!" },
    },
    {
      value: { type: "#REF!" },
      problem: { kind: "errorValue", errorClass: "#REF!", found: "#REF!" },
    },
  ])("$value is a problem", ({ value, problem }) => {
    expect(readQuantity(value)).toEqual(problem);
  });
});

describe("errorClassOf", () => {
  test.each([
    ["#VALUE!", "#VALUE!"],
    ["#NAME?", "#NAME?"],
    ["#value", undefined],
    ["text", undefined],
    [{ code: "#NUM!" }, "#NUM!"],
    [{ errorCode: "#NULL!" }, "#NULL!"],
    [{ value: "#N/A" }, "#N/A"],
    [{ code: "E42" }, undefined],
    [null, undefined],
    [7, undefined],
  ])("%p → %p", (value, errorClass) => {
    expect(errorClassOf(value)).toBe(errorClass);
  });
});

describe("isBlank and describeValue", () => {
  test.each([
    [null, true],
    [undefined, true],
    ["", true],
    [" ", false],
    [0, false],
  ])("isBlank(%p) is %p", (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });

  test.each([
    ["abc", '"abc"'],
    [false, "FALSE"],
    [42, "42"],
    [{ code: "#N/A" }, "#N/A"],
    [{}, "[object Object]"],
  ])("describeValue(%p) is %p", (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
