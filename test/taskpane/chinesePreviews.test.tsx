/**
 * The confirmations a planner reads before anything is written (what a restore overwrites, what a
 * roll forward does), in zh-CN, hold no English word: the values in them are the planner's own
 * (Chinese names here), the words around them come from src/i18n.
 */
import { fireEvent, screen } from "@testing-library/react";
import { translate } from "../../src/i18n";
import { englishIn } from "../support/english";
import { FakeWorkbook, RESTORE_CHANGES, ROLL_PLAN, versionInfo } from "./fakeWorkbook";
import { button, renderApp } from "./renderApp";
import { dialogButton, dialogClosed, findDialog } from "./versionHelpers";

const APRIL = versionInfo({ id: "v2", name: "四月计划" });
const zh = (key: Parameters<typeof translate>[1]) => translate("zh", key);

test("the restore and roll-forward confirmations in Chinese", async () => {
  const workbook = new FakeWorkbook();
  workbook.savedLanguage = "zh";
  workbook.versions = [APRIL];
  workbook.restorePreview = {
    ok: true,
    version: APRIL,
    changes: RESTORE_CHANGES,
  };
  workbook.rollForwardPreview = {
    ok: true,
    plan: {
      ...ROLL_PLAN,
      versionName: "2024-04 计划",
      openingStock: [
        { family: "演示产品", from: 1000, to: 1250 },
        { family: "二号产品", from: 0, to: 300 },
      ],
    },
  };
  renderApp(workbook, "zh", "决策会议");
  fireEvent.click(await screen.findByRole("radio", { name: "四月计划" }));

  fireEvent.click(button(zh("ui.restore.run")));
  const restore = await findDialog();
  expect(restore.textContent).toContain("Plan!C5");
  expect({ english: englishIn(restore.textContent) }).toEqual({ english: [] });
  fireEvent.click(dialogButton(restore, zh("ui.versions.cancel")));
  await dialogClosed();

  fireEvent.click(button(zh("ui.roll.run")));
  const roll = await findDialog();
  expect(roll.textContent).toContain("二号产品");
  expect({ english: englishIn(roll.textContent) }).toEqual({ english: [] });
});
