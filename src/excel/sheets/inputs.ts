import {
  emptyPlan,
  gridSize,
  isBlank,
  readQuantity,
  PLAN_SERIES,
  type Axis,
  type Grid,
  type GapOption,
  type MoneyInput,
  type PlanInput,
  type PlanSeries,
} from "../../engine";
import { cellAddress, rangeAddress } from "./addresses";
import type { SopName, WorkbookProblem } from "../../workbook";

/**
 * Turns the values of the contract's named ranges into an engine plan, checking everything first
 * and naming the range and the sheet cell of every problem. Pure: the Excel layer reads, this
 * decides.
 */

/** One named range as read from the workbook. */
export interface RangeRead {
  readonly sheet: string;
  /** 0-based position of the top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  /** Number formats, read for SOP_Periods so that dates become readable labels. */
  readonly numberFormat?: readonly (readonly unknown[])[];
}

export type RangeReads = Partial<Record<SopName, RangeRead>>;

/** A plan ready for the engine, with the labels the result tables show. */
export interface PlanData {
  readonly families: readonly string[];
  readonly periods: readonly string[];
  readonly input: PlanInput;
  /** Gap options from SOP_Options, when asked for. */
  readonly options?: readonly GapOption[];
  /** Prices, unit costs and the budget (SOP_Price, SOP_UnitCost, SOP_Budget), when defined. */
  readonly money?: MoneyInput;
  /** The number format of SOP_Price's first cell, when the planner gave it one (not General). */
  readonly moneyFormat?: string;
}

export type Interpretation =
  | { readonly ok: true; readonly plan: PlanData }
  | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

/** The named range of each plan series. */
export const SERIES_NAMES: Readonly<Record<PlanSeries, SopName>> = {
  forecast: "SOP_Forecast",
  orders: "SOP_Orders",
  production: "SOP_Production",
  capacity: "SOP_Capacity",
  safetyStock: "SOP_SafetyStock",
};

/** A grid's size as problems give it: `2 × 6`. */
export function shapeText(values: Grid): string {
  const { rows, columns } = gridSize(values);
  return `${rows} × ${columns}`;
}
const rowsOf = (read: RangeRead): number => gridSize(read.values).rows;
const columnsOf = (read: RangeRead): number => gridSize(read.values).columns;

/** The cells of a one-row or one-column range, in order, with their addresses. */
export function lineCells(
  read: RangeRead
): { value: unknown; format: unknown; address: string }[] | undefined {
  const rows = rowsOf(read);
  const columns = columnsOf(read);
  if (rows !== 1 && columns !== 1) return undefined;
  const count = rows === 1 ? columns : rows;
  return Array.from({ length: count }, (_, i) => {
    const [r, c] = rows === 1 ? [0, i] : [i, 0];
    return {
      value: read.values[r]?.[c],
      format: read.numberFormat?.[r]?.[c],
      address: cellAddress(read.sheet, read.row + r, read.column + c),
    };
  });
}

/** Whether a period cell holds a real date (an Excel serial formatted as a date). */
export function isDateCell(value: unknown, format: unknown): boolean {
  return (
    typeof value === "number" &&
    typeof format === "string" &&
    /[ymd]/i.test(format) &&
    !/general/i.test(format)
  );
}

/** An Excel date serial shown as the planner sees it, when the cell is formatted as a date. */
export function periodLabel(value: unknown, format: unknown): string {
  if (typeof value === "number" && typeof format === "string" && isDateCell(value, format)) {
    const date = new Date(Math.round((value - 25569) * 86_400_000));
    const iso = date.toISOString();
    return /d/i.test(format) ? iso.slice(0, 10) : iso.slice(0, 7);
  }
  return typeof value === "string" ? value.trim() : String(value);
}

