/**
 * The playground page: the add-in's taskpane beside a workbook, with no Excel and no Office.js.
 * Built by webpack.playground.config.js into dist-playground/ (npm run playground serves it).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageOfTag } from "../../i18n";
import { workerForecaster } from "../../taskpane/workerForecaster";
import { Playground } from "./Playground";

const container = document.getElementById("container");
if (!container) throw new Error("playground.html has no #container element");

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Playground
      language={languageOfTag(navigator.language)}
      forecaster={workerForecaster(
        () => new Worker(new URL("../../taskpane/forecastWorker.ts", import.meta.url)),
        navigator.hardwareConcurrency
      )}
    />
  </FluentProvider>
);
