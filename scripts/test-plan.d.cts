/** Types for test-plan.cjs, for the tests. */
/** A program the tests call, or a font they draw with (`what` names it in messages). */
export type Prerequisite =
  | { command: string; pkg: string; recommends: boolean }
  | { font: string; what: string; pkg: string; recommends: boolean };
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
  hasFont: (language: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}): PrerequisitesPlan;
