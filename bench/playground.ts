/**
 * The playground in a real browser, for `npm run bench`: how long a fresh page takes until the
 * taskpane can be used (its `Run rolling plan` button visible and enabled, the setup checked), in
 * Debian's headless Chromium, and what the browser downloads for it (the bundle's files, raw and
 * gzip). Without Chromium it says how to install it and measures the bundle only.
 */
import { readdirSync, statSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findChromium, PLAYGROUND_DIST, ROOT } from "../test/e2e/support/environment";
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

/** Loads the playground LOADS times, each in a new browser context (no cache), and times it. */
export async function measurePageLoad(): Promise<PageLoad | string> {
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
  } finally {
    await browser.close();
    server.kill();
  }
}

export const PLAYGROUND_BUILD = PLAYGROUND_DIST;
export const ADDIN_BUILD = path.join(ROOT, "dist");