export function interpretInputs(
  reads: RangeReads,
  options: { readonly withOptions: boolean }
): Interpretation {
  const problems: WorkbookProblem[] = [];
  const required: SopName[] = [
    "SOP_Periods",
    "SOP_Forecast",
    "SOP_Production",
    "SOP_Capacity",
    "SOP_SafetyStock",
    "SOP_OpeningStock",
  ];
  if (options.withOptions) required.push("SOP_Options");
  for (const name of required)
    if (!reads[name]) problems.push({ kind: "missingName", range: name });
  const periodsRead = reads.SOP_Periods;
  const forecastRead = reads.SOP_Forecast;
  if (!periodsRead || !forecastRead) return { ok: false, problems };

  // Periods fix N and the axis; the forecast fixes F.
  const periodCells = lineCells(periodsRead);
  if (!periodCells) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_Periods",
      found: shapeText(periodsRead.values),
      rule: "oneDimensional",
    });
    return { ok: false, problems };
  }
  const periodCount = periodCells.length;
  const axis = periodAxis(periodsRead, forecastRead);
  const familyCount = axis === "columns" ? rowsOf(forecastRead) : columnsOf(forecastRead);
  const fullShape =
    axis === "columns" ? `${familyCount} × ${periodCount}` : `${periodCount} × ${familyCount}`;

  const periods = periodCells.map((cell) => periodLabel(cell.value, cell.format));
  checkLabels(periodCells, periods, "SOP_Periods", "blankPeriod", "duplicatePeriod", problems);

  const plan = emptyPlan(Math.max(familyCount, 1), periodCount);
  for (const series of PLAN_SERIES) {
    const name = SERIES_NAMES[series];
    const read = reads[name];
    if (!read) continue; // SOP_Orders is optional: zeros.
    const perFamilyAllowed = series === "capacity" || series === "safetyStock";
    readSeries(
      read,
      name,
      axis,
      familyCount,
      periodCount,
      perFamilyAllowed,
      fullShape,
      plan[series],
      problems
    );
  }
  const openingRead = reads.SOP_OpeningStock;
  if (openingRead) readOpeningStock(openingRead, familyCount, plan.openingStock, problems);

  const families = readFamilies(reads.SOP_Families, familyCount, problems);
  const gapOptions =
    options.withOptions && reads.SOP_Options ? readOptions(reads.SOP_Options, problems) : undefined;
  const money = readMoney(reads, axis, familyCount, periodCount, fullShape, problems);
  const moneyFormat = money ? plannersFormat(reads.SOP_Price) : undefined;
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      families,
      periods,
      input: plan,
      ...(gapOptions ? { options: gapOptions } : {}),
      ...(money ? { money } : {}),
      ...(moneyFormat ? { moneyFormat } : {}),
    },
  };
}

/**
 * SOP_Price and SOP_UnitCost (each shaped as SOP_Capacity: one cell, one per family, or the full
 * plan; both or neither) and SOP_Budget, a revenue target: the full plan's shape is per family,
 * one cell per period (or a single cell, every period) is for all families together.
 */
function readMoney(
  reads: RangeReads,
  axis: Axis,
  families: number,
  periods: number,
  fullShape: string,
  problems: WorkbookProblem[]
): MoneyInput | undefined {
  const { SOP_Price: priceRead, SOP_UnitCost: costRead, SOP_Budget: budgetRead } = reads;
  if (!priceRead && !costRead) {
    if (budgetRead) problems.push({ kind: "missingName", range: "SOP_Price" });
    return undefined;
  }
  if (!priceRead || !costRead) {
    problems.push({ kind: "missingName", range: priceRead ? "SOP_UnitCost" : "SOP_Price" });
    return undefined;
  }
  const price = new Float64Array(families * periods);
  const unitCost = new Float64Array(families * periods);
  readSeries(priceRead, "SOP_Price", axis, families, periods, true, fullShape, price, problems);
  readSeries(
    costRead,
    "SOP_UnitCost",
    axis,
    families,
    periods,
    true,
    fullShape,
    unitCost,
    problems
  );
  if (!budgetRead) return { price, unitCost };
  const budget = readBudget(budgetRead, axis, families, periods, fullShape, problems);
  return budget ? { price, unitCost, budget } : { price, unitCost };
}

/** A cell's number format when the planner chose one: not General, not text. */
function plannersFormat(read: RangeRead | undefined): string | undefined {
  const format = read?.numberFormat?.[0]?.[0];
  if (typeof format !== "string" || format === "" || format === "@") return undefined;
  return /^general$/i.test(format) ? undefined : format;
}

