/**
 * The ribbon's report as the dialog shows it, in both languages: the problem naming its range and
 * cell, the count of those left out, and what to do next; Excel's message when it failed.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { describeWorkbookProblem, translate, type Language } from "../../src/i18n";
import { CommandReport } from "../../src/taskpane/CommandReport";
import type { WorkbookProblem } from "../../src/workbook";

const PROBLEM: WorkbookProblem = { kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2" };

describe.each<Language>(["en", "zh"])("CommandReport in %s", (language) => {
  const action = translate(language, "ui.action.plan");
  test("refused: the problem, the rest counted, the way on", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <CommandReport language={language} action={action} problems={[PROBLEM]} more={3} />
      </FluentProvider>
    );
    expect(screen.getByText(translate(language, "ui.ribbon.refused", { action }))).toBeTruthy();
    const line = describeWorkbookProblem(language, PROBLEM);
    expect(line).toContain("Plan!D2");
    expect(container.querySelector("li")?.textContent).toBe(line);
    expect(screen.getByText(translate(language, "ui.ribbon.more.other", { n: 3 }))).toBeTruthy();
    expect(screen.getByText(translate(language, "ui.ribbon.fix", { action }))).toBeTruthy();
  });
  test("failed: Excel's message", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <CommandReport language={language} action={action} message="The workbook is read-only." />
      </FluentProvider>
    );
    expect(screen.getByText(translate(language, "ui.ribbon.failed", { action }))).toBeTruthy();
    expect(container.textContent).toContain("The workbook is read-only.");
    expect(container.textContent).not.toContain(
      translate(language, "ui.ribbon.more.one", { n: 1 })
    );
  });
});
