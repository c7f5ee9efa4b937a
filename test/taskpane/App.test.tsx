import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";

function renderApp(initialLanguage: "en" | "zh") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App initialLanguage={initialLanguage} />
    </FluentProvider>
  );
}

describe("taskpane App", () => {
  test("starts in the language it is given and lists both formulas", () => {
    renderApp("zh");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("S&OP 产销协同计划");
    expect(screen.getByText(/^=SOP\.BALANCE\(forecast/)).toBeTruthy();
    expect(screen.getByText(/^=SOP\.GAP\(demand/)).toBeTruthy();
  });

  test("the language switch is a labelled control that changes every text", async () => {
    renderApp("en");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("S&OP Planner");
    const languageSwitch = screen.getByRole("combobox", { name: "Language" });
    await act(async () => {
      fireEvent.click(languageSwitch);
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "中文" }));
      await Promise.resolve();
    });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("S&OP 产销协同计划");
    expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
  });
});
