import {
  AriaLiveAnnouncer,
  FluentProvider,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeWorkbook, officeDisplayLanguage } from "../excel/officeHost";
import { loadSolver } from "../solver/highs";
import { App } from "./App";
import { downloadFile } from "./files";
import { workerForecaster } from "./workerForecaster";

/** Follows Office's theme: a dark body background means a dark Office theme. */
function themeOf(officeTheme: Office.OfficeTheme | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  if (!background) return webLightTheme;
  const rgb = Number.parseInt(background.replace("#", ""), 16);
  const luminance = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

void Office.onReady(() => {
  const context = Office.context as Office.Context | undefined;
  // The only place the pane meets Excel: everything else goes through the PlanningWorkbook.
  // The demand review's forecasts run in Web Workers (webpack bundles forecastWorker.ts).
  const forecaster = workerForecaster(
    () => new Worker(new URL("./forecastWorker.ts", import.meta.url)),
    navigator.hardwareConcurrency
  );
  // The supply review's solver: HiGHS's WebAssembly, served beside the pane, loaded when first used.
  const workbook = createOfficeWorkbook(forecaster, () =>
    loadSolver(new URL("highs.wasm", document.baseURI).href)
  );
  root.render(
    <FluentProvider theme={themeOf(context?.officeTheme)}>
      {/* Lets Fluent's message bars announce themselves to screen readers. */}
      <AriaLiveAnnouncer>
        <App
          workbook={workbook}
          initialLanguage={officeDisplayLanguage()}
          saveFile={downloadFile}
        />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
});
