/** npm start / npm stop: sideload on Windows and macOS, explain Excel on the web everywhere else. */
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { planStart, planStop, SIDELOAD_PLATFORMS } from "../../scripts/start-plan.cjs";

const ROOT = join(__dirname, "..", "..");
const OTHER_PLATFORMS = ["linux", "freebsd", "openbsd", "sunos", "aix", "android"];

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

  it.each(OTHER_PLATFORMS)("explains Excel on the web on %s", (platform) => {
    const plan = planStart(platform);
    if (plan.kind !== "unsupported") throw new Error(`expected an unsupported plan on ${platform}`);
    const { message } = plan;
    expect(message).not.toMatch(/platform not supported/i);
    expect(message).toContain(platform);
    expect(message).toContain("Windows or macOS");
    expect(message).toContain("npm run dev-server");
    expect(message).toContain("https://localhost:3000");
    expect(message).toContain("Ctrl+C");
    expect(message).toMatch(/certificate/i);
    expect(message).toContain("Upload My Add-in");
    expect(message).toContain("manifest.xml");
    expect(message).toMatch(/playground/i);
    // The one-line Chinese summary.
    expect(message.split("\n").filter((line) => /[\u4e00-\u9fff]/.test(line))).toHaveLength(1);
  });

  it("only runs scripts and tools the project has", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    for (const platform of SIDELOAD_PLATFORMS) {
      const plan = planStart(platform);
      if (plan.kind !== "sideload") throw new Error(`expected a sideload plan on ${platform}`);
      for (const { program, args } of plan.commands) {
        if (program === "npm") expect(Object.keys(pkg.scripts)).toContain(args[1]);
        else expect(existsSync(join(ROOT, "node_modules", program, "package.json"))).toBe(true);
      }
    }
    expect(pkg.scripts["dev-server"]).toBeDefined();
  });
});

describe("planStop", () => {
  it.each(["win32", "darwin"])("stops the debugging session on %s", (platform) => {
    expect(planStop(platform)).toEqual({
      kind: "sideload",
      commands: [{ program: "office-addin-debugging", args: ["stop", "manifest.xml", "desktop"] }],
    });
  });

  it("has nothing to stop elsewhere", () => {
    const plan = planStop("linux");
    expect(plan.kind).toBe("nothing");
    if (plan.kind === "nothing") expect(plan.message).toContain("starts nothing in the background");
  });
});

// Run the real scripts only where they cannot launch Excel.
const describeHere = SIDELOAD_PLATFORMS.includes(process.platform) ? describe.skip : describe;

describeHere(`the scripts on ${process.platform}`, () => {
  const run = (script: string) =>
    spawnSync(process.execPath, [join(ROOT, "scripts", script)], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 30_000,
    });

  it("npm start prints the Excel on the web steps and fails", () => {
    const result = run("start.mjs");
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run dev-server");
    expect(result.stdout + result.stderr).not.toMatch(/platform not supported/i);
  });

  it("npm stop succeeds with nothing to stop", () => {
    const result = run("stop.mjs");
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("starts nothing in the background");
  });
});
