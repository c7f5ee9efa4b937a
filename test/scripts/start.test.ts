/** npm start / npm stop: sideload on Windows and macOS, the browser playground everywhere else. */
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { planStart, planStop, SIDELOAD_PLATFORMS } from "../../scripts/start-plan.cjs";

const ROOT = join(__dirname, "..", "..");
const OTHER_PLATFORMS = ["linux", "freebsd", "openbsd", "sunos", "aix", "android"];

const packageScripts = (): Record<string, string> =>
  (
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;

describe("planStart", () => {
  it.each(["win32", "darwin"])("builds and sideloads into desktop Excel on %s", (platform) => {
    expect(planStart(platform)).toEqual({
      kind: "sideload",
      commands: [
        { program: "npm", args: ["run", "build:dev"] },
        {
          program: "office-addin-debugging",
          args: ["start", "manifest.xml", "desktop", "--app", "excel"],
        },
      ],
    });
  });

  it.each(OTHER_PLATFORMS)("builds and serves the playground on %s", (platform) => {
    const plan = planStart(platform);
    if (plan.kind !== "playground") throw new Error(`expected the playground on ${platform}`);
    expect(plan.url).toBe("http://localhost:3000/");
    expect(plan.commands).toEqual([
      { program: "npm", args: ["run", "build:playground"] },
      { program: "node", args: ["scripts/serve-playground.mjs", "--pid-file"] },
    ]);
    const { message } = plan;
    expect(message).not.toMatch(/platform not supported/i);
    expect(message).toContain(platform);
    expect(message).toContain("Windows or macOS");
    expect(message).toMatch(/playground/i);
    expect(message).toContain("http://localhost:3000/");
    expect(message).toContain("Ctrl+C");
    expect(message).toContain("npm stop");
    // Excel on the web stays one step away.
    expect(message).toContain("npm run dev-server");
    expect(message).toContain("Upload My Add-in");
    expect(message).toContain("manifest.xml");
    // The one-line Chinese summary.
    expect(message.split("\n").filter((line) => /[\u4e00-\u9fff]/.test(line))).toHaveLength(1);
  });

  it("serves the playground on PORT when it is set", () => {
    const plan = planStart("linux", { PORT: "4123" });
    expect(plan.kind === "playground" && plan.url).toBe("http://localhost:4123/");
    expect(plan.kind === "playground" && plan.message).toContain("http://localhost:4123/");
  });

  it("only runs scripts and tools the project has", () => {
    const scripts = packageScripts();
    for (const platform of [...SIDELOAD_PLATFORMS, "linux"]) {
      for (const { program, args } of planStart(platform).commands) {
        if (program === "npm") expect(Object.keys(scripts)).toContain(args[1]);
        else if (program === "node") expect(existsSync(join(ROOT, args[0] ?? ""))).toBe(true);
        else expect(existsSync(join(ROOT, "node_modules", program, "package.json"))).toBe(true);
      }
    }
    expect(scripts["dev-server"]).toBeDefined();
    expect(scripts.playground).toContain("build:playground");
    expect(scripts.playground).toContain("scripts/serve-playground.mjs --pid-file");
    expect(scripts["build:playground"]).toContain("webpack.playground.config.js");
  });
});

describe("planStop", () => {
  it.each(["win32", "darwin"])(
    "stops the playground and the debugging session on %s",
    (platform) => {
      expect(planStop(platform)).toEqual({
        kind: "sideload",
        pidFile: ".playground.pid",
        commands: [
          { program: "office-addin-debugging", args: ["stop", "manifest.xml", "desktop"] },
        ],
      });
    }
  );

  it.each(OTHER_PLATFORMS)("stops the playground on %s", (platform) => {
    expect(planStop(platform)).toEqual({
      kind: "playground",
      pidFile: ".playground.pid",
      commands: [],
    });
  });
});

// Run the real scripts only where they cannot launch Excel.
const describeHere = SIDELOAD_PLATFORMS.includes(process.platform) ? describe.skip : describe;

describeHere(`npm stop on ${process.platform}`, () => {
  it("says there is nothing to stop when no playground runs", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "stop.mjs")], {
      cwd: ROOT,
      encoding: "utf8",
      // A pid file of its own, so that a playground the developer runs is left alone.
      env: { ...process.env, PLAYGROUND_PID_FILE: "test-results/scripts/none.pid" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 30_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No playground server is running");
  });
});
