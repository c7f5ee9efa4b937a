import {
  describeAdjustment,
  formatSavedAt,
  freeName,
  parseAmount,
} from "../../src/taskpane/versions";
import { versionInfo } from "./fakeWorkbook";

describe("version helpers", () => {
  test("amounts: numbers with an optional sign and %, percentages not below -100", () => {
    expect(parseAmount(" +10 % ", "percent")).toEqual({ ok: true, amount: 10 });
    expect(parseAmount("−5", "percent")).toEqual({ ok: true, amount: -5 });
    expect(parseAmount("-100", "percent")).toEqual({ ok: true, amount: -100 });
    expect(parseAmount("-100.5", "percent")).toEqual({
      ok: false,
      error: "ui.whatIf.amount.belowMinus100",
    });
    expect(parseAmount("-2500", "quantity")).toEqual({ ok: true, amount: -2500 });
    for (const text of ["", "abc", "1,5", "Infinity"]) {
      expect(parseAmount(text, "quantity")).toEqual({
        ok: false,
        error: "ui.whatIf.amount.notANumber",
      });
    }
  });

  test("adjustments in words, in both languages", () => {
    const promotion = {
      target: "demand",
      mode: "percent",
      amount: 10,
      families: [],
      fromPeriod: "2024-06",
      toPeriod: "2024-06",
    } as const;
    expect(describeAdjustment("en", promotion)).toBe(
      "Demand +10 % · all families · 2024-06 to 2024-06"
    );
    expect(describeAdjustment("zh", promotion)).toBe("需求 +10% · 全部产品族 · 2024-06 至 2024-06");
    const line = {
      target: "capacity",
      mode: "quantity",
      amount: -1500,
      families: ["Line 2", "Line 3"],
      fromPeriod: "2024-08",
      toPeriod: "2024-08",
    } as const;
    expect(describeAdjustment("en", line)).toBe(
      "Capacity -1,500 · Line 2, Line 3 · 2024-08 to 2024-08"
    );
    expect(describeAdjustment("zh", line)).toBe(
      "产能 -1,500 · Line 2、Line 3 · 2024-08 至 2024-08"
    );
  });

  test("saved times in the planner's time zone; anything unreadable as it is", () => {
    const iso = new Date(2026, 0, 5, 7, 3).toISOString();
    expect(formatSavedAt("en", iso)).toBe("2026-01-05 07:03");
    expect(formatSavedAt("zh", iso)).toBe("2026年01月05日 07:03");
    expect(formatSavedAt("en", "yesterday")).toBe("yesterday");
  });

  test("default names skip the names already taken", () => {
    const template = (period: string) => `${period} plan`;
    const versions = [
      versionInfo({ name: "2024-04 plan" }),
      versionInfo({ name: "2024-04 plan (2)" }),
    ];
    expect(freeName(template, "2024-04", versions)).toBe("2024-04 plan (3)");
    expect(freeName(template, "2024-05", versions)).toBe("2024-05 plan");
    expect(freeName(template, undefined, versions)).toBeUndefined();
  });
});
