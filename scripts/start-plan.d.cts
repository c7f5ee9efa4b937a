/** Types for start-plan.cjs, for the tests. */
export interface Command {
  program: string;
  args: string[];
}
export type StartPlan =
  { kind: "sideload"; commands: Command[] } | { kind: "unsupported"; message: string };
export type StopPlan =
  { kind: "sideload"; commands: Command[] } | { kind: "nothing"; message: string };
export const SIDELOAD_PLATFORMS: readonly string[];
export function planStart(platform: string): StartPlan;
export function planStop(platform: string): StopPlan;
export function runCommands(commands: readonly Command[]): number;
