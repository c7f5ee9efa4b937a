import {
  DEFAULT_DAYS_PER_PERIOD,
  DEFAULT_EXCESS_MULTIPLE,
  MAX_PLAN_CELLS,
  PLAN_SERIES,
  Status,
  type BalanceOptions,
  type PlanBalance,
  type PlanInput,
} from "./plan";
import { failure, success, type Outcome, type Problem } from "./problems";

/**
 * Globals taken once: the custom functions run this for every formula, in a script context of
 * their own, where (in `node:vm`'s, the bench's) looking a global up costs more than a period.
 */
const Float64 = Float64Array;
const Bytes = Uint8Array;
const ArrayBufferOf = ArrayBuffer;
const { isFinite: isFiniteNumber, isInteger } = Number;
const DOUBLE_BYTES = Float64Array.BYTES_PER_ELEMENT;

/** Argument names as planners type them in `SOP.BALANCE`, used in problems. */
const ARGUMENT_OF = {
  forecast: "forecast",
  orders: "orders",
  production: "production",
  capacity: "capacity",
  safetyStock: "safety_stock",
} as const;

/**
 * Rolling supply/demand balance of every family over every period (seed 001 `rolling_plan`, made
 * exact in CONTRACT.md). Each period's opening stock is the previous period's closing stock.
 */
export function balancePlan(input: PlanInput, options: BalanceOptions = {}): Outcome<PlanBalance> {
  const { families, periods } = input;
  const excessMultiple = options.excessMultiple ?? DEFAULT_EXCESS_MULTIPLE;
  const daysPerPeriod = options.daysPerPeriod ?? DEFAULT_DAYS_PER_PERIOD;

  const shapeProblems = checkShape(input, excessMultiple, daysPerPeriod);
  if (shapeProblems.length > 0) return failure(shapeProblems);

  const { forecast, orders, production, capacity, safetyStock, openingStock } = input;
  const cells = families * periods;
  // One allocation for the seven series: a typed array of more than a few cells gets its own
  // backing store, which costs more than balancing a whole 36-period family.
  const buffer = new ArrayBufferOf(cells * (6 * DOUBLE_BYTES + 1));
  const series = (index: number) => new Float64(buffer, index * cells * DOUBLE_BYTES, cells);
  const effectiveDemand = series(0);
  const opening = series(1);
  const closing = series(2);
  const stockDays = series(3);
  const utilization = series(4);
  const rollingGap = series(5);
  const status = new Bytes(buffer, 6 * cells * DOUBLE_BYTES, cells);
  const zeroCapacity: { family: number; period: number }[] = [];
  let invalid = false;

  for (let family = 0; family < families; family++) {
    let stock = openingStock[family] as number;
    if (!isFiniteNumber(stock)) invalid = true;
    // The stock after closing every earlier gap, for the rolling gap.
    let coveredStock = stock;
    const end = (family + 1) * periods;
    for (let cell = family * periods; cell < end; cell++) {
      const f = forecast[cell] as number;
      const o = orders[cell] as number;
      const p = production[cell] as number;
      const c = capacity[cell] as number;
      const s = safetyStock[cell] as number;
      // One comparison each catches negatives and NaN; the slow path below says which.
      if (!(f >= 0 && o >= 0 && p >= 0 && c >= 0 && s >= 0)) invalid = true;

      const demand = f > o ? f : o;
      const close = stock + p - demand;
      effectiveDemand[cell] = demand;
      opening[cell] = stock;
      closing[cell] = close;
      stockDays[cell] = stockDaysOf(close, demand, daysPerPeriod);
      if (c === 0) {
        utilization[cell] = NaN;
        zeroCapacity.push({ family, period: cell - family * periods });
      } else {
        utilization[cell] = p / c;
      }
      status[cell] =
        close < s ? Status.Shortage : close > excessMultiple * s ? Status.Excess : Status.Balanced;

      const covered = coveredStock + p - demand;
      const gap = s > covered ? s - covered : 0;
      rollingGap[cell] = gap;
      coveredStock = covered + gap;
      stock = close;
    }
  }

  if (invalid) return failure(findValueProblems(input));
  return success({
    families,
    periods,
    effectiveDemand,
    openingStock: opening,
    closingStock: closing,
    stockDays,
    utilization,
    status,
    rollingGap,
    zeroCapacity,
  });
}

function checkShape(input: PlanInput, excessMultiple: number, daysPerPeriod: number): Problem[] {
  const problems: Problem[] = [];
  const { families, periods } = input;
  if (!isInteger(families) || families < 1 || !isInteger(periods) || periods < 1) {
    problems.push({
      kind: "empty",
      errorClass: "#VALUE!",
      argument: "plan",
      found: `${families} × ${periods}`,
      rule: "atLeastOneCell",
    });
    return problems;
  }
  if (families * periods > MAX_PLAN_CELLS) {
    problems.push({
      kind: "tooLarge",
      errorClass: "#NUM!",
      argument: "plan",
      found: String(families * periods),
      expected: String(MAX_PLAN_CELLS),
    });
    return problems;
  }
  const cells = families * periods;
  for (const series of PLAN_SERIES) {
    const length = input[series].length;
    if (length !== cells) {
      problems.push({
        kind: "lengthMismatch",
        errorClass: "#N/A",
        argument: ARGUMENT_OF[series],
        found: String(length),
        expected: String(cells),
      });
    }
  }
  if (input.openingStock.length !== families) {
    problems.push({
      kind: "lengthMismatch",
      errorClass: "#N/A",
      argument: "opening_stock",
      found: String(input.openingStock.length),
      expected: String(families),
    });
  }
  if (!(excessMultiple >= 1) || !isFiniteNumber(excessMultiple)) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#VALUE!",
      argument: "excess_multiple",
      found: String(excessMultiple),
      expected: "≥ 1",
    });
  }
  if (!(daysPerPeriod > 0) || !isFiniteNumber(daysPerPeriod)) {
    problems.push({
      kind: "invalidOption",
      errorClass: "#VALUE!",
      argument: "days_per_period",
      found: String(daysPerPeriod),
      expected: "> 0",
    });
  }
  return problems;
}

/** The slow path, run only when the hot loop saw a bad value: lists every bad cell. */
function findValueProblems(input: PlanInput): Problem[] {
  const problems: Problem[] = [];
  const { families, periods } = input;
  for (let family = 0; family < families; family++) {
    const stock = input.openingStock[family] as number;
    if (!isFiniteNumber(stock)) {
      problems.push({
        kind: "notANumber",
        errorClass: "#NUM!",
        argument: "opening_stock",
        family,
        index: family,
        found: String(stock),
      });
    }
    for (const series of PLAN_SERIES) {
      const values = input[series];
      for (let period = 0; period < periods; period++) {
        const value = values[family * periods + period] as number;
        if (value >= 0) continue;
        const nan = Number.isNaN(value);
        problems.push({
          kind: nan ? "notANumber" : "negative",
          errorClass: nan ? "#NUM!" : "#VALUE!",
          argument: ARGUMENT_OF[series],
          family,
          index: period,
          found: String(value),
        });
      }
    }
  }
  return problems;
}

/** Closing stock in days of effective demand; 0 when there is no demand (CONTRACT.md). */
export function stockDaysOf(closing: number, demand: number, daysPerPeriod: number): number {
  return demand === 0 ? 0 : closing / (demand / daysPerPeriod);
}
