import {
  ADJUSTMENT_MODES,
  ADJUSTMENT_TARGETS,
  DEFAULT_DAYS_PER_PERIOD,
  planMoney,
  stockDaysOf,
  type PlanBalance,
} from "../../engine";
import type { PlanData, RangeRead, RangeReads } from "./inputs";
import { utf8Bytes } from "./payload";
import {
  SOP_NAMES,
  type SopName,
  type VersionApproval,
  type VersionInfo,
  type WhatIfAdjustment,
} from "../../workbook";

/**
 * How plan versions are stored in the workbook, without Excel: a very hidden sheet the add-in
 * owns, one row per version. Cells of a sheet survive Excel, the playground and the .xlsx round
 * trip (custom XML parts do not survive the playground's save), and a row can be read or written
 * in one request.
 *
 * Row 1 says what the sheet is. Rows 2 … 1 + MAX_VERSIONS hold one version each (a deleted
 * version leaves its row blank for the next one):
 *
 *   A–I   the index: id, name, saved at, note, families, periods, first period, last period,
 *         adjustments (JSON) — what the list shows, read without the data
 *   J     the lengths of the two zones, `results/inputs` in cells
 *   K…    the results zone: the computed results as JSON, cut into cells of CHUNK_CHARS
 *   …     the inputs zone, ZONE_CELLS further on: every contract range's cells as read
 *   last  the approval, when the version is the cycle's approved plan (Approve plan): JSON of
 *         who, when and how many periods were frozen; blank otherwise (and in stores written
 *         before approvals, which read the same)
 *
 * Comparing reads only the results zones and restoring only the inputs zone, so two versions of
 * 1,000 families × 36 periods fit in one Excel response.
 */

export const MAX_VERSIONS = 48;
/** Under Excel's 32,767 characters per cell. */
export const CHUNK_CHARS = 30_000;
/** Cells per zone: 160 × 30,000 characters, more than a version may hold. */
export const ZONE_CELLS = 160;
/** One version is written in one request: its UTF-8 bytes stay under this (Excel on the web takes 5 MB). */
export const MAX_VERSION_BYTES = 4.5 * 1024 * 1024;

export const STORE_TITLE = "S&OP add-in: saved plan versions. Managed by the add-in; do not edit.";
export const STORE_FORMAT = 1;

const INDEX_CELLS = 9;
const LENGTHS_COLUMN = INDEX_CELLS;
export const RESULTS_COLUMN = INDEX_CELLS + 1;
export const INPUTS_COLUMN = RESULTS_COLUMN + ZONE_CELLS;
export const APPROVAL_COLUMN = INPUTS_COLUMN + ZONE_CELLS;
export const STORE_WIDTH = APPROVAL_COLUMN + 1;

/** The store rows (0-based sheet rows) a version may occupy. */
export const FIRST_VERSION_ROW = 1;
export const LAST_VERSION_ROW = MAX_VERSIONS;

/** The results of a version, family-major (family × periods + period). */
export interface VersionResults {
  readonly families: readonly string[];
  readonly periods: readonly string[];
  readonly effectiveDemand: readonly number[];
  readonly production: readonly number[];
  readonly closingStock: readonly number[];
  /** Not stored: the engine's formula gives it back from closing stock and demand, exactly. */
  readonly stockDays: readonly number[];
  readonly status: readonly number[];
  /**
   * The forecast it was planned with (SOP_Forecast) and the statistical forecast of the demand
   * review made for its periods, for the accuracy loop; absent in versions saved before them.
   */
  readonly forecast?: readonly number[];
  readonly statistical?: readonly number[];
  /** The plan in money, when it had prices (SOP_Price, SOP_UnitCost): for Compare's money view. */
  readonly revenue?: readonly number[];
  readonly margin?: readonly number[];
  readonly stockValue?: readonly number[];
}

/** The contract ranges as they were read when the version was saved. */
export type VersionInputs = RangeReads;

