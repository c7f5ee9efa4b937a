/**
 * The Web Worker of the demand review: forecasts the families it is sent, off the pane's thread,
 * and reports each family as it finishes. Its messages are `ForecastJob` in and `ForecastReply`
 * out (workerForecaster.ts).
 */
import { forecastFamily, type FamilyForecast } from "../engine";
import type { ForecastJob, ForecastReply } from "./workerForecaster";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ForecastJob>) => void) | null;
  postMessage(message: ForecastReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { histories, options } = event.data;
  const results: (FamilyForecast | undefined)[] = [];
  histories.forEach((values, index) => {
    const outcome = forecastFamily(values, options);
    results.push(outcome.ok ? outcome.value : undefined);
    // A progress message every few families keeps the messages cheap and the bar moving.
    if (index % 8 === 7) scope.postMessage({ kind: "progress", done: index + 1 });
  });
  scope.postMessage({ kind: "done", results });
};
