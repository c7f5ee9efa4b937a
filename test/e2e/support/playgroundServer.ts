import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { ARTIFACTS, PLAYGROUND_DIST, ROOT } from "./environment";

/**
 * The built playground and its server, for whatever needs the page: the browser tests' global
 * setup and `npm run bench`. Builds only when a source is newer than the build.
 */

/** When the last build run from here started: a build that changes no output keeps dist's times. */
const BUILD_STAMP = path.join(ARTIFACTS, ".playground-build-started");

/** Newest modification time of the files under `dir` (0 when there are none). */
function newestFile(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The playground's sources: every file under src/ and the playground's webpack configuration. */
function newestSource(): number {
  const config = path.join(ROOT, "webpack.playground.config.js");
  return Math.max(
    newestFile(path.join(ROOT, "src")),
    existsSync(config) ? statSync(config).mtimeMs : 0
  );
}

export function buildIfStale(): void {
  const hasBuild = existsSync(path.join(PLAYGROUND_DIST, "index.html"));
  const built = Math.max(
    newestFile(PLAYGROUND_DIST),
    hasBuild && existsSync(BUILD_STAMP) ? statSync(BUILD_STAMP).mtimeMs : 0
  );
  if (hasBuild && built > newestSource()) return;
  const started = Date.now();
  process.stderr.write("e2e: building the playground (npm run build:playground)\n");
  // The build's output goes to stderr so that it never mixes with Jest's --json on stdout.
  const build = spawnSync("npm", ["run", "build:playground"], {
    cwd: ROOT,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  if (build.status !== 0) {
    const reason = build.error?.message ?? `exit code ${String(build.status)}`;
    throw new Error(`npm run build:playground failed (${reason})`);
  }
  if (!existsSync(path.join(PLAYGROUND_DIST, "index.html"))) {
    throw new Error("npm run build:playground succeeded but dist-playground/index.html is missing");
  }
  // Stamped with the build's start: a source saved during the build makes the next run build again.
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(BUILD_STAMP, "");
  utimesSync(BUILD_STAMP, started / 1000, started / 1000);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/** One GET: resolves with the status code, or undefined when nothing answers yet. */
function status(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("error", () => {
      resolve(undefined);
    });
    request.setTimeout(2000, () => {
      request.destroy();
    });
  });
}

/** Starts scripts/serve-playground.mjs and resolves once it serves the page with status 200. */
export async function startServer(port: number): Promise<{ server: ChildProcess; url: string }> {
  const url = `http://localhost:${port}/`;
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "serve-playground.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  let exited: string | undefined;
  server.once("exit", (code, signal) => {
    exited = signal ?? `exit code ${String(code)}`;
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(
        `scripts/serve-playground.mjs stopped (${exited}) before serving:\n${output}`
      );
    }
    if ((await status(url)) === 200) return { server, url };
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`scripts/serve-playground.mjs did not serve ${url} within 30 s:\n${output}`);
    }
    // Polls the server, 10 times a second, until it answers.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
