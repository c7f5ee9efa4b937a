import { fireEvent, screen, waitFor } from "@testing-library/react";
import { CYCLE_FRESH, FakeWorkbook, setupReport } from "./fakeWorkbook";
import {
  button,
  chooseLanguage,
  description,
  goTo,
  isDisabled,
  listItems,
  messageBar,
  renderApp,
  setupShown,
  stepTab,
  tabText,
} from "./renderApp";

function root(): HTMLElement {
  const main = screen.getByRole("main");
  return main;
}

describe("language", () => {
  test("the pane starts in initialLanguage when the workbook has none saved", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "zh");
    await setupShown();
    await waitFor(() => {
      expect(workbook.callsOf("loadLanguage")).toHaveLength(1);
    });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("S&OP 产销协同计划");
    expect(root().getAttribute("lang")).toBe("zh-CN");
    expect(workbook.callsOf("saveLanguage")).toHaveLength(0);
  });

  test("the language saved in the workbook wins over initialLanguage", async () => {
    const workbook = new FakeWorkbook();
    workbook.savedLanguage = "zh";
    renderApp(workbook, "en");

    expect(
      await screen.findByRole("heading", { level: 1, name: "S&OP 产销协同计划" })
    ).toBeTruthy();
    expect(root().getAttribute("lang")).toBe("zh-CN");
    await setupShown();
    for (const name of ["运行滚动计划", "缺口方案", "插入示例数据"]) {
      expect(button(name)).toBeTruthy();
    }
    expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
    expect(workbook.callsOf("saveLanguage")).toHaveLength(0);

    fireEvent.click(button("运行滚动计划"));
    await screen.findByRole("group", { name: "滚动计划已写入“S&OP Balance”" });
    expect(workbook.lastOptions("runRollingPlan").language).toBe("zh");
    await waitFor(() => {
      expect(workbook.callsOf("inspect")).toHaveLength(2);
    });
  });

  test("a choice made before the saved language arrives is kept", async () => {
    const workbook = new FakeWorkbook();
    workbook.savedLanguage = "en";
    const held = workbook.hold("loadLanguage");
    renderApp(workbook, "en");
    await setupShown();
    await held.started;

    await chooseLanguage("Language", "中文");
    held.release();
    await waitFor(() => {
      expect(workbook.callsOf("saveLanguage")).toEqual([["zh"]]);
    });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("S&OP 产销协同计划");
  });

  test("switching saves the language in the workbook and renames the buttons", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "en");
    await setupShown();
    for (const name of ["Run rolling plan", "Gap scenarios", "Insert sample data"]) {
      expect(button(name)).toBeTruthy();
    }
    expect(root().getAttribute("lang")).toBe("en-US");

    await chooseLanguage("Language", "中文");
    await waitFor(() => {
      expect(workbook.callsOf("saveLanguage")).toEqual([["zh"]]);
    });
    expect(root().getAttribute("lang")).toBe("zh-CN");
    for (const name of ["运行滚动计划", "缺口方案", "插入示例数据"]) {
      expect(isDisabled(button(name))).toBe(false);
    }
    expect(screen.queryByRole("button", { name: "Run rolling plan" })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "工作簿设置" })).toBeTruthy();

    fireEvent.click(button("缺口方案"));
    await screen.findByRole("group", { name: "缺口方案已写入“S&OP Scenarios”" });
    expect(workbook.lastOptions("runGapScenarios").language).toBe("zh");
    expect(screen.getByRole("button", { name: "打开 S&OP Scenarios" })).toBeTruthy();

    await chooseLanguage("语言", "English");
    await waitFor(() => {
      expect(workbook.callsOf("saveLanguage")).toEqual([["zh"], ["en"]]);
    });
    expect(button("Run rolling plan")).toBeTruthy();
    // The result stays, now in English.
    expect(
      screen.getByRole("group", { name: "Gap scenarios written to “S&OP Scenarios”" })
    ).toBeTruthy();
  });

  test("in Chinese, problems, reasons and the setup are worded in Chinese", async () => {
    const workbook = new FakeWorkbook();
    workbook.savedLanguage = "zh";
    workbook.report = setupReport({ missing: ["SOP_Options"] });
    workbook.planOutcome = {
      ok: false,
      problems: [{ kind: "notANumber", range: "SOP_Forecast", cell: "Plan!F7", found: '"n/a"' }],
    };
    renderApp(workbook, "en");
    await screen.findByRole("heading", { level: 1, name: "S&OP 产销协同计划" });
    await setupShown();

    expect(description(button("缺口方案"))).toContain("需要 SOP_Options");
    expect(listItems(messageBar("尚不能生成缺口方案"))).toEqual([
      "SOP_Options: 缺少此名称;请在“公式 > 名称管理器”中定义",
    ]);
    expect(screen.getByText("计划规模:1 个产品族 × 6 个期间")).toBeTruthy();

    fireEvent.click(button("运行滚动计划"));
    const bar = await screen.findByRole("group", { name: "未写入任何内容:请修正以下输入" });
    expect(listItems(bar)).toEqual(['SOP_Forecast, Plan!F7: "n/a" 不是数字']);
    await waitFor(() => {
      expect(workbook.callsOf("inspect")).toHaveLength(2);
    });
  });

  test("a failure to read the saved language is shown, not swallowed", async () => {
    const workbook = new FakeWorkbook();
    workbook.savedLanguage = new Error("Names are not available");
    renderApp(workbook, "en");
    expect(
      await screen.findByText(
        "The language saved in this workbook could not be read: Names are not available"
      )
    ).toBeTruthy();
    await setupShown();
  });

  test("a failure to save the language is shown, and the pane still switches", async () => {
    const workbook = new FakeWorkbook();
    workbook.saveError = new Error("The workbook is read-only");
    renderApp(workbook, "en");
    await setupShown();
    await chooseLanguage("Language", "中文");
    expect(
      await screen.findByText("无法将语言保存到此工作簿:The workbook is read-only")
    ).toBeTruthy();
    expect(button("运行滚动计划")).toBeTruthy();
  });
});

