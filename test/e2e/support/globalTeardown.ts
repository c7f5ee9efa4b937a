import type { E2eGlobal } from "./globalSetup";

/** Stops the playground's server that globalSetup.ts started. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as E2eGlobal).__e2eServer;
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const stopped = new Promise<void>((resolve) => {
    server.once("exit", () => {
      resolve();
    });
  });
  server.kill("SIGTERM");
  // A server that ignores SIGTERM is killed outright rather than left running.
  const force = setTimeout(() => server.kill("SIGKILL"), 5000);
  await stopped;
  clearTimeout(force);
  delete (globalThis as E2eGlobal).__e2eServer;
}
