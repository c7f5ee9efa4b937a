/** Types for test-plan.cjs, for the tests. */
export interface Prerequisite {
  command: string;
  pkg: string;
  recommends: boolean;
}
export interface Command {
  program: string;
  args: string[];
  env?: Record<string, string>;
}
export type PrerequisitesPlan =
  | { kind: "ready" }
  | { kind: "install"; missing: string[]; commands: Command[] }
  | { kind: "tell"; missing: string[]; message: string };
export const PREREQUISITES: readonly Prerequisite[];
export function planPrerequisites(machine: {
  has: (command: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}): PrerequisitesPlan;
