/**
 * What `npm start` and `npm stop` do on each platform. planStart/planStop are pure so the tests
 * can check every platform from any machine; runCommands carries a plan out.
 *
 * CommonJS so that both the ES-module scripts and the ts-jest (CommonJS) tests can load it.
 */
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const path = require("node:path");

/** Desktop Excel sideloading (office-addin-debugging) exists only on these platforms. */
const SIDELOAD_PLATFORMS = ["win32", "darwin"];

const MANIFEST = "manifest.xml";

/**
 * @param {string} platform a process.platform value
 * @returns {string}
 */
function unsupportedMessage(platform) {
  return [
    `Desktop Excel sideloading needs Windows or macOS; this is ${platform}. Nothing was started.`,
    "",
    "Use Excel on the web instead:",
    "  1. npm run dev-server",
    "     Serves https://localhost:3000 in the foreground; stop it with Ctrl+C.",
    "  2. Trust its development certificate: the first run creates one with office-addin-dev-certs",
    "     (installing it may ask for your password). Open https://localhost:3000/taskpane.html in the",
    "     browser you use for Excel and make sure it loads without a certificate warning.",
    "  3. In Excel on the web, open a workbook, then Home > Add-ins > More Add-ins > Upload My Add-in",
    `     (or Insert > Add-ins > Upload My Add-in), and choose ${MANIFEST}.`,
    "",
    "A browser playground that needs no Excel is planned.",
    "",
    `桌面版 Excel 旁加载仅支持 Windows 和 macOS:请运行 npm run dev-server,信任其开发证书,然后在 Excel 网页版中选择“上传我的加载项”并上传 ${MANIFEST}。`,
  ].join("\n");
}

/**
 * @param {string} platform a process.platform value
 * @returns {{ kind: "sideload", commands: { program: string, args: string[] }[] } | { kind: "unsupported", message: string }}
 */
function planStart(platform) {
  if (!SIDELOAD_PLATFORMS.includes(platform))
    return { kind: "unsupported", message: unsupportedMessage(platform) };
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
 * @param {string} platform a process.platform value
 * @returns {{ kind: "sideload", commands: { program: string, args: string[] }[] } | { kind: "nothing", message: string }}
 */
function planStop(platform) {
  if (!SIDELOAD_PLATFORMS.includes(platform)) {
    return {
      kind: "nothing",
      message: `On ${platform}, npm start starts nothing in the background, so there is nothing to stop. Stop npm run dev-server with Ctrl+C.`,
    };
  }
  return {
    kind: "sideload",
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
