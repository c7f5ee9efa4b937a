import type { DemandOptions, FamilyForecast } from "../engine";
import type { Forecaster } from "../workbook";

/** What the pane sends a forecast worker: its share of the families. */
export interface ForecastJob {
  readonly histories: readonly Float64Array[];
  readonly options: DemandOptions;
}

/** What a forecast worker answers: how many of its families are done, then every result. */
export type ForecastReply =
  | { readonly kind: "progress"; readonly done: number }
  | { readonly kind: "done"; readonly results: readonly (FamilyForecast | undefined)[] };

/** The part of a Worker the pool uses (a fake in tests). */
export interface ForecastWorker {
  onmessage: ((event: MessageEvent<ForecastReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(job: ForecastJob): void;
  terminate(): void;
}

/** The most workers one run starts: more than the machine's cores only queue. */
export const MAX_WORKERS = 4;

/**
 * Forecasts in a pool of Web Workers, each given a contiguous share of the families, so a long
 * run leaves the pane responsive and uses several cores. Cancel terminates the workers at once.
 */
export function workerForecaster(createWorker: () => ForecastWorker, cores: number): Forecaster {
  return (histories, options, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        resolve("cancelled");
        return;
      }
      // One worker a core: the pane's own thread only waits meanwhile.
      const count = Math.max(1, Math.min(MAX_WORKERS, cores, histories.length));
      const share = Math.ceil(histories.length / count);
      const done = new Array<number>(count).fill(0);
      // Filled, not sparse: `every` skips the holes of a sparse array.
      const results = new Array<readonly (FamilyForecast | undefined)[] | undefined>(count).fill(
        undefined
      );
      const workers: ForecastWorker[] = [];
      const stop = (): void => {
        for (const worker of workers) worker.terminate();
        signal?.removeEventListener("abort", abort);
      };
      const abort = (): void => {
        stop();
        resolve("cancelled");
      };
      signal?.addEventListener("abort", abort);
      for (let w = 0; w < count; w++) {
        const worker = createWorker();
        workers.push(worker);
        worker.onmessage = (event) => {
          const reply = event.data;
          if (reply.kind === "progress") done[w] = reply.done;
          else {
            results[w] = reply.results;
            done[w] = reply.results.length;
          }
          onProgress(done.reduce((sum, n) => sum + n, 0));
          if (results.every((part) => part !== undefined)) {
            stop();
            resolve(results.flat());
          }
        };
        worker.onerror = (event) => {
          stop();
          reject(new Error(event.message));
        };
        worker.postMessage({ histories: histories.slice(w * share, (w + 1) * share), options });
      }
    });
}
