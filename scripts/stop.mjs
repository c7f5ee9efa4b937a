/** npm stop: ends the desktop Excel debugging session that npm start began (Windows and macOS). */
import { planStop, runCommands } from "./start-plan.cjs";

const plan = planStop(process.platform);
if (plan.kind === "sideload") {
  process.exitCode = runCommands(plan.commands);
} else {
  console.log(plan.message);
}
