import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { ARTIFACTS, BASE_URL_VARIABLE, CHROMIUM_VARIABLE, requiredVariable } from "./environment";

/** Launching Debian's Chromium (never a downloaded one) and opening the playground in it. */

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium from the global setup's finding, or the one given (the bench finds its own). */
export function launchBrowser(
  executablePath: string = requiredVariable(CHROMIUM_VARIABLE)
): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ARGS,
  });
}

export function playgroundUrl(): string {
  return requiredVariable(BASE_URL_VARIABLE);
}

export interface Playground {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions and console errors of the page so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A fresh browser context (no state shared between tests) showing the playground. */
export async function openPlayground(browser: Browser): Promise<Playground> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1600, height: 1000 },
    locale: "en-US",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  await page.goto(playgroundUrl());
  return {
    context,
    page,
    errors,
    close: () => context.close(),
  };
}

/**
 * Saves a screenshot of the page as test-results/e2e/<name>.png, after scrolling `show` (say, the
 * taskpane's result) into view: the page itself does not scroll, its panes do.
 */
export async function screenshot(page: Page, name: string, show?: Locator): Promise<string> {
  if (show) await show.scrollIntoViewIfNeeded();
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs a test body on a fresh playground; on failure keeps a screenshot
 * (test-results/e2e/<name>-failure.png) and adds the page's errors to the message.
 */
export async function withPlayground(
  browser: Browser,
  name: string,
  body: (playground: Playground) => Promise<void>
): Promise<void> {
  const playground = await openPlayground(browser);
  try {
    await body(playground);
  } catch (error) {
    const shot = await screenshot(playground.page, `${name}-failure`).catch(
      (reason: unknown) => `no screenshot: ${String(reason)}`
    );
    const errors = playground.errors.length > 0 ? `\n${playground.errors.join("\n")}` : "";
    if (error instanceof Error) {
      error.message += `\n(screenshot: ${shot})${errors}`;
      throw error;
    }
    throw new Error(`${String(error)}\n(screenshot: ${shot})${errors}`);
  } finally {
    await playground.close();
  }
}
