/**
 * The playground in a real browser, for `npm run bench`: how long a fresh page takes until the
 * taskpane can be used (its `Run rolling plan` button visible and enabled, the setup checked), in
 * Debian's headless Chromium, and what the browser downloads for it (the bundle's files, raw and
 * gzip). Without Chromium it says how to install it and measures the bundle only.
 */
import { mkdirSync, readdirSync, statSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findChromium, PLAYGROUND_DIST, ROOT } from "../test/e2e/support/environment";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/support/browser";
import { buildIfStale, freePort, startServer } from "../test/e2e/support/playgroundServer";

const LOADS = 5;

export interface PageLoad {
  /** Milliseconds from navigation start to an interactive taskpane, one per fresh page. */
  readonly samples: readonly number[];
}

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The JS and CSS of a build folder, largest first. */
export function bundleFiles(dir: string): BundleFile[] {
  const files: BundleFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.(js|css|html)$/.test(entry.name) &&
        !full.includes(`${path.sep}office-js${path.sep}`)
      ) {
        files.push({
          file: path.relative(dir, full),
          bytes: statSync(full).size,
          gzipBytes: gzipSync(readFileSync(full)).length,
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => b.bytes - a.bytes);
}

/**
 * Runs `measure` against a freshly served playground in Debian's headless Chromium (built first
 * when stale): its answer, or why nothing was measured.
 */
export async function withChromium<T>(
  measure: (browser: Browser, url: string) => Promise<T>
): Promise<T | string> {
  let chromium: string;
  try {
    chromium = findChromium();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  buildIfStale();
  const { server, url } = await startServer(await freePort());
  const browser = await launchBrowser(chromium);
  try {
    return await measure(browser, url);
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Loads the playground LOADS times, each in a new browser context (no cache), and times it. */
export function measurePageLoad(): Promise<PageLoad | string> {
  return withChromium(async (browser, url) => {
    const samples: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(url, { waitUntil: "commit" });
      const run = page.getByRole("button", { name: "Run rolling plan", exact: true });
      await run.waitFor({ state: "visible", timeout: 60_000 });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll("button")].some(
            (button) =>
              button.textContent.includes("Run rolling plan") &&
              !button.disabled &&
              button.getAttribute("aria-disabled") !== "true"
          ),
        undefined,
        { timeout: 60_000 }
      );
      // The page's own clock: from navigation start, as the browser counts it.
      const sinceStart = await page.evaluate(() => performance.now());
      samples.push(Math.min(sinceStart, Date.now() - started));
      await context.close();
    }
    return { samples };
  });
}

export const PLAYGROUND_BUILD = PLAYGROUND_DIST;
export const ADDIN_BUILD = path.join(ROOT, "dist");

/** Families and months of history of the Chromium forecast run (the 1,000 × 60). */
export const FORECAST_FAMILIES = 1_000;
export const FORECAST_HISTORY = 60;
const FORECAST_PERIODS = 12;

/**
 * An .xlsx a planner could open: F families × 12 plan months, 60 months of seasonal history with
 * noise before them, every contract name defined (written with exceljs, read by the playground's
 * Open workbook…).
 */
async function forecastWorkbook(file: string): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  const month = (i: number): string =>
    `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  const history = Array.from({ length: FORECAST_HISTORY }, (_, i) => month(i));
  const periods = Array.from({ length: FORECAST_PERIODS }, (_, i) => month(FORECAST_HISTORY + i));
  let state = 7;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  // Rows: 1 periods, then per family its plan; history labels and values below.
  sheet.addRow(["Period", ...periods]);
  const planRow = (family: number): (string | number)[] => [
    `F${String(family + 1).padStart(4, "0")}`,
    ...periods.map(() => 1000 + Math.round(random() * 200)),
  ];
  const families = Array.from({ length: FORECAST_FAMILIES }, (_, f) => planRow(f));
  for (const row of families) sheet.addRow(row);
  const top = FORECAST_FAMILIES + 3;
  sheet.getRow(top).values = ["History", ...history];
  families.forEach((row, f) => {
    const base = 500 + 40 * (f % 25);
    sheet.getRow(top + 1 + f).values = [
      row[0] ?? "",
      ...history.map((_, t) =>
        Math.round(base * (1 + 0.25 * Math.sin((2 * Math.PI * t) / 12)) * (0.9 + 0.2 * random()))
      ),
    ];
  });
  const last = FORECAST_FAMILIES + 1;
  const col = (n: number): string =>
    n <= 26
      ? String.fromCharCode(64 + n)
      : `${String.fromCharCode(64 + Math.floor((n - 1) / 26))}${String.fromCharCode(65 + ((n - 1) % 26))}`;
  const plan = `$B$2:$${col(1 + FORECAST_PERIODS)}$${last}`;
  const names: [string, string][] = [
    ["SOP_Periods", `Plan!$B$1:$${col(1 + FORECAST_PERIODS)}$1`],
    ["SOP_Families", `Plan!$A$2:$A$${last}`],
    ["SOP_Forecast", `Plan!${plan}`],
    ["SOP_Production", `Plan!${plan}`],
    ["SOP_Capacity", "Plan!$B$2"],
    ["SOP_SafetyStock", "Plan!$B$2"],
    ["SOP_OpeningStock", "Plan!$B$2"],
    ["SOP_HistoryPeriods", `Plan!$B$${top}:$${col(1 + FORECAST_HISTORY)}$${top}`],
    ["SOP_History", `Plan!$B$${top + 1}:$${col(1 + FORECAST_HISTORY)}$${top + FORECAST_FAMILIES}`],
  ];
  for (const [name, reference] of names) workbook.definedNames.add(reference, name);
  await workbook.xlsx.writeFile(file);
}

/** Loads the playground and opens an .xlsx whose sheet is `Plan` through Open workbook…. */
export async function openInPlayground(page: Page, url: string, file: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("button", { name: "Open workbook…" }).waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open workbook…" }).click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole("tab", { name: /^Plan/ }).first().waitFor({ timeout: 120_000 });
}

/** The Chromium forecast run's times, milliseconds. */
export interface ForecastRun {
  /** From the first forecast worker started to the last one's results received. */
  readonly workersMs: number;
  /** From the click on Forecast demand to the pane's summary (S&OP Forecast written). */
  readonly totalMs: number;
  /** The cores the page reports (navigator.hardwareConcurrency). */
  readonly cores: number;
}

/**
 * Forecast demand as a planner runs it: the playground opens the workbook above, the Demand
 * review's Forecast demand is clicked, and the time runs until the pane's summary: the inputs read
 * and checked, every family forecast in the page's Web Workers, S&OP Forecast written into the
 * playground's stand-in. The forecasting itself is timed in the page: `Worker` is wrapped (before
 * the page's scripts run) to note when the first worker starts and when each answers `done`.
 */
export async function measureForecastRun(): Promise<ForecastRun | string> {
  const file = path.join(ROOT, "test-results", "bench-forecast.xlsx");
  mkdirSync(path.dirname(file), { recursive: true });
  await forecastWorkbook(file);
  return withChromium(async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => {
      const times = { started: [] as number[], done: [] as number[] };
      Object.assign(window, { forecastTimes: times });
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(script: string | URL, options?: WorkerOptions) {
          super(script, options);
          times.started.push(performance.now());
          this.addEventListener("message", (event: MessageEvent<{ kind?: string }>) => {
            if (event.data.kind === "done") times.done.push(performance.now());
          });
        }
      };
    });
    const page = await context.newPage();
    await openInPlayground(page, url, file);
    await page
      .getByRole("main")
      .getByRole("tab", { name: /Demand review/ })
      .click();
    const button = page
      .getByRole("main")
      .getByRole("button", { name: "Forecast demand", exact: true });
    await button.waitFor();
    const started = Date.now();
    await button.click();
    await page
      .getByText(`Forecast ${FORECAST_FAMILIES.toLocaleString("en-US")} families over`)
      .waitFor({ timeout: 300_000 });
    const totalMs = Date.now() - started;
    const { workersMs, cores } = await page.evaluate(() => {
      const { started: begun, done } = (
        window as unknown as { forecastTimes: { started: number[]; done: number[] } }
      ).forecastTimes;
      return {
        workersMs: Math.max(...done) - Math.min(...begun),
        cores: navigator.hardwareConcurrency,
      };
    });
    await context.close();
    return { workersMs, totalMs, cores };
  });
}
