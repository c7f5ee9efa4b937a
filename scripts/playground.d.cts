/** Types for playground.cjs, for the tests. */
export interface ServerInfo {
  pid: number;
  port: number;
  url: string;
}
export const DEFAULT_PORT: number;
export const PID_FILE_NAME: string;
export function playgroundPort(env?: Readonly<Record<string, string | undefined>>): number;
export function playgroundUrl(port: number): string;
export function playgroundPidFile(env?: Readonly<Record<string, string | undefined>>): string;
export function readPidFile(file: string): ServerInfo | undefined;
export function writePidFile(file: string, info: ServerInfo): void;
export function removePidFile(file: string, pid?: number): void;
export function runningServer(info: ServerInfo | undefined): ServerInfo | undefined;
export function portInUse(port: number): Promise<boolean>;
export function stopPlayground(
  file: string
): Promise<{ stopped: boolean; port: number; message: string }>;
