import {
  describeValue,
  errorClassOf,
  gridSize,
  historyValues,
  isBlank,
  observedValues,
  parameterEntries,
  readQuantity,
  type Outcome,
  type ParameterEntry,
  type Problem,
} from "../engine";
import type { Language } from "../i18n";

/**
 * The one place where custom-function arguments become engine input. Excel passes a range as a
 * matrix of cell values (a single cell as a 1 × 1 matrix) and a scalar parameter as the value
 * itself; the playground's formula engine does the same. Every reader returns the value or the
 * problems it found, each naming the argument and the position.
 */

export type Matrix = readonly (readonly unknown[])[];

/** Which way a series runs in the sheet, so the result can spill the same way. */
export type Orientation = "row" | "column" | "single";

export interface Series {
  /** The values in period order; length 1 for a single cell (repeated across periods later). */
  readonly values: Float64Array;
  readonly orientation: Orientation;
}

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };

/**
 * The readers run on every recalculation of every formula, in a script context of its own: in one
 * made by `node:vm` (the bench's), looking up a global (`Array`, `Number`) costs more than reading
 * a cell.
 * So the per-cell paths below name no global: `isArray` is taken once, and a finite number is one
 * that `x - x` leaves 0 (NaN and ±Infinity give NaN).
 */
const { isArray } = Array;
const Float64 = Float64Array;
const ArrayBufferOf = ArrayBuffer;
const DOUBLE_BYTES = Float64Array.BYTES_PER_ELEMENT;

/** Gives the Float64Array a reader fills; `numberArena` hands out views on one buffer. */
export type Allocate = (length: number) => Float64Array;

const allocateEach: Allocate = (length) => new Float64(length);

const ARENA_CELLS = 256;

/**
 * Hands out Float64Arrays as views on one shared buffer (a fresh one when it is used up), for the
 * readings of one call: a typed array of more than a few cells gets a backing store of its own,
 * which costs more than reading its cells.
 */
export function numberArena(): Allocate {
  let buffer = new ArrayBufferOf(0);
  let size = 0;
  let used = 0;
  return (length) => {
    const bytes = length * DOUBLE_BYTES;
    if (used + bytes > size) {
      size = bytes > ARENA_CELLS * DOUBLE_BYTES ? bytes : ARENA_CELLS * DOUBLE_BYTES;
      buffer = new ArrayBufferOf(size);
      used = 0;
    }
    const view = new Float64(buffer, used, length);
    used += bytes;
    return view;
  };
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problems: Problem[]): Read<T> => ({ ok: false, problems });

/** Treats a scalar as a 1 × 1 matrix, so every range argument has one shape. */
export function asMatrix(argument: unknown): Matrix {
  if (!isArray(argument)) return [[argument]];
  for (let i = 0; i < argument.length; i++) {
    if (!isArray(argument[i])) return [argument as unknown[]];
  }
  return argument as unknown[][];
}

/** Flattens one row or one column; a block of several rows and columns is a problem. */
function readLine(
  argument: string,
  raw: unknown
): Read<{ cells: unknown[]; orientation: Orientation }> {
  const matrix = asMatrix(raw);
  const { rows, columns } = gridSize(matrix);
  if (rows === 0 || columns === 0) return bad([{ kind: "empty", errorClass: "#VALUE!", argument }]);
  if (rows > 1 && columns > 1) {
    return bad([
      { kind: "notOneDimensional", errorClass: "#VALUE!", argument, found: `${rows} × ${columns}` },
    ]);
  }
  const cells = rows === 1 ? [...(matrix[0] ?? [])] : matrix.map((row) => row[0]);
  const orientation: Orientation = cells.length === 1 ? "single" : rows === 1 ? "row" : "column";
  return ok({ cells, orientation });
}

/**
 * Reads a row or column of quantities; blanks are 0. It runs on every recalculation of every
 * formula, so it reads the cells where they are (no flattened copy) and takes the common case, a
 * finite number, without a call; anything else goes through `readQuantity`.
 */
export function readSeries(
  argument: string,
  raw: unknown,
  allocate: Allocate = allocateEach
): Read<Series> {
  const matrix = asMatrix(raw);
  const rows = matrix.length;
  const first = matrix[0];
  const columns = first?.length ?? 0;
  if (rows === 0 || columns === 0) return bad([{ kind: "empty", errorClass: "#VALUE!", argument }]);
  if (rows > 1 && columns > 1) {
    return bad([
      { kind: "notOneDimensional", errorClass: "#VALUE!", argument, found: `${rows} × ${columns}` },
    ]);
  }
  const across = rows === 1;
  const length = across ? columns : rows;
  const values = allocate(length);
  let problems: Problem[] | undefined;
  for (let index = 0; index < length; index++) {
    const cell: unknown = across ? first?.[index] : matrix[index]?.[0];
    if (typeof cell === "number" && cell - cell === 0) {
      values[index] = cell;
      continue;
    }
    const reading = readQuantity(cell);
    if (typeof reading === "number") values[index] = reading;
    else (problems ??= []).push({ ...reading, argument, index });
  }
  if (problems) return bad(problems);
  const orientation: Orientation = length === 1 ? "single" : across ? "row" : "column";
  return ok({ values, orientation });
}

/** A line read by an engine reader of cells, keeping the way it runs. */
function readLineWith(
  argument: string,
  raw: unknown,
  read: (cells: unknown[], argument: string) => Outcome<Float64Array>
): Read<Series> {
  const line = readLine(argument, raw);
  if (!line.ok) return line;
  const outcome = read(line.value.cells, argument);
  return outcome.ok
    ? ok({ values: outcome.value, orientation: line.value.orientation })
    : bad([...outcome.problems]);
}

