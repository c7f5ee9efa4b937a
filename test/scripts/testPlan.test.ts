/** npm test: what it installs from Debian, when it may, and what it says when it may not. */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { planPrerequisites, PREREQUISITES } from "../../scripts/test-plan.cjs";

const ROOT = join(__dirname, "..", "..");
const hasNone = (): boolean => false;
const withFont = (): boolean => true;
const hasOnly =
  (...present: string[]) =>
  (command: string): boolean =>
    present.includes(command);

describe("planPrerequisites", () => {
  it("does nothing when every program is there", () => {
    expect(
      planPrerequisites({ has: () => true, hasFont: withFont, isRoot: false, hasAptGet: false })
    ).toEqual({ kind: "ready" });
  });

  it("as root with apt-get, installs what is missing without prompting, Calc and poppler lean", () => {
    expect(
      planPrerequisites({ has: hasNone, hasFont: hasNone, isRoot: true, hasAptGet: true })
    ).toEqual({
      kind: "install",
      missing: ["chromium", "libreoffice-calc-nogui", "poppler-utils", "fonts-noto-cjk"],
      commands: [
        { program: "apt-get", args: ["update", "-qq"], env: { DEBIAN_FRONTEND: "noninteractive" } },
        {
          program: "apt-get",
          args: ["install", "-y", "-qq", "chromium"],
          env: { DEBIAN_FRONTEND: "noninteractive" },
        },
        {
          program: "apt-get",
          args: [
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "libreoffice-calc-nogui",
            "poppler-utils",
            "fonts-noto-cjk",
          ],
          env: { DEBIAN_FRONTEND: "noninteractive" },
        },
      ],
    });
  });

  it("installs only the missing package", () => {
    const plan = planPrerequisites({
      has: hasOnly("chromium", "soffice"),
      hasFont: withFont,
      isRoot: true,
      hasAptGet: true,
    });
    expect(plan.kind === "install" && plan.commands.map((c) => c.args)).toEqual([
      ["update", "-qq"],
      ["install", "-y", "-qq", "--no-install-recommends", "poppler-utils"],
    ]);
  });

  it.each([
    ["not root", { isRoot: false, hasAptGet: true }, "This is not root"],
    ["no apt-get", { isRoot: true, hasAptGet: false }, "no apt-get"],
  ])("%s: names the programs and the exact commands, installs nothing", (_, machine, why) => {
    const plan = planPrerequisites({ has: hasOnly("soffice"), hasFont: withFont, ...machine });
    if (plan.kind !== "tell") throw new Error(`expected a message, got ${plan.kind}`);
    expect(plan.missing).toEqual(["chromium", "poppler-utils"]);
    expect(plan.message).toContain(why);
    expect(plan.message).toContain("chromium, pdftoppm");
    expect(plan.message).toContain("sudo apt-get update");
    expect(plan.message).toContain("sudo apt-get install -y chromium");
    expect(plan.message).toContain("sudo apt-get install -y --no-install-recommends poppler-utils");
  });

  it("a machine without a Chinese font gets one, named as what it is for", () => {
    const fontless = { has: () => true, hasFont: hasNone, hasAptGet: true };
    const plan = planPrerequisites({ ...fontless, isRoot: true });
    expect(plan.kind === "install" && plan.commands.map((c) => c.args)).toEqual([
      ["update", "-qq"],
      ["install", "-y", "-qq", "--no-install-recommends", "fonts-noto-cjk"],
    ]);
    const told = planPrerequisites({ ...fontless, isRoot: false });
    expect(told.kind === "tell" && told.message).toContain("needs a Chinese font");
  });

  it("covers every program a test calls, and the font the screenshots need", () => {
    expect(PREREQUISITES.map((p) => ("command" in p ? p.command : p.font))).toEqual([
      "chromium",
      "soffice",
      "pdftoppm",
      "zh",
    ]);
  });
});

describe("the two README commands", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const ci = readFileSync(join(ROOT, ".ci", "run"), "utf8");

  it("npm test gets the prerequisites, then runs Jest; .ci/run calls that same command", () => {
    expect(pkg.scripts.test).toBe("node scripts/test.mjs");
    expect(readme).toContain("| run every test | `npm ci && npm test`  |");
    expect(readme).toContain("| run the add-in | `npm ci && npm start` |");
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test\b/m);
    expect(ci).not.toMatch(/apt-get/);
  });

  it("the test command passes its arguments on to Jest", () => {
    const out = execFileSync(process.execPath, [join(ROOT, "scripts", "test.mjs"), "--version"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PATH: process.env.PATH ?? "" },
    });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("npm ci compiles nothing", () => {
  type LockEntry = { version?: string; optional?: boolean; hasInstallScript?: boolean };
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const entries = Object.entries(lock.packages).filter(([where]) => where !== "");

  it("no package outside optionalDependencies builds native code at install", () => {
    const native = entries
      .filter(([, entry]) => entry.hasInstallScript && !entry.optional)
      .filter(([where]) => {
        const dir = join(ROOT, where);
        const scripts =
          (
            JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
              scripts?: Record<string, string>;
            }
          ).scripts ?? {};
        const install = ["preinstall", "install", "postinstall"].map((s) => scripts[s] ?? "");
        return (
          existsSync(join(dir, "binding.gyp")) ||
          install.some((s) => /node-gyp|prebuild-install|node-pre-gyp|cmake-js|napi/.test(s))
        );
      })
      .map(([where]) => where);
    expect(native).toEqual([]);
  });

  it("the toolkit CLI's peer chain (keytar) is not installed", () => {
    const names = entries.map(([where]) => where.replace(/^.*node_modules\//, ""));
    expect(names).not.toContain("keytar");
    expect(names).not.toContain("@microsoft/m365agentstoolkit-cli");
    expect(names).toContain("office-addin-debugging");
  });

  it("the sideloading tools load every module without the peers they no longer get", () => {
    // npm start runs office-addin-debugging, which loads dev-settings, dev-certs and manifest.
    const script = `
      const fs = require("fs"), path = require("path"), missing = [];
      for (const tool of JSON.parse(process.argv[1])) {
        const dir = path.join("node_modules", tool, "lib");
        for (const file of fs.readdirSync(dir, { recursive: true }).map(String)) {
          if (!file.endsWith(".js") || path.basename(file) === "cli.js") continue;
          try { require(path.resolve(dir, file)); }
          catch (e) { if (e.code === "MODULE_NOT_FOUND") missing.push(tool + "/" + file + ": " + e.message.split("\\n")[0]); }
        }
      }
      process.stdout.write(JSON.stringify(missing));`;
    const tools = [
      "office-addin-debugging",
      "office-addin-dev-settings",
      "office-addin-dev-certs",
      "office-addin-manifest",
    ];
    const out = execFileSync(process.execPath, ["-e", script, JSON.stringify(tools)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual([]);
  });
});