function readBudget(
  read: RangeRead,
  axis: Axis,
  families: number,
  periods: number,
  fullShape: string,
  problems: WorkbookProblem[]
): MoneyInput["budget"] {
  const rows = rowsOf(read);
  const columns = columnsOf(read);
  if (isFullShape(read, axis, families, periods) && families > 1) {
    const values = new Float64Array(families * periods);
    readSeries(read, "SOP_Budget", axis, families, periods, false, fullShape, values, problems);
    return { per: "family", values };
  }
  const cells = lineCells(read);
  if (!cells || (cells.length !== periods && cells.length !== 1)) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_Budget",
      cell: rangeAddress(read.sheet, read.row, read.column, rows, columns),
      found: `${rows} × ${columns}`,
      expected: fullShape,
      rule: "budgetShape",
    });
    return undefined;
  }
  const targets = cells.map((cell) =>
    quantityAt(cell.value, "SOP_Budget", cell.address, false, problems)
  );
  const values = Float64Array.from({ length: periods }, (_, t) =>
    targets.length === 1 ? (targets[0] ?? 0) : (targets[t] ?? 0)
  );
  return { per: "total", values };
}

export function checkLabels(
  cells: readonly { address: string }[],
  labels: readonly string[],
  range: SopName,
  blankKind: "blankPeriod" | "blankFamily",
  duplicateKind: "duplicatePeriod" | "duplicateFamily",
  problems: WorkbookProblem[]
): void {
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    const cell = cells[i]?.address;
    if (label === "") problems.push({ kind: blankKind, range, ...(cell ? { cell } : {}) });
    else if (seen.has(label))
      problems.push({ kind: duplicateKind, range, found: label, ...(cell ? { cell } : {}) });
    seen.add(label);
  });
}

/** Reads one quantity, reporting text, errors and (unless allowed) negatives at their cell. */
function quantityAt(
  value: unknown,
  range: SopName,
  cell: string,
  allowNegative: boolean,
  problems: WorkbookProblem[]
): number {
  const reading = readQuantity(value);
  if (typeof reading !== "number") {
    problems.push({
      kind: reading.kind,
      range,
      cell,
      errorClass: reading.errorClass,
      ...(reading.found ? { found: reading.found } : {}),
    });
    return 0;
  }
  if (reading < 0 && !allowNegative)
    problems.push({ kind: "negative", range, cell, found: String(reading) });
  return reading;
}

/** Whether a range holds the whole plan: F × N with periods along the plan's axis. */
function isFullShape(read: RangeRead, axis: Axis, families: number, periods: number): boolean {
  const rows = rowsOf(read);
  const columns = columnsOf(read);
  return axis === "columns"
    ? rows === families && columns === periods
    : rows === periods && columns === families;
}

function readSeries(
  read: RangeRead,
  name: SopName,
  axis: Axis,
  families: number,
  periods: number,
  perFamilyAllowed: boolean,
  fullShape: string,
  target: Float64Array,
  problems: WorkbookProblem[]
): void {
  const rows = rowsOf(read);
  const columns = columnsOf(read);
  const full = isFullShape(read, axis, families, periods);
  const single = rows === 1 && columns === 1;
  const perFamily =
    perFamilyAllowed &&
    families > 1 &&
    (rows === 1 || columns === 1) &&
    rows * columns === families;
  if (!full && !single && !perFamily) {
    problems.push({
      kind: "shapeMismatch",
      range: name,
      cell: rangeAddress(read.sheet, read.row, read.column, rows, columns),
      found: `${rows} × ${columns}`,
      expected: fullShape,
      ...(perFamilyAllowed ? { rule: "shapeOrPerFamily" } : {}),
    });
    return;
  }
  // A shared cell (one for all, one per family) is read once, so its problem is reported once.
  const readCells = new Map<number, number>();
  for (let family = 0; family < families; family++) {
    for (let period = 0; period < periods; period++) {
      // Where this family × period lives in the range.
      const [r, c] = single
        ? [0, 0]
        : perFamily
          ? rows === 1
            ? [0, family]
            : [family, 0]
          : axis === "columns"
            ? [family, period]
            : [period, family];
      const key = r * columns + c;
      let value = readCells.get(key);
      if (value === undefined) {
        value = quantityAt(
          read.values[r]?.[c],
          name,
          cellAddress(read.sheet, read.row + r, read.column + c),
          false,
          problems
        );
        readCells.set(key, value);
      }
      target[family * periods + period] = value;
    }
  }
}