export interface IndexedVersion {
  readonly info: VersionInfo;
  /** 0-based sheet row on the store. */
  readonly row: number;
  readonly resultCells: number;
  readonly inputCells: number;
}

export interface StoreIndex {
  readonly versions: readonly IndexedVersion[];
  /** Rows whose index cannot be read (edited by hand): left alone, never reused. */
  readonly damagedRows: readonly number[];
  /** The first row free for a new version, if any. */
  readonly freeRow?: number;
}

/** `r5-m3x9k2`: the row makes a version readable in the same request as the index. */
export function versionId(row: number, savedAt: Date): string {
  return `r${String(row)}-${savedAt.getTime().toString(36)}`;
}

export function rowOfVersionId(id: string): number | undefined {
  const match = /^r(\d+)-[0-9a-z]+$/.exec(id);
  if (!match) return undefined;
  const row = Number(match[1]);
  return row >= FIRST_VERSION_ROW && row <= LAST_VERSION_ROW ? row : undefined;
}

export function resultsOf(
  plan: PlanData,
  balance: PlanBalance,
  statistical?: readonly number[]
): VersionResults {
  return {
    families: plan.families,
    periods: plan.periods,
    effectiveDemand: Array.from(balance.effectiveDemand),
    production: Array.from(plan.input.production),
    closingStock: Array.from(balance.closingStock),
    stockDays: Array.from(balance.stockDays),
    status: Array.from(balance.status),
    forecast: Array.from(plan.input.forecast),
    ...(statistical ? { statistical: [...statistical] } : {}),
    ...moneyResults(plan, balance),
  };
}

/** Revenue, margin and closing stock value per cell, when the plan has prices. */
function moneyResults(
  plan: PlanData,
  balance: PlanBalance
): Pick<VersionResults, "revenue" | "margin" | "stockValue"> {
  if (!plan.money) return {};
  const money = planMoney(balance, plan.money);
  // To the cent: money is shown no finer, and the stored text stays short.
  const cents = (values: Float64Array): number[] =>
    Array.from(values, (value) => Math.round(value * 100) / 100);
  return {
    revenue: cents(money.revenue),
    margin: cents(money.margin),
    stockValue: cents(money.stockValue),
  };
}

/** Cuts text into cells of CHUNK_CHARS. */
export function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK_CHARS) {
    chunks.push(text.slice(at, at + CHUNK_CHARS));
  }
  return chunks;
}

export type EncodedRow =
  | { readonly ok: true; readonly cells: readonly (string | number)[]; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number };

/** The store row of a version: index, lengths, results zone, inputs zone. */
export function encodeVersionRow(
  info: VersionInfo,
  results: VersionResults,
  inputs: VersionInputs
): EncodedRow {
  const { stockDays: _derived, ...stored } = results;
  const resultText = JSON.stringify(stored);
  const inputText = JSON.stringify(inputs);
  const bytes = utf8Bytes(resultText) + utf8Bytes(inputText);
  const resultChunks = chunkText(resultText);
  const inputChunks = chunkText(inputText);
  if (
    bytes > MAX_VERSION_BYTES ||
    resultChunks.length > ZONE_CELLS ||
    inputChunks.length > ZONE_CELLS
  ) {
    return { ok: false, bytes };
  }
  const cells: (string | number)[] = new Array<string | number>(STORE_WIDTH).fill("");
  indexCells(info).forEach((value, i) => (cells[i] = value));
  cells[LENGTHS_COLUMN] = `${String(resultChunks.length)}/${String(inputChunks.length)}`;
  resultChunks.forEach((chunk, i) => (cells[RESULTS_COLUMN + i] = chunk));
  inputChunks.forEach((chunk, i) => (cells[INPUTS_COLUMN + i] = chunk));
  if (info.approval) cells[APPROVAL_COLUMN] = JSON.stringify(info.approval);
  return { ok: true, cells, bytes };
}

