import { formatGeneral, formatNumber, formatText } from "../../../src/playground/page/numberFormat";

/** Numbers as Excel shows them under the formats the add-in writes, and a few more. */

describe("formatNumber", () => {
  it.each([
    [12000, "#,##0", "12,000"],
    [-1500, "#,##0", "-1,500"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0.7333333, "0.0%", "73.3%"],
    [0.9, "0.0%", "90.0%"],
    [1, "0%", "100%"],
    [0.75, "0%", "75%"],
    [5, "0.0", "5.0"],
    [-3, "0.0", "-3.0"],
    [-1.3636, "0.0", "-1.4"],
    [1.005, "0.00", "1.01"],
    [2.5, "0", "3"],
    [0.5, "#.##", ".5"],
    [12345678, "#,##0,", "12,346"],
    [1234.5, "0.00E+00", "1.23E+03"],
    [1234, '"$"#,##0', "$1,234"],
    [-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [42, "[Red]0.0", "42.0"],
    [42, "0.0_)", "42.0 "],
    [45383, "mmm-yy", "Apr-24"],
    [45383, "yyyy-mm-dd", "2024-04-01"],
    [45383.5, "d/m/yyyy hh:mm", "1/4/2024 12:00"],
    [12000, "@", "12000"],
    [12000, undefined, "12000"],
  ])("%p under %p is %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe("formatGeneral", () => {
  it.each([
    [0, "0"],
    [12000, "12000"],
    [-1.363636363636, "-1.363636364"],
    [0.733333333333, "0.733333333"],
    [0.1 + 0.2, "0.3"],
    [12345678901, "12345678901"],
    [123456789012, "1.23457E+11"],
    [1e-12, "1E-12"],
    [0.000123456789, "0.000123457"],
  ])("%p is %p", (value, shown) => {
    expect(formatGeneral(value)).toBe(shown);
  });
});

describe("formatText", () => {
  it("keeps text as it is, or puts it into the text section", () => {
    expect(formatText("Shortage", "@")).toBe("Shortage");
    expect(formatText("Shortage", "#,##0")).toBe("Shortage");
    expect(formatText("x", '0;-0;0;"Note: "@')).toBe("Note: x");
  });
});
