/**
 * npm stop: stops the playground server that npm start or npm run playground left running (found
 * through .playground.pid), on any system; on Windows and macOS it also ends the desktop Excel
 * debugging session that npm start began. Then checks that nothing holds the port any more.
 */
import { playgroundPidFile, portInUse, stopPlayground } from "./playground.cjs";
import { planStop, runCommands } from "./start-plan.cjs";

const plan = planStop(process.platform);
const playground = await stopPlayground(playgroundPidFile(process.env));
console.log(playground.message);
if (plan.kind === "sideload") {
  process.exitCode = runCommands(plan.commands);
}
if (await portInUse(playground.port)) {
  console.warn(
    `Port ${playground.port} is still in use by a program npm start did not start (npm run dev-server stops with Ctrl+C where it runs).`
  );
} else {
  console.log(`Port ${playground.port} is free.`);
}
