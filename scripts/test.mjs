/**
 * npm test: gets what the tests need from Debian when it may (root, apt-get, no prompt), or says
 * exactly what to run when it may not, then runs every test with Jest (arguments are passed on).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { planPrerequisites } from "./test-plan.cjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const has = (command) =>
  spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** Whether fontconfig knows a font for the language (fc-list comes with Chromium's fontconfig). */
const hasFont = (language) => {
  const result = spawnSync("fc-list", [`:lang=${language}`, "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
};

const plan = planPrerequisites({
  has,
  hasFont,
  isRoot: typeof process.getuid === "function" && process.getuid() === 0,
  hasAptGet: process.platform === "linux" && has("apt-get"),
});

if (plan.kind === "tell") {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === "install") {
  console.log(`npm test: installing ${plan.missing.join(", ")} from Debian's packages (once)`);
  for (const { program, args, env } of plan.commands) {
    const result = spawnSync(program, args, { stdio: "inherit", env: { ...process.env, ...env } });
    if (result.status !== 0) {
      console.error(
        `npm test: ${program} ${args.join(" ")} failed (exit ${result.status ?? "?"}).`
      );
      process.exit(1);
    }
  }
}

const jestPackage = createRequire(import.meta.url).resolve("jest/package.json");
const jest = path.join(path.dirname(jestPackage), "bin", "jest.js");
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