function readOpeningStock(
  read: RangeRead,
  families: number,
  target: Float64Array,
  problems: WorkbookProblem[]
): void {
  const values = readStockPerFamily(read, "SOP_OpeningStock", families, problems);
  if (values) target.set(values);
}

/**
 * A stock given as one cell for all families or one cell per family (SOP_OpeningStock,
 * SOP_ActualClosing), one value per family; negative is backlog, allowed.
 */
export function readStockPerFamily(
  read: RangeRead,
  name: SopName,
  families: number,
  problems: WorkbookProblem[]
): Float64Array | undefined {
  const cells = lineCells(read);
  if (!cells || (cells.length !== 1 && cells.length !== families)) {
    problems.push({
      kind: "shapeMismatch",
      range: name,
      found: shapeText(read.values),
      ...(families > 1
        ? { rule: "singleOrPerFamily", expected: String(families) }
        : { rule: "singleCell" }),
    });
    return undefined;
  }
  const values = cells.map((cell) => quantityAt(cell.value, name, cell.address, true, problems));
  const stock = new Float64Array(families);
  for (let family = 0; family < families; family++)
    stock[family] = values.length === 1 ? (values[0] ?? 0) : (values[family] ?? 0);
  return stock;
}

/**
 * Which way periods run in the workbook's ranges: across columns (the usual S&OP layout) or down
 * rows. A single period takes the forecast's shape to tell.
 */
export function periodAxis(periods: RangeRead, forecast: RangeRead): Axis {
  const count = Math.max(rowsOf(periods), columnsOf(periods));
  if (count === 1) return columnsOf(forecast) === 1 ? "columns" : "rows";
  return rowsOf(periods) === 1 ? "columns" : "rows";
}

function readFamilies(
  read: RangeRead | undefined,
  families: number,
  problems: WorkbookProblem[]
): string[] {
  if (!read) {
    if (families > 1) problems.push({ kind: "missingName", range: "SOP_Families" });
    return families > 1 ? [] : [""];
  }
  const cells = lineCells(read);
  if (!cells) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_Families",
      found: shapeText(read.values),
      expected: String(families),
      rule: "cellsInLine",
    });
    return [];
  }
  if (cells.length !== families) {
    problems.push({
      kind: "familyCountMismatch",
      range: "SOP_Families",
      found: String(cells.length),
      expected: String(families),
    });
    return [];
  }
  const names = cells.map((cell) => (isBlank(cell.value) ? "" : String(cell.value).trim()));
  checkLabels(cells, names, "SOP_Families", "blankFamily", "duplicateFamily", problems);
  return names;
}

function readOptions(read: RangeRead, problems: WorkbookProblem[]): GapOption[] {
  const columns = columnsOf(read);
  if (columns !== 2 && columns !== 3) {
    problems.push({
      kind: "shapeMismatch",
      range: "SOP_Options",
      found: shapeText(read.values),
      rule: "optionRows",
    });
    return [];
  }
  const options: GapOption[] = [];
  read.values.forEach((row, r) => {
    // Planners leave spare blank rows at the end of an options list.
    if (row.every((value) => isBlank(value))) return;
    const at = (c: number): string => cellAddress(read.sheet, read.row + r, read.column + c);
    const name = isBlank(row[0]) ? "" : String(row[0]).trim();
    if (name === "") problems.push({ kind: "empty", range: "SOP_Options", cell: at(0) });
    const capacity = quantityAt(row[1], "SOP_Options", at(1), false, problems);
    if (columns === 2) {
      options.push({ name, capacity });
      return;
    }
    // A blank cost would make the option free and the cheapest: it must be given.
    if (isBlank(row[2])) problems.push({ kind: "empty", range: "SOP_Options", cell: at(2) });
    options.push({
      name,
      capacity,
      unitCost: quantityAt(row[2], "SOP_Options", at(2), false, problems),
    });
  });
  return options;
}
