import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * What the browser tests share between the global setup (which finds Chromium and starts the
 * playground's server) and the test files (which run in other processes): the repository's folders
 * and two environment variables.
 */

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const PLAYGROUND_DIST = path.join(ROOT, "dist-playground");
/** Screenshots and other artifacts of the browser tests (test-results/ is ignored by git). */
export const ARTIFACTS = path.join(ROOT, "test-results", "e2e");

/** Set by the global setup: the playground's address, e.g. `http://localhost:41234/`. */
export const BASE_URL_VARIABLE = "E2E_PLAYGROUND_URL";
/** Set by the global setup: the Chromium executable the tests launch. */
export const CHROMIUM_VARIABLE = "E2E_CHROMIUM_PATH";
/** Chosen by whoever runs the tests: a Chromium executable to use instead of the one on PATH. */
export const CHROMIUM_OVERRIDE = "CHROMIUM_PATH";

export const INSTALL_HINT =
  "The browser tests need Debian's Chromium: install it with `apt-get install -y chromium` " +
  `(or set ${CHROMIUM_OVERRIDE} to a Chromium executable).`;

function onPath(command: string): string | undefined {
  try {
    const found = execFileSync("/bin/sh", ["-c", `command -v ${command}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return found === "" ? undefined : found;
  } catch {
    return undefined;
  }
}

/** The Chromium to launch: `CHROMIUM_PATH`, else `chromium` or `chromium-browser` on PATH. Never downloads one. */
export function findChromium(): string {
  const override = process.env[CHROMIUM_OVERRIDE];
  if (override !== undefined && override !== "") {
    if (!existsSync(override)) {
      throw new Error(`${CHROMIUM_OVERRIDE}=${override} does not exist. ${INSTALL_HINT}`);
    }
    return override;
  }
  const found = onPath("chromium") ?? onPath("chromium-browser");
  if (found === undefined) throw new Error(`No Chromium found on PATH. ${INSTALL_HINT}`);
  return found;
}

export function requiredVariable(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(
      `${name} is not set: run the browser tests through Jest's "e2e" project (npx jest --selectProjects e2e), whose global setup starts the playground.`
    );
  }
  return value;
}
