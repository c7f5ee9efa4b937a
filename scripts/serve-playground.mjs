/**
 * Serves the built playground (dist-playground/, made by npm run build:playground) on
 * http://localhost:3000/ (PORT overrides the port), to this computer only: it listens on the
 * loopback addresses 127.0.0.1 and ::1, never on the network. Scripts and pages go out as UTF-8
 * (HyperFormula's code is not ASCII). Stops on Ctrl+C, SIGTERM or npm stop.
 *
 *   node scripts/serve-playground.mjs              what the browser tests run (any PORT)
 *   node scripts/serve-playground.mjs --pid-file   what npm run playground and npm start run:
 *                                                  also writes .playground.pid for npm stop
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  playgroundPidFile,
  playgroundPort,
  playgroundUrl,
  readPidFile,
  removePidFile,
  runningServer,
  writePidFile,
} from "./playground.cjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** PLAYGROUND_DIST serves another folder (the tests do). */
const DIST = path.resolve(ROOT, process.env.PLAYGROUND_DIST ?? "dist-playground");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** The file a URL path names inside dist-playground/, or undefined when it names none. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const file = path.resolve(DIST, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== DIST && !file.startsWith(DIST + path.sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function handle(request, response) {
  const headers = { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache" };
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
    return;
  }
  const file = fileFor(request.url ?? "/");
  if (!file) {
    response
      .writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" })
      .end(request.method === "HEAD" ? undefined : "Not found\n");
    return;
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  response.writeHead(200, {
    ...headers,
    "Content-Type": type,
    "Content-Length": statSync(file).size,
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const fail = (error) => {
      server.off("listening", done);
      reject(error);
    };
    const done = () => {
      server.off("error", fail);
      resolve();
    };
    server.once("error", fail);
    server.once("listening", done);
    server.listen(port, host);
  });
}

async function main() {
  const withPidFile = process.argv.includes("--pid-file");
  const port = playgroundPort(process.env);
  const url = playgroundUrl(port);
  const pidFile = playgroundPidFile(process.env);

  if (!existsSync(path.join(DIST, "index.html"))) {
    console.error(
      "dist-playground/ has no build: run npm run build:playground (or npm run playground)."
    );
    process.exitCode = 1;
    return;
  }
  if (withPidFile) {
    const running = runningServer(readPidFile(pidFile));
    if (running) {
      console.error(
        `A playground server is already running (pid ${running.pid}) on ${running.url}. ` +
          "Open it, or stop it first with npm stop."
      );
      process.exitCode = 1;
      return;
    }
  }

  const servers = [createServer(handle)];
  try {
    await listen(servers[0], port, "127.0.0.1");
  } catch (error) {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${port} is already in use (another playground, or npm run dev-server?). ` +
          "Stop it (npm stop, or Ctrl+C where it runs) or choose another port: PORT=3001 npm run playground"
        : error.message;
    console.error(`The playground server could not start: ${reason}`);
    process.exitCode = 1;
    return;
  }
  // localhost may resolve to ::1 first: answer there too, where the system has IPv6.
  const ipv6 = createServer(handle);
  try {
    await listen(ipv6, port, "::1");
    servers.push(ipv6);
  } catch (error) {
    if (error.code === "EADDRINUSE") {
      console.warn(
        `Another program holds [::1]:${port}; if ${url} does not show the playground, use http://127.0.0.1:${port}/`
      );
    }
  }

  if (withPidFile) writePidFile(pidFile, { pid: process.pid, port, url });
  console.log(`S&OP Planner playground: ${url}`);
  console.log("Serving dist-playground/ on this computer only. Stop with Ctrl+C or npm stop.");

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    if (withPidFile) removePidFile(pidFile, process.pid);
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    console.log(`Playground server stopped (${signal}).`);
    process.exitCode = 0;
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
}

await main();
