import { forecastFamily, type FamilyForecast } from "../engine";
import type { Forecaster } from "../workbook";

/** Families forecast between two yields to the event loop: progress shows, Cancel is heard. */
const CHUNK = 16;

/**
 * Forecasts on the calling thread, a chunk of families at a time, yielding between chunks: where
 * no Web Worker is given (tests, the ribbon's commands), and the worker's own loop.
 */
export const inlineForecaster: Forecaster = async (histories, options, onProgress, signal) => {
  const results: (FamilyForecast | undefined)[] = [];
  for (let start = 0; start < histories.length; start += CHUNK) {
    if (signal?.aborted) return "cancelled";
    for (const values of histories.slice(start, start + CHUNK)) {
      const outcome = forecastFamily(values, options);
      results.push(outcome.ok ? outcome.value : undefined);
    }
    onProgress(results.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return signal?.aborted ? "cancelled" : results;
};
