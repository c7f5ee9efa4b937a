import type { RunStep } from "../../src/workbook";
import {
  doneValue,
  IDLE,
  progressText,
  reduceAction,
  type ActionEvent,
  type ActionState,
} from "../../src/taskpane/paneAction";

type State = ActionState<"save" | "compare", string>;
type Event = ActionEvent<"save" | "compare", string>;

const running: State = { phase: "running", id: 2, action: "save" };
const saved: State = { phase: "done", action: "save", value: "A" };

describe("an action's state", () => {
  test.each<[string, State, Event, State]>([
    [
      "a start replaces the last outcome",
      saved,
      { type: "started", id: 3, action: "compare" },
      { phase: "running", id: 3, action: "compare" },
    ],
    [
      "a step of the current action shows",
      running,
      { type: "progress", id: 2, step: "computing" },
      { ...running, step: "computing" },
    ],
    [
      "a step of an older action changes nothing",
      running,
      { type: "progress", id: 1, step: "writing" },
      running,
    ],
    [
      "a step after the end changes nothing",
      saved,
      { type: "progress", id: 2, step: "done" },
      saved,
    ],
    [
      "the current action's end is its outcome",
      running,
      { type: "ended", id: 2, end: saved },
      saved,
    ],
    [
      "an older action's end changes nothing",
      running,
      { type: "ended", id: 1, end: { phase: "failed", action: "save", message: "x" } },
      running,
    ],
    [
      "a refusal keeps its problems",
      running,
      {
        type: "ended",
        id: 2,
        end: {
          phase: "refused",
          action: "save",
          problems: [{ kind: "missingName", range: "SOP_Forecast" }],
        },
      },
      {
        phase: "refused",
        action: "save",
        problems: [{ kind: "missingName", range: "SOP_Forecast" }],
      },
    ],
    ["reset forgets the outcome", saved, { type: "reset" }, IDLE],
    ["reset leaves a running action alone", running, { type: "reset" }, running],
  ])("%s", (_, state, event, expected) => {
    expect(reduceAction(state, event)).toEqual(expected);
  });

  test("a part reads only its own actions' values", () => {
    expect(doneValue(saved, ["save"])).toBe("A");
    expect(doneValue(saved, ["compare"])).toBeUndefined();
    expect(doneValue(running, ["save"])).toBeUndefined();
  });
});

describe("progress text", () => {
  test.each<[RunStep | undefined, boolean, string]>([
    [undefined, true, "Run rolling plan: Working…"],
    ["reading", true, "Run rolling plan, step 1 of 4: Reading the named ranges…"],
    ["writing", true, "Run rolling plan, step 4 of 4: Writing the sheet…"],
    ["done", true, "Run rolling plan, step 4 of 4: Finishing…"],
    ["validating", false, "Run rolling plan: Checking the inputs…"],
  ])("step %s (numbered: %s)", (step, numbered, text) => {
    expect(progressText("en", "ui.action.plan", step, numbered)).toBe(text);
  });

  test("in Chinese", () => {
    expect(progressText("zh", "ui.versions.save", "validating", false)).toBe(
      "保存版本:正在校验输入数据…"
    );
  });
});
