/**
 * The custom functions as Excel runs them, for `npm run bench`: the built `dist/functions.js`
 * (webpack's production bundle, what the add-in serves) evaluated in a fresh `node:vm` context
 * whose `CustomFunctions` global records what the bundle registers with `associate`, with the
 * runtime's `Error` class and `ErrorCode` values. The bundle is rebuilt (`npm run build`) when it is
 * missing or older than a source it is built from.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import * as vm from "node:vm";

const ROOT = path.resolve(__dirname, "..");
export const FUNCTIONS_BUNDLE = path.join(ROOT, "dist", "functions.js");

/** What the functions bundle is built from: the sources it imports and the build's own files. */
const SOURCES = ["src/functions", "src/engine", "src/i18n", "build", "webpack.config.js"];

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry).map((name) => newest(path.join(entry, name)))
  );
}

/** Runs `npm run build` when dist/functions.js is missing or stale; returns why it failed. */
export function buildFunctionsIfStale(): string | undefined {
  const built = existsSync(FUNCTIONS_BUNDLE) ? statSync(FUNCTIONS_BUNDLE).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((entry) => newest(path.join(ROOT, entry))));
  if (built > source) return undefined;
  const started = Date.now();
  process.stderr.write("bench: building the add-in (npm run build)\n");
  const build = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  if (build.status !== 0) return `npm run build failed (${build.error?.message ?? build.status})`;
  if (!existsSync(FUNCTIONS_BUNDLE)) return "npm run build wrote no dist/functions.js";
  // webpack leaves a file it would write unchanged alone, so the bundle is stamped with the
  // build's start: otherwise every run would build again (and a source saved during the build
  // makes the next run build again).
  utimesSync(FUNCTIONS_BUNDLE, started / 1000, started / 1000);
  return undefined;
}

/** The runtime's error codes (`CustomFunctions.ErrorCode`): each is the error's display text. */
const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class BundleError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FunctionsBundle {
  /** What the bundle registered with `CustomFunctions.associate`, by id. */
  readonly functions: ReadonlyMap<string, CustomFunction>;
  /**
   * Makes a value in the bundle's own context, as Excel's runtime deserialises the arguments it
   * hands a function (JSON in, the context's own arrays out).
   */
  readonly inContext: <T>(value: T) => T;
}

/** Evaluates the bundle in its own context and returns the functions it associated, by id. */
export function loadFunctionsBundle(file = FUNCTIONS_BUNDLE): FunctionsBundle {
  const associated = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate(id: string, fn: CustomFunction): void {
      associated.set(id, fn);
    },
    Error: BundleError,
    ErrorCode: ERROR_CODE,
  };
  // The add-in's own files (the solver's highs.wasm), as the runtime fetches them from the
  // add-in's origin: by file name, from the bundle's folder.
  const fetchOwn = (url: string): Promise<Response> =>
    Promise.resolve(
      new Response(
        readFileSync(path.join(path.dirname(file), path.basename(new URL(url).pathname)))
      )
    );
  // The timers and console every JavaScript runtime of Excel has (the solver reads its clock).
  const context = vm.createContext({ CustomFunctions, fetch: fetchOwn, performance, console });
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  const parse = vm.runInContext("JSON.parse", context) as (text: string) => unknown;
  return {
    functions: associated,
    inContext: <T>(value: T) => parse(JSON.stringify(value)) as T,
  };
}