/** The index part of a row (columns A–I). */
export function indexCells(info: VersionInfo): (string | number)[] {
  return [
    info.id,
    info.name,
    info.savedAt,
    info.note,
    info.families,
    info.periods,
    info.firstPeriod,
    info.lastPeriod,
    info.adjustments.length === 0 ? "" : JSON.stringify(info.adjustments),
  ];
}

export const NAME_COLUMN = 1;

/**
 * Reads the index block (rows 2 … 1 + MAX_VERSIONS, columns A–J) and, when read with it, the
 * approval column of the same rows.
 */
export function decodeIndex(
  values: readonly (readonly unknown[])[],
  approvals: readonly (readonly unknown[])[] = []
): StoreIndex {
  const versions: IndexedVersion[] = [];
  const damagedRows: number[] = [];
  let freeRow: number | undefined;
  values.forEach((cells, i) => {
    const row = FIRST_VERSION_ROW + i;
    if (row > LAST_VERSION_ROW) return;
    if (cells.every((cell) => cell === "" || cell === null || cell === undefined)) {
      freeRow ??= row;
      return;
    }
    const version = decodeIndexRow(cells, row);
    const approval = version ? parseApproval(approvals[i]?.[0]) : undefined;
    if (version)
      versions.push(approval ? { ...version, info: { ...version.info, approval } } : version);
    else damagedRows.push(row);
  });
  versions.sort((a, b) => a.info.savedAt.localeCompare(b.info.savedAt) || a.row - b.row);
  return { versions, damagedRows, ...(freeRow !== undefined ? { freeRow } : {}) };
}

function decodeIndexRow(cells: readonly unknown[], row: number): IndexedVersion | undefined {
  const [id, name, savedAt, note, families, periods, first, last, adjustments] = cells;
  const lengths = /^(\d+)\/(\d+)$/.exec(String(cells[LENGTHS_COLUMN]));
  // Counts are stored as text (the row is text-formatted); a number is read the same.
  const familyCount = Number(families);
  const periodCount = Number(periods);
  if (
    typeof id !== "string" ||
    rowOfVersionId(id) !== row ||
    typeof savedAt !== "string" ||
    !Number.isInteger(familyCount) ||
    !Number.isInteger(periodCount) ||
    !lengths
  ) {
    return undefined;
  }
  const parsed = parseAdjustments(adjustments);
  if (!parsed) return undefined;
  return {
    info: {
      id,
      name: textOf(name),
      savedAt,
      note: textOf(note),
      families: familyCount,
      periods: periodCount,
      firstPeriod: textOf(first),
      lastPeriod: textOf(last),
      adjustments: parsed,
    },
    row,
    resultCells: Number(lengths[1]),
    inputCells: Number(lengths[2]),
  };
}

/** An approval cell: who, when, frozen periods; anything else (blank, edited) is no approval. */
function parseApproval(cell: unknown): VersionApproval | undefined {
  if (typeof cell !== "string" || cell === "") return undefined;
  try {
    const parsed = JSON.parse(cell) as Partial<Record<keyof VersionApproval, unknown>>;
    const { by, at, frozenPeriods } = parsed;
    if (typeof by !== "string" || typeof at !== "string") return undefined;
    if (typeof frozenPeriods !== "number" || !Number.isInteger(frozenPeriods)) return undefined;
    return { by, at, frozenPeriods };
  } catch {
    return undefined;
  }
}

/** A cell's value as text: blank is "", numbers and booleans as Excel shows them. */
function textOf(cell: unknown): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

