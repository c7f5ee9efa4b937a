/**
 * The custom functions Excel calls. The metadata plugin reads the JSDoc tags in this file to write
 * functions.json and to register each function, so the tags are the function's public contract
 * (CONTRACT.md): ids, parameter order and types never change once released. The parameters are
 * declared once, in `parameters.ts`, and a test holds these tags and signatures to that table.
 * Everything else is in `formulas.ts`, which the playground shares.
 */
import { isFormulaError, type FormulaError, type FormulaResult, type ResultCell } from "./formulas";
import { accuracyFormula, balanceFormula, forecastFormula, gapFormula } from "./formulas";
import { planFormula, solverUnavailable } from "./formulas";
import { loadSolver } from "../solver/highs";

/**
 * Where the add-in serves the solver's WebAssembly (`highs.wasm`), set by webpack's DefinePlugin;
 * undefined when this file runs unbundled (Node finds the file beside the package).
 */
declare const SOP_HIGHS_WASM: string | undefined;
const HIGHS_WASM = typeof SOP_HIGHS_WASM === "string" ? SOP_HIGHS_WASM : undefined;

const ERROR_CODES: Record<FormulaError["errorClass"], CustomFunctions.ErrorCode> = {
  "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
  "#N/A": CustomFunctions.ErrorCode.notAvailable,
  "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
  "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
  "#NULL!": CustomFunctions.ErrorCode.nullReference,
  "#NAME?": CustomFunctions.ErrorCode.invalidName,
  "#REF!": CustomFunctions.ErrorCode.invalidReference,
};

function toExcelError(error: FormulaError): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[error.errorClass], error.message);
}

/** A whole-formula error is thrown (Excel shows it in the anchor cell); cell errors stay in the spill. */
/** What a spilled cell can hold. */
export type SpillCell = number | string | CustomFunctions.Error;

function toExcel(result: FormulaResult): unknown[][] {
  // Excel's documented way to fail a custom function is to throw a CustomFunctions.Error.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (!result.ok) throw toExcelError(result.error);
  // The cells are this call's own: an error cell is replaced where it is, the rest are not copied.
  const cells: (ResultCell | CustomFunctions.Error)[][] = result.cells;
  for (const row of cells) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] as ResultCell;
      if (isFormulaError(cell)) row[i] = toExcelError(cell);
    }
  }
  return cells;
}

/**
 * Rolling supply and demand balance, period by period: effective demand, opening and closing stock, stock days, utilization and status.
 * @customfunction BALANCE
 * @param forecast Demand forecast: one row or one column of periods.
 * @param orders Confirmed orders, same periods (a single cell is repeated).
 * @param opening_stock Stock before the first period.
 * @param production Planned production per period.
 * @param capacity Maximum capacity per period (a single cell is repeated).
 * @param safety_stock Safety stock target per period (a single cell is repeated).
 * @param [excess_multiple] Closing stock above this multiple of safety stock is Excess. Default 3.
 * @param [days_per_period] Days in one period, for stock days. Default 30.
 * @param [language] "en" (default) or "zh" for the status words.
 * @returns One record per period: effective demand, opening stock, closing stock, stock days, utilization, status.
 */
export function balance(
  forecast: unknown[][],
  orders: unknown[][],
  opening_stock: unknown,
  production: unknown[][],
  capacity: unknown[][],
  safety_stock: unknown[][],
  excess_multiple?: unknown,
  days_per_period?: unknown,
  language?: unknown
): unknown[][] {
  return toExcel(
    balanceFormula({
      forecast,
      orders,
      opening_stock,
      production,
      capacity,
      safety_stock,
      excess_multiple,
      days_per_period,
      language,
    })
  );
}

/**
 * Compares options to close the gap between demand and supply, best first; with unit costs, the last row is the cheapest mix.
 * @customfunction GAP
 * @param demand Demand to meet in the period.
 * @param supply Supply already planned in the period.
 * @param option_names Names of the options: one row or one column.
 * @param option_capacities Capacity each option adds, same length as the names.
 * @param [option_unit_costs] Cost per unit filled for each option, same length as the names.
 * @param [language] "en" (default) or "zh" for the texts.
 * @returns One row per option: option, added capacity, gap filled, remaining gap, fill rate, [cost].
 */
export function gap(
  demand: unknown,
  supply: unknown,
  option_names: unknown[][],
  option_capacities: unknown[][],
  option_unit_costs?: unknown[][],
  language?: unknown
): unknown[][] {
  return toExcel(
    gapFormula({ demand, supply, option_names, option_capacities, option_unit_costs, language })
  );
}

/**
 * Statistical forecast from past actuals: ETS, Theta, seasonal naive, naive or Croston, chosen per series by "auto".
 * @customfunction FORECAST
 * @param history Past actuals, oldest first: one row or one column. Leading blanks are skipped.
 * @param horizon Periods to forecast: a whole number from 1 to 120.
 * @param [season_length] Periods in a season: 12 (default) for months, 4 quarters, 52 weeks, 1 for none.
 * @param [method] "auto" (default), "ets", "theta", "snaive", "naive" or "croston".
 * @param [interval] Coverage of the prediction interval between 0 and 1, such as 0.8: adds the lower and upper bounds.
 * @param [language] "en" (default) or "zh" for the messages.
 * @returns The forecasts, running the way the history runs; with an interval, the lower and upper bounds too.
 */
export function forecast(
  history: unknown[][],
  horizon: unknown,
  season_length?: unknown,
  method?: unknown,
  interval?: unknown,
  language?: unknown
): unknown[][] {
  return toExcel(forecastFormula({ history, horizon, season_length, method, interval, language }));
}

/**
 * Forecast accuracy against actuals: MAPE, WMAPE, sMAPE, bias, MAD, RMSE, tracking signal and, with a naive forecast, its value added.
 * @customfunction ACCURACY
 * @param actual Actuals: one row or one column. Blank periods are left out.
 * @param forecast The forecast of the same periods. Blank periods are left out.
 * @param [naive] A naive forecast of the same periods (seasonal naive, say), for the forecast value added.
 * @param [language] "en" (default) or "zh" for the metric names.
 * @returns Two columns, metric and value, one row per metric.
 */
export function accuracy(
  actual: unknown[][],
  forecast: unknown[][],
  naive?: unknown[][],
  language?: unknown
): unknown[][] {
  return toExcel(accuracyFormula({ actual, forecast, naive, language }));
}

/**
 * The cheapest production plan over the whole horizon (aggregate planning, Chopra & Meindl ch. 8): regular time, overtime, subcontracting, stock, backlog and workforce.
 * @customfunction PLAN
 * @param demand The demand to meet: one row or one column of periods.
 * @param opening_stock Stock before the first period.
 * @param parameters Two columns, parameter name and value (regular_capacity, regular_cost, overtime_cost, workforce_start, hours_per_unit, holding_cost, backlog_cost, …).
 * @param [safety_stock] Least closing stock per period (a single cell is repeated).
 * @param [language] "en" (default) or "zh" for error messages.
 * @returns One record per period: regular, overtime, subcontracted, closing stock, backlog, workforce, hired, laid off, cost.
 */
export async function plan(
  demand: unknown[][],
  opening_stock: unknown,
  parameters: unknown[][],
  safety_stock?: unknown[][],
  language?: unknown
): Promise<unknown[][]> {
  const args = { demand, opening_stock, parameters, safety_stock, language };
  let solve;
  try {
    solve = await loadSolver(HIGHS_WASM);
  } catch (error) {
    return toExcel(solverUnavailable(args, error instanceof Error ? error.message : String(error)));
  }
  return toExcel(planFormula(args, solve));
}
