import { Status, type Problem } from "../../src/engine";
import type { WorkbookProblemKind } from "../../src/workbook";
import { describeProblem, describeWorkbookProblem, statusWord, translate } from "../../src/i18n";
import { enUS } from "../../src/i18n/en-US";
import { zhCN } from "../../src/i18n/zh-CN";

describe("string tables", () => {
  test("zh-CN has exactly the keys of en-US", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  test("placeholders agree between the languages", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(enUS) as (keyof typeof enUS)[]) {
      expect([key, placeholders(zhCN[key])]).toEqual([key, placeholders(enUS[key])]);
    }
  });

  test.each([
    [Status.Balanced, "Balanced", "平衡"],
    [Status.Shortage, "Shortage", "供不应求"],
    [Status.Excess, "Excess", "库存过高"],
  ] as const)("status %s is %s / %s (CONTRACT.md)", (status, en, zh) => {
    expect(statusWord("en", status)).toBe(en);
    expect(statusWord("zh", status)).toBe(zh);
  });
});

describe("describeProblem", () => {
  const negative: Problem = {
    kind: "negative",
    errorClass: "#VALUE!",
    argument: "capacity",
    family: 2,
    index: 4,
    found: "-3",
  };
  test.each([
    ["en", "period", "capacity, family 3, period 5: -3 is negative; it must be 0 or more"],
    ["zh", "period", "产能(capacity),第 3 个产品族,第 5 期: -3 为负数,必须大于或等于 0"],
    ["en", "option", "capacity, option 5: -3 is negative; it must be 0 or more"],
  ] as const)("%s, %s positions", (language, kind, message) => {
    expect(describeProblem(language, negative, kind)).toBe(message);
  });

  test("unknown placeholders are left visible rather than dropped", () => {
    expect(translate("en", "problem.more.other", {})).toBe("and {n} more problems");
  });
});

describe("describeWorkbookProblem", () => {
  const kinds: WorkbookProblemKind[] = [
    "notANumber",
    "errorValue",
    "negative",
    "zeroCapacity",
    "lengthMismatch",
    "notOneDimensional",
    "notSingleValue",
    "empty",
    "invalidOption",
    "tooLarge",
    "missingName",
    "refError",
    "notARange",
    "ambiguousName",
    "shapeMismatch",
    "familyCountMismatch",
    "duplicateFamily",
    "blankFamily",
    "blankPeriod",
    "duplicatePeriod",
    "nameTaken",
  ];

  test.each(kinds)("%s has words in both languages, with the range and the cell", (kind) => {
    for (const language of ["en", "zh"] as const) {
      const text = describeWorkbookProblem(language, {
        kind,
        range: "SOP_Forecast",
        cell: "Plan!F7",
        found: "x",
        expected: "y",
      });
      expect(text.startsWith("SOP_Forecast, Plan!F7: ")).toBe(true);
      expect(text).not.toMatch(/\{\w+\}|wb\.|problem\./);
    }
  });

  test.each([
    [
      "en",
      { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!F7", found: '"n/a"' },
      'SOP_Forecast, Plan!F7: "n/a" is not a number',
    ],
    [
      "zh",
      { kind: "missingName", range: "SOP_Capacity" },
      "SOP_Capacity: 缺少此名称;请在“公式 > 名称管理器”中定义",
    ],
    [
      "en",
      {
        kind: "shapeMismatch",
        range: "SOP_Production",
        cell: "Plan!B4:D4",
        found: "1 × 3",
        expected: "1 × 6",
      },
      "SOP_Production, Plan!B4:D4: is 1 × 3; expected 1 × 6",
    ],
  ] as const)("%s: %j", (language, problem, text) => {
    expect(describeWorkbookProblem(language, problem)).toBe(text);
  });
});
