import { enUS } from "../../src/i18n/en-US";
import { uiEnUS } from "../../src/i18n/ui.en-US";
import { uiZhCN } from "../../src/i18n/ui.zh-CN";
import { workbookEnUS } from "../../src/i18n/workbook.en-US";
import { zhCN } from "../../src/i18n/zh-CN";

type UiKey = keyof typeof uiEnUS;
const KEYS = Object.keys(uiEnUS) as UiKey[];

describe("taskpane string tables", () => {
  test("zh-CN has exactly the keys of en-US", () => {
    expect(Object.keys(uiZhCN).sort()).toEqual([...KEYS].sort());
  });

  test("placeholders agree between the languages", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of KEYS) {
      expect([key, placeholders(uiZhCN[key])]).toEqual([key, placeholders(uiEnUS[key])]);
    }
  });

  test("every ui key lives in the ui tables only, and no key is defined twice", () => {
    expect(KEYS.every((key) => key.startsWith("ui."))).toBe(true);
    for (const other of [enUS, zhCN, workbookEnUS]) {
      expect(Object.keys(other).filter((key) => key.startsWith("ui."))).toEqual([]);
    }
  });

  test("the Chinese table is translated: only symbols and formula text may read the same", () => {
    const words = (text: string) => /[A-Za-z]{2}/.test(text.replace(/\{\w+\}/g, ""));
    expect(KEYS.filter((key) => uiZhCN[key] === uiEnUS[key] && words(uiEnUS[key]))).toEqual([]);
  });

  test("the run buttons keep the names the docs and tests use", () => {
    expect([
      uiEnUS["ui.action.plan"],
      uiEnUS["ui.action.scenarios"],
      uiEnUS["ui.action.sample"],
    ]).toEqual(["Run rolling plan", "Gap scenarios", "Insert sample data"]);
    expect([
      uiZhCN["ui.action.plan"],
      uiZhCN["ui.action.scenarios"],
      uiZhCN["ui.action.sample"],
    ]).toEqual(["运行滚动计划", "缺口方案", "插入示例数据"]);
  });

  test("the version buttons keep the names the docs and tests use", () => {
    const keys = [
      "ui.versions.save",
      "ui.whatIf.run",
      "ui.compare.run",
      "ui.restore.run",
      "ui.roll.run",
    ] as const;
    expect(keys.map((key) => uiEnUS[key])).toEqual([
      "Save version",
      "What-if",
      "Compare versions",
      "Restore version",
      "Roll forward",
    ]);
    expect(keys.map((key) => uiZhCN[key])).toEqual([
      "保存版本",
      "假设分析",
      "比较版本",
      "恢复版本",
      "滚动到下一周期",
    ]);
  });
});
