/**
 * scripts/serve-playground.mjs and npm stop, for real: a server on a free port with a pid file of
 * its own (so that a playground the developer runs is left alone), serving a folder of its own.
 */
import { type ChildProcess, spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { get } from "http";
import { join } from "path";
import { portInUse, readPidFile, stopPlayground } from "../../scripts/playground.cjs";
import { freePort } from "../e2e/support/playgroundServer";

const ROOT = join(__dirname, "..", "..");
const WORK = join(ROOT, "test-results", "scripts", "serve");
const DIST = join(WORK, "dist");
const PID_FILE = join(WORK, "playground.pid");

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

function fetchText(url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        });
      });
    }).on("error", reject);
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the playground's server", () => {
  let port: number;
  let server: ChildProcess;
  let output = "";

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(DIST, { recursive: true });
    writeFileSync(join(DIST, "index.html"), '<!doctype html><meta charset="utf-8"><p>S&amp;OP</p>');
    writeFileSync(join(DIST, "app.js"), 'console.log("产销协同");');
    writeFileSync(join(WORK, "secret.txt"), "outside");
    port = await freePort();
    server = spawn(
      process.execPath,
      [join(ROOT, "scripts", "serve-playground.mjs"), "--pid-file"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          PLAYGROUND_DIST: DIST,
          PLAYGROUND_PID_FILE: PID_FILE,
        },
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // The pid file and the printed address come from two writes; wait for both, in either order.
    await waitFor(() => existsSync(PID_FILE), "the pid file");
    await waitFor(() => output.includes(`http://localhost:${port}/`), "the printed address");
  });

  afterAll(() => {
    if (server.exitCode === null) server.kill("SIGKILL");
  });

  it("prints its address and writes its pid file", () => {
    expect(output).toContain(`http://localhost:${port}/`);
    expect(readPidFile(PID_FILE)).toEqual({
      pid: server.pid,
      port,
      url: `http://localhost:${port}/`,
    });
  });

  it("serves pages and scripts as UTF-8", async () => {
    const page = await fetchText(`http://127.0.0.1:${port}/`);
    expect(page).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
    const script = await fetchText(`http://localhost:${port}/app.js`);
    expect(script).toEqual({
      status: 200,
      type: "text/javascript; charset=utf-8",
      body: 'console.log("产销协同");',
    });
  });

  it("serves nothing outside its folder", async () => {
    expect((await fetchText(`http://127.0.0.1:${port}/missing.js`)).status).toBe(404);
    expect((await fetchText(`http://127.0.0.1:${port}/../secret.txt`)).status).toBe(404);
    expect((await fetchText(`http://127.0.0.1:${port}/%2e%2e/secret.txt`)).status).toBe(404);
  });

  it("refuses to start a second server over the same pid file", () => {
    const second = spawnSync(
      process.execPath,
      [join(ROOT, "scripts", "serve-playground.mjs"), "--pid-file"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port + 1),
          PLAYGROUND_DIST: DIST,
          PLAYGROUND_PID_FILE: PID_FILE,
        },
        encoding: "utf8",
        timeout: 15_000,
      }
    );
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("already running");
  });

  it("is stopped by npm stop, which frees the port and removes the pid file", async () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "stop.mjs")], {
      cwd: ROOT,
      env: { ...process.env, PLAYGROUND_PID_FILE: PID_FILE },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Stopped the playground server (pid ${server.pid}) on http://localhost:${port}/.`
    );
    expect(result.stdout).toContain(`Port ${port} is free.`);
    await waitFor(() => server.exitCode !== null, "the server to exit");
    expect(server.exitCode).toBe(0);
    expect(existsSync(PID_FILE)).toBe(false);
    expect(await portInUse(port)).toBe(false);
    expect(await stopPlayground(PID_FILE)).toMatchObject({ stopped: false });
  });

  it("does not serve without a build", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "serve-playground.mjs")], {
      cwd: ROOT,
      env: { ...process.env, PLAYGROUND_DIST: join(WORK, "nothing") },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run build:playground");
    expect(readFileSync(join(WORK, "secret.txt"), "utf8")).toBe("outside");
  });
});
