/**
 * The playground page: the add-in's taskpane beside a workbook, with no Excel and no Office.js.
 * Built by webpack.playground.config.js into dist-playground/ (npm run playground serves it).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageOfTag } from "../../i18n";
import { loadSolver } from "../../solver/highs";
import { workerForecaster } from "../../taskpane/workerForecaster";
import { providePlanSolver } from "../excel/sopFunctions";
import { Playground } from "./Playground";

const container = document.getElementById("container");
if (!container) throw new Error("playground.html has no #container element");

/** HiGHS's WebAssembly, copied beside the page: loaded once, in the background, for SOP.PLAN too. */
const solver = () => loadSolver(new URL("highs.wasm", document.baseURI).href);
solver().then(providePlanSolver, () => undefined);

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Playground
      language={languageOfTag(navigator.language)}
      forecaster={workerForecaster(
        () => new Worker(new URL("../../taskpane/forecastWorker.ts", import.meta.url)),
        navigator.hardwareConcurrency
      )}
      solver={solver}
    />
  </FluentProvider>
);
