/**
 * npm start: on Windows and macOS, build and sideload the add-in into desktop Excel. Elsewhere,
 * explain how to use Excel on the web instead and fail, leaving nothing running.
 */
import { planStart, runCommands } from "./start-plan.cjs";

const plan = planStart(process.platform);
if (plan.kind === "sideload") {
  process.exitCode = runCommands(plan.commands);
} else {
  console.error(plan.message);
  process.exitCode = 1;
}