describe("accessibility", () => {
  test("each step's headings go in order and every control has a name", async () => {
    const workbook = new FakeWorkbook();
    renderApp(workbook, "en");
    await setupShown();
    fireEvent.click(button("Run rolling plan"));
    await screen.findByRole("group", { name: "Rolling plan written to “S&OP Balance”" });

    const top: (readonly [number, string])[] = [
      [1, "S&OP Planner"],
      [2, "Cycle 2024-04"],
    ];
    const steps: [string, (readonly [number, string])[]][] = [
      [
        "Data",
        [
          [2, "Workbook setup"],
          [2, "Import ERP extract"],
          [2, "Sample data"],
        ],
      ],
      [
        "Demand review",
        [
          [2, "Forecast accuracy"],
          [2, "Statistical forecast"],
        ],
      ],
      [
        "Supply review",
        [
          [2, "Constrained supply plan"],
          [2, "Plan"],
          [3, "Result"],
          [2, "What-if"],
        ],
      ],
      [
        "Meeting",
        [
          [2, "Meeting pack"],
          [2, "Decision log"],
          [2, "Plan versions"],
          [3, "Saved versions"],
          [3, "Save the current plan"],
          [3, "Compare"],
        ],
      ],
      [
        "Execute",
        [
          [2, "Approve the plan for the MPS"],
          [2, "Monthly roll forward"],
        ],
      ],
      ["Help", [[2, "Formulas"]]],
    ];
    for (const [step, headings] of steps) {
      goTo(step);
      const shown = screen
        .getAllByRole("heading")
        .map((heading) => [Number(heading.tagName.slice(1)), heading.textContent] as const);
      expect([step, shown]).toEqual([step, [...top, ...headings]]);
      // Every button has an accessible name (computed the way assistive technology does).
      const buttons = screen.getAllByRole("button");
      expect(screen.getAllByRole("button", { name: /\S/ })).toHaveLength(buttons.length);
      // So has every field: text boxes, drop-downs and radio buttons.
      for (const role of ["textbox", "combobox", "radio"] as const) {
        const fields = screen.queryAllByRole(role);
        expect([step, role, screen.queryAllByRole(role, { name: /\S/ }).length]).toEqual([
          step,
          role,
          fields.length,
        ]);
      }
    }
    expect(screen.getByRole("combobox", { name: "Language" })).toBeTruthy();
    // Disabled runs stay in the tab order so their reason can be heard.
    expect(button("Run rolling plan").hasAttribute("disabled")).toBe(false);
    await waitFor(() => {
      expect(workbook.callsOf("inspect")).toHaveLength(2);
    });
  });

  test("the steps are tabs whose names say where each stands; the pane lands on the first to do", async () => {
    const workbook = new FakeWorkbook();
    workbook.cycle = { ...CYCLE_FRESH, balance: "current", openDecisions: 2 };
    renderApp(workbook, "en");
    await waitFor(() => {
      expect(stepTab("Meeting").getAttribute("aria-selected")).toBe("true");
    });
    expect(screen.getAllByRole("tab").map(tabText)).toEqual([
      "Data: All inputs valid",
      "Demand review: Forecast in SOP_Forecast",
      "Supply review: 3 shortage periods",
      "Meeting: Pack not published for 2024-04 · 2 open decisions",
      "Execute: Not rolled forward yet",
      "Help: Formula reference",
    ]);
    expect(screen.getByRole("tablist", { name: "Steps of the monthly cycle" })).toBeTruthy();
    expect(
      screen.getByText(
        "Next: check the gap scenarios for the 3 shortage periods, then publish the meeting pack for 2024-04."
      )
    ).toBeTruthy();
    // The shown panel is named by its tab; the others are hidden.
    const panels = screen.getAllByRole("tabpanel");
    expect(panels).toHaveLength(1);
    expect(panels[0]?.getAttribute("aria-labelledby")).toBe(stepTab("Meeting").id);
  });
});
