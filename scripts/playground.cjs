/**
 * The playground's server as a process: its port and address, the pid file that npm run
 * playground / npm start write (.playground.pid in the project folder) and the stop that npm stop
 * performs. CommonJS so that the ES-module scripts and the ts-jest (CommonJS) tests can load it.
 */
const { existsSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { createServer } = require("node:net");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_PORT = 3000;
/** Where npm stop finds the server; PLAYGROUND_PID_FILE moves it (the tests do). */
const PID_FILE_NAME = ".playground.pid";

/**
 * @param {Record<string, string | undefined>} env
 * @returns {number}
 */
function playgroundPort(env = process.env) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

/** @param {number} port */
function playgroundUrl(port) {
  return `http://localhost:${port}/`;
}

/** @param {Record<string, string | undefined>} env */
function playgroundPidFile(env = process.env) {
  const chosen = env.PLAYGROUND_PID_FILE;
  return chosen ? path.resolve(ROOT, chosen) : path.join(ROOT, PID_FILE_NAME);
}

/**
 * @typedef {{ pid: number, port: number, url: string }} ServerInfo
 */

/**
 * @param {string} file
 * @returns {ServerInfo | undefined}
 */
function readPidFile(file) {
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, "utf8"));
    if (Number.isInteger(info.pid) && Number.isInteger(info.port) && typeof info.url === "string")
      return { pid: info.pid, port: info.port, url: info.url };
  } catch {
    // An unreadable file names no server.
  }
  return undefined;
}

/**
 * @param {string} file
 * @param {ServerInfo} info
 */
function writePidFile(file, info) {
  writeFileSync(file, `${JSON.stringify(info)}\n`);
}

/**
 * Removes the pid file if it still names `pid` (another server may have written it since).
 * @param {string} file
 * @param {number} [pid]
 */
function removePidFile(file, pid) {
  const info = readPidFile(file);
  if (pid === undefined || info === undefined || info.pid === pid) rmSync(file, { force: true });
}

/** Linux keeps an ended process until its parent collects it: a zombie has ended. */
function isZombie(pid) {
  if (process.platform !== "linux") return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error.code === "EPERM";
  }
}

/**
 * Whether a live process is the playground's server: on Linux its command line says so; elsewhere
 * a live process with that pid is taken to be it.
 * @param {number} pid
 */
function isPlaygroundServer(pid) {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (process.platform !== "linux" || !existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, "utf8").includes("serve-playground.mjs");
  } catch {
    return true;
  }
}

/**
 * The server a pid file names, if it is still running.
 * @param {ServerInfo | undefined} info
 * @returns {ServerInfo | undefined}
 */
function runningServer(info) {
  return info !== undefined && isPlaygroundServer(info.pid) ? info : undefined;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {number} pid
 * @param {number} ms
 */
async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Whether something listens on the port (on 127.0.0.1 or ::1).
 * @param {number} port
 * @returns {Promise<boolean>}
 */
async function portInUse(port) {
  const probe = (host) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once("error", (error) => resolve(error.code === "EADDRINUSE"));
      server.listen(port, host, () => server.close(() => resolve(false)));
    });
  return (await probe("127.0.0.1")) || (await probe("::1"));
}

/**
 * Stops the server the pid file names: SIGTERM, then SIGKILL after 5 s. Never touches a process
 * that is not the playground's server.
 * @param {string} file the pid file
 * @returns {Promise<{ stopped: boolean, port: number, message: string }>}
 */
async function stopPlayground(file) {
  const info = readPidFile(file);
  if (info === undefined) {
    if (existsSync(file)) rmSync(file, { force: true });
    return {
      stopped: false,
      port: DEFAULT_PORT,
      message: "No playground server is running (no .playground.pid): nothing to stop.",
    };
  }
  if (!runningServer(info)) {
    rmSync(file, { force: true });
    return {
      stopped: false,
      port: info.port,
      message: `No playground server is running (pid ${info.pid} has ended): nothing to stop.`,
    };
  }
  try {
    process.kill(info.pid, "SIGTERM");
  } catch {
    // It ended meanwhile.
  }
  let ended = await waitForExit(info.pid, 5000);
  if (!ended) {
    try {
      process.kill(info.pid, "SIGKILL");
    } catch {
      // It ended meanwhile.
    }
    ended = await waitForExit(info.pid, 2000);
  }
  removePidFile(file, info.pid);
  return {
    stopped: ended,
    port: info.port,
    message: ended
      ? `Stopped the playground server (pid ${info.pid}) on ${info.url}.`
      : `The playground server (pid ${info.pid}) on ${info.url} did not stop.`,
  };
}

module.exports = {
  DEFAULT_PORT,
  PID_FILE_NAME,
  playgroundPort,
  playgroundUrl,
  playgroundPidFile,
  readPidFile,
  writePidFile,
  removePidFile,
  runningServer,
  portInUse,
  stopPlayground,
};