function parseAdjustments(cell: unknown): WhatIfAdjustment[] | undefined {
  if (cell === "" || cell === undefined || cell === null) return [];
  if (typeof cell !== "string") return undefined;
  const value = parseJson(cell);
  if (!Array.isArray(value)) return undefined;
  const adjustments: WhatIfAdjustment[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== "object" || item === null) return undefined;
    const candidate = item as Record<string, unknown>;
    const { target, mode, amount, families, fromPeriod, toPeriod } = candidate;
    if (
      !ADJUSTMENT_TARGETS.some((known) => known === target) ||
      !ADJUSTMENT_MODES.some((known) => known === mode) ||
      typeof amount !== "number" ||
      !Array.isArray(families) ||
      !families.every((family) => typeof family === "string") ||
      typeof fromPeriod !== "string" ||
      typeof toPeriod !== "string"
    ) {
      return undefined;
    }
    adjustments.push({
      target: target as WhatIfAdjustment["target"],
      mode: mode as WhatIfAdjustment["mode"],
      amount,
      families,
      fromPeriod,
      toPeriod,
    });
  }
  return adjustments;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function joinZone(cells: readonly unknown[], count: number): string | undefined {
  if (cells.length < count) return undefined;
  const parts = cells.slice(0, count);
  return parts.every((part) => typeof part === "string") ? parts.join("") : undefined;
}

const isNumbers = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) &&
  value.length === length &&
  value.every((item) => typeof item === "number");

const isTexts = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** The results zone's cells (from column RESULTS_COLUMN) back into results; undefined if damaged. */
export function decodeResults(
  cells: readonly unknown[],
  version: IndexedVersion
): VersionResults | undefined {
  const text = joinZone(cells, version.resultCells);
  const value = text === undefined ? undefined : parseJson(text);
  if (typeof value !== "object" || value === null) return undefined;
  const { families, periods, effectiveDemand, production, closingStock, status } = value as Record<
    string,
    unknown
  >;
  const { forecast, statistical, revenue, margin, stockValue } = value as Record<string, unknown>;
  if (!isTexts(families) || !isTexts(periods)) return undefined;
  const cellsCount = families.length * periods.length;
  if (
    families.length !== version.info.families ||
    periods.length !== version.info.periods ||
    !isNumbers(effectiveDemand, cellsCount) ||
    !isNumbers(production, cellsCount) ||
    !isNumbers(closingStock, cellsCount) ||
    !isNumbers(status, cellsCount)
  ) {
    return undefined;
  }
  // The plans the taskpane runs use the default days per period.
  const stockDays = closingStock.map((closing, cell) =>
    stockDaysOf(closing, effectiveDemand[cell] ?? 0, DEFAULT_DAYS_PER_PERIOD)
  );
  return {
    families,
    periods,
    effectiveDemand,
    production,
    closingStock,
    stockDays,
    status,
    ...(isNumbers(forecast, cellsCount) ? { forecast } : {}),
    ...(isNumbers(statistical, cellsCount) ? { statistical } : {}),
    // All three or none: a version in money.
    ...(isNumbers(revenue, cellsCount) &&
    isNumbers(margin, cellsCount) &&
    isNumbers(stockValue, cellsCount)
      ? { revenue, margin, stockValue }
      : {}),
  };
}

/** The inputs zone's cells (from column INPUTS_COLUMN) back into the ranges; undefined if damaged. */
export function decodeInputs(
  cells: readonly unknown[],
  version: IndexedVersion
): VersionInputs | undefined {
  const text = joinZone(cells, version.inputCells);
  const value = text === undefined ? undefined : parseJson(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const inputs: Partial<Record<SopName, RangeRead>> = {};
  for (const [name, read] of Object.entries(value as Record<string, unknown>)) {
    const known = SOP_NAMES.find((candidate) => candidate === name);
    if (!known || !isRangeRead(read)) return undefined;
    inputs[known] = read;
  }
  return inputs;
}

function isGrid(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row));
}

function isRangeRead(value: unknown): value is RangeRead {
  if (typeof value !== "object" || value === null) return false;
  const { sheet, row, column, values, numberFormat } = value as Record<string, unknown>;
  return (
    typeof sheet === "string" &&
    typeof row === "number" &&
    typeof column === "number" &&
    isGrid(values) &&
    (numberFormat === undefined || isGrid(numberFormat))
  );
}
