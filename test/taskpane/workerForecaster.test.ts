import { forecastFamily } from "../../src/engine";
import {
  workerForecaster,
  type ForecastJob,
  type ForecastReply,
  type ForecastWorker,
} from "../../src/taskpane/workerForecaster";

/**
 * The pool over fake workers that answer as forecastWorker.ts does (each family forecast by the
 * engine, progress every 8): the results come back in the families' order, progress adds up over
 * the workers, and Cancel terminates every worker.
 */

class FakeWorker implements ForecastWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ForecastReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  job: ForecastJob | undefined;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(job: ForecastJob): void {
    this.job = job;
  }
  /** Runs the job as the worker would, replying to the pool. */
  finish(): void {
    const { histories, options } = this.job ?? { histories: [], options: undefined };
    if (!options) throw new Error("no job");
    const reply = (message: ForecastReply) => {
      this.onmessage?.({ data: message } as MessageEvent<ForecastReply>);
    };
    reply({ kind: "progress", done: Math.min(8, histories.length) });
    reply({
      kind: "done",
      results: histories.map((values) => {
        const outcome = forecastFamily(values, options);
        return outcome.ok ? outcome.value : undefined;
      }),
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const OPTIONS = { horizon: 3, seasonLength: 12, method: "naive" as const, coverage: 0.8 };
const histories = Array.from({ length: 10 }, (_, i) => Float64Array.of(1, 2, 3 + i));

beforeEach(() => {
  FakeWorker.started = [];
});

test("shares the families out, puts the results back in order and reports progress", async () => {
  const seen: number[] = [];
  const run = workerForecaster(() => new FakeWorker(), 4)(histories, OPTIONS, (done) =>
    seen.push(done)
  );
  // One worker a core, the families in shares of ceil(10 / 4) = 3.
  expect(FakeWorker.started).toHaveLength(4);
  expect(FakeWorker.started.map((w) => w.job?.histories.length)).toEqual([3, 3, 3, 1]);
  for (const worker of FakeWorker.started) worker.finish();
  const results = await run;
  if (results === "cancelled") throw new Error("cancelled");
  expect(results.map((r) => r?.result.forecast[0])).toEqual(histories.map((h) => h[2]));
  expect(seen.at(-1)).toBe(10);
  expect(FakeWorker.started.every((w) => w.terminated)).toBe(true);
});

test("Cancel terminates every worker and answers cancelled", async () => {
  const controller = new AbortController();
  const run = workerForecaster(() => new FakeWorker(), 8)(
    histories,
    OPTIONS,
    () => undefined,
    controller.signal
  );
  controller.abort();
  expect(await run).toBe("cancelled");
  expect(FakeWorker.started.every((w) => w.terminated)).toBe(true);
});

test("a worker's error fails the run with its message", async () => {
  const run = workerForecaster(() => new FakeWorker(), 2)(histories, OPTIONS, () => undefined);
  FakeWorker.started[0]?.onerror?.({ message: "out of memory" } as ErrorEvent);
  await expect(run).rejects.toThrow("out of memory");
});
