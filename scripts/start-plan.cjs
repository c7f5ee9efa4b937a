/**
 * What `npm start` and `npm stop` do on each platform: sideload into desktop Excel on Windows and
 * macOS, build and serve the browser playground everywhere else. planStart/planStop are pure so
 * the tests can check every platform from any machine; runCommands carries a plan out.
 *
 * CommonJS so that both the ES-module scripts and the ts-jest (CommonJS) tests can load it.
 */
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { PID_FILE_NAME, playgroundPort, playgroundUrl } = require("./playground.cjs");

/** Desktop Excel sideloading (office-addin-debugging) exists only on these platforms. */
const SIDELOAD_PLATFORMS = ["win32", "darwin"];

const MANIFEST = "manifest.xml";

/**
 * What npm start prints where desktop Excel cannot be sideloaded, before building the playground.
 * @param {string} platform a process.platform value
 * @param {string} url the playground's address
 * @returns {string}
 */
function playgroundMessage(platform, url) {
  return [
    `Desktop Excel sideloading needs Windows or macOS; this is ${platform}. Starting the browser playground instead:`,
    "the add-in's taskpane beside a workbook, with the formulas computed in the page. No Excel or Office account needed.",
    `  It builds first (about a minute), then serves ${url} on this computer until you press Ctrl+C or run npm stop.`,
    "",
    "To use the add-in in Excel on the web instead: npm run dev-server (https://localhost:3000; trust its development",
    `certificate first), then in Excel on the web Home > Add-ins > More Add-ins > Upload My Add-in, and choose ${MANIFEST}.`,
    "",
    `桌面版 Excel 旁加载仅支持 Windows 和 macOS:现在构建并启动浏览器演练场 ${url}(按 Ctrl+C 或运行 npm stop 停止)。`,
  ].join("\n");
}

/**
 * @param {string} platform a process.platform value
 * @param {Record<string, string | undefined>} [env] the environment (PORT moves the playground)
 * @returns {{ kind: "sideload", commands: { program: string, args: string[] }[] } | { kind: "playground", url: string, message: string, commands: { program: string, args: string[] }[] }}
 */
function planStart(platform, env = {}) {
  if (!SIDELOAD_PLATFORMS.includes(platform)) {
    const url = playgroundUrl(playgroundPort(env));
    return {
      kind: "playground",
      url,
      message: playgroundMessage(platform, url),
      commands: [
        { program: "npm", args: ["run", "build:playground"] },
        // In the foreground: Ctrl+C stops it; npm stop finds it through the pid file.
        { program: "node", args: ["scripts/serve-playground.mjs", "--pid-file"] },
      ],
    };
  }
  return {
    kind: "sideload",
    commands: [
      { program: "npm", args: ["run", "build:dev"] },
      // "desktop" picks Windows or Mac desktop Excel from the current platform.
      { program: "office-addin-debugging", args: ["start", MANIFEST, "desktop", "--app", "excel"] },
    ],
  };
}

/**
 * npm stop always stops a playground server that npm start or npm run playground left running (its
 * pid file says which); on Windows and macOS it also ends the desktop Excel debugging session.
 * @param {string} platform a process.platform value
 * @returns {{ kind: "sideload" | "playground", pidFile: string, commands: { program: string, args: string[] }[] }}
 */
function planStop(platform) {
  if (!SIDELOAD_PLATFORMS.includes(platform)) {
    return { kind: "playground", pidFile: PID_FILE_NAME, commands: [] };
  }
  return {
    kind: "sideload",
    pidFile: PID_FILE_NAME,
    commands: [{ program: "office-addin-debugging", args: ["stop", MANIFEST, "desktop"] }],
  };
}

const ROOT = path.resolve(__dirname, "..");

/**
 * Node and the script to run for a program, without a shell (Windows .cmd shims need one).
 * @param {string} program
 * @returns {{ file: string, args: string[], shell: boolean }}
 */
function resolveProgram(program) {
  if (program === "node") return { file: process.execPath, args: [], shell: false };
  if (program === "npm") {
    // Set when run through npm (npm start): npm's own CLI script.
    const npmCli = process.env.npm_execpath;
    if (npmCli && /\.c?js$/.test(npmCli))
      return { file: process.execPath, args: [npmCli], shell: false };
    return { file: "npm", args: [], shell: process.platform === "win32" };
  }
  const packageDir = path.join(ROOT, "node_modules", program);
  const { bin } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const script = typeof bin === "string" ? bin : bin[program];
  return { file: process.execPath, args: [path.join(packageDir, script)], shell: false };
}

/**
 * Runs the commands in order in the project folder, with the terminal attached.
 * @param {{ program: string, args: string[] }[]} commands
 * @returns {number} the exit code of the first command that fails, else 0
 */
function runCommands(commands) {
  for (const { program, args } of commands) {
    const resolved = resolveProgram(program);
    const result = spawnSync(resolved.file, [...resolved.args, ...args], {
      cwd: ROOT,
      stdio: "inherit",
      shell: resolved.shell,
    });
    if (result.error) {
      console.error(`Could not run ${program}: ${result.error.message}`);
      return 1;
    }
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

module.exports = { SIDELOAD_PLATFORMS, planStart, planStop, runCommands };