/** Reads past actuals: leading blanks skipped, later blanks 0, at least two values. */
export function readHistory(argument: string, raw: unknown): Read<Series> {
  return readLineWith(argument, raw, (cells, name) => {
    const history = historyValues(cells, name);
    return history.ok ? { ok: true, value: history.value.values } : history;
  });
}

/** Reads observations: a blank is "not given" (NaN). */
export function readObservations(argument: string, raw: unknown): Read<Series> {
  return readLineWith(argument, raw, observedValues);
}

/** Reads a code of `choices` (case-insensitive, trimmed); omitted or blank gives the default. */
export function readChoice(
  argument: string,
  raw: unknown,
  choices: readonly string[],
  fallback: string
): Read<string> {
  return readCode(raw, argument, fallback, (code) => (choices.includes(code) ? code : undefined), {
    expected: choices.join(", "),
    rule: "oneOf",
  });
}

/**
 * Reads a single cell holding a code, trimmed and lower-cased, as `lookup` knows it; omitted or
 * blank gives the default; anything else is a problem whose expectation is `expected`.
 */
function readCode<T>(
  raw: unknown,
  argument: string,
  fallback: T,
  lookup: (code: string) => T | undefined,
  expected: Pick<Problem, "expected" | "rule">
): Read<T> {
  if (omitted(raw)) return ok(fallback);
  const value = asMatrix(raw)[0]?.[0];
  const code = typeof value === "string" ? lookup(value.trim().toLowerCase()) : undefined;
  return code !== undefined
    ? ok(code)
    : bad([
        {
          kind: "invalidOption",
          errorClass: "#VALUE!",
          argument,
          found: describeValue(value),
          ...expected,
        },
      ]);
}

/** Reads an optional number without a default: undefined when omitted or blank. */
export function readMaybeNumber(argument: string, raw: unknown): Read<number | undefined> {
  return omitted(raw) ? ok(undefined) : readNumber(argument, raw);
}

/** Reads a row or column of labels (option names); numbers are accepted as names. */
export function readLabels(argument: string, raw: unknown): Read<string[]> {
  const line = readLine(argument, raw);
  if (!line.ok) return line;
  const problems: Problem[] = [];
  const labels = line.value.cells.map((cell, index) => {
    const error = errorClassOf(cell);
    if (error)
      problems.push({ kind: "errorValue", errorClass: error, argument, index, found: error });
    else if (isBlank(cell))
      problems.push({ kind: "empty", errorClass: "#VALUE!", argument, index });
    return typeof cell === "string" ? cell.trim() : String(cell);
  });
  return problems.length > 0 ? bad(problems) : ok(labels);
}

/**
 * Reads a block of parameter rows: a name and a value each (a blank value is "not given", a blank
 * row is skipped). The engine checks the names; here each cell is read and named by its row.
 */
export function readParameterRows(argument: string, raw: unknown): Read<ParameterEntry[]> {
  const matrix = asMatrix(raw);
  const { rows, columns } = gridSize(matrix);
  if (columns !== 2) {
    return bad([
      {
        kind: "invalidOption",
        errorClass: "#VALUE!",
        argument,
        found: `${rows} × ${columns}`,
        expected: "n × 2",
      },
    ]);
  }
  const read = parameterEntries(matrix, 1, argument);
  return read.ok ? ok(read.value) : bad([...read.problems]);
}

/** Reads one number from a single cell or value; a blank cell is 0. */
export function readNumber(argument: string, raw: unknown): Read<number> {
  if (!isArray(raw)) {
    // A scalar, as Excel passes a single-value parameter.
    const reading = readQuantity(raw);
    return typeof reading === "number" ? ok(reading) : bad([{ ...reading, argument }]);
  }
  const matrix = asMatrix(raw);
  const { rows, columns } = gridSize(matrix);
  if (rows * columns !== 1) {
    return bad([
      { kind: "notSingleValue", errorClass: "#VALUE!", argument, found: `${rows} × ${columns}` },
    ]);
  }
  const reading = readQuantity(matrix[0]?.[0]);
  return typeof reading === "number" ? ok(reading) : bad([{ ...reading, argument }]);
}

/** True when an optional argument was left out or given as one blank cell. */
function omitted(raw: unknown): boolean {
  if (!isArray(raw)) return isBlank(raw);
  const matrix = asMatrix(raw);
  return matrix.length === 1 && matrix[0]?.length === 1 && isBlank(matrix[0][0]);
}

/** Reads an optional number: omitted or blank gives the default. */
export function readOptionalNumber(argument: string, raw: unknown, fallback: number): Read<number> {
  return omitted(raw) ? ok(fallback) : readNumber(argument, raw);
}

const LANGUAGE_CODES: Readonly<Record<string, Language>> = {
  en: "en",
  "en-us": "en",
  english: "en",
  zh: "zh",
  "zh-cn": "zh",
  cn: "zh",
  中文: "zh",
};

/** Reads the language argument. The default is English for everyone, so shared workbooks agree. */
export function readLanguage(
  raw: unknown,
  argument = "language",
  fallback: Language = "en"
): Read<Language> {
  return readCode(raw, argument, fallback, (code) => LANGUAGE_CODES[code], {
    rule: "languageCode",
  });
}
