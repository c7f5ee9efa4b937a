import type { ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS, BASE_URL_VARIABLE, CHROMIUM_VARIABLE, findChromium } from "./environment";
import { buildIfStale, freePort, startServer } from "./playgroundServer";

/**
 * Before any browser test: finds Chromium (and fails, saying how to install it, when there is
 * none), builds the playground unless the build is newer than its sources, and starts the
 * playground's server on a free port. globalTeardown.ts stops it.
 */

/** Handed to the teardown: global setup and teardown run in the same process. */
export interface E2eGlobal {
  __e2eServer?: ChildProcess;
}

/** Screenshots and saved workbooks of an earlier run would pass for this run's. */
function clearArtifacts(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const entry of readdirSync(ARTIFACTS)) {
    if (/\.(png|xlsx)$/.test(entry)) rmSync(path.join(ARTIFACTS, entry));
  }
}

export default async function globalSetup(): Promise<void> {
  const chromium = findChromium();
  buildIfStale();
  clearArtifacts();
  const { server, url } = await startServer(await freePort());
  (globalThis as E2eGlobal).__e2eServer = server;
  // The test files run in worker processes started after this: they inherit the environment.
  process.env[BASE_URL_VARIABLE] = url;
  process.env[CHROMIUM_VARIABLE] = chromium;
}
