/**
 * npm start: on Windows and macOS, build and sideload the add-in into desktop Excel. Elsewhere,
 * build the browser playground and serve it on http://localhost:3000/ in the foreground (as npm run
 * playground does) until Ctrl+C or npm stop.
 */
import { planStart, runCommands } from "./start-plan.cjs";

const plan = planStart(process.platform, process.env);
if (plan.kind === "sideload") {
  process.exitCode = runCommands(plan.commands);
} else {
  console.log(`${plan.message}\n`);
  // Ctrl+C reaches the server too, which stops cleanly: npm start then ends without an error.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => {});
  process.exitCode = runCommands(plan.commands);
}
