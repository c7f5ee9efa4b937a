/** Types for start-plan.cjs, for the tests. */
export interface Command {
  program: string;
  args: string[];
}
export type StartPlan =
  | { kind: "sideload"; commands: Command[] }
  | { kind: "playground"; url: string; message: string; commands: Command[] };
export interface StopPlan {
  kind: "sideload" | "playground";
  /** The pid file of the playground's server, in the project folder. */
  pidFile: string;
  commands: Command[];
}
export const SIDELOAD_PLATFORMS: readonly string[];
export function planStart(
  platform: string,
  env?: Readonly<Record<string, string | undefined>>
): StartPlan;
export function planStop(platform: string): StopPlan;
export function runCommands(commands: readonly Command[]): number;
