/**
 * The plan in money (seed 004's pre-S&OP: "生成财务预测"), from a balanced plan, prices and unit
 * costs. Per family × period t, with effective demand D, opening stock O and closing stock C
 * (negative stock is backlog):
 *
 *   shipped     = D + max(0, −O) − max(0, −C)   what is delivered in t: this period's demand and
 *                                              the backlog brought in, less the backlog left
 *                                              (a backlog counts as sales when it ships)
 *   revenue     = shipped × price
 *   COGS        = shipped × unit cost
 *   margin      = revenue − COGS
 *   stock value = max(0, C) × unit cost
 *   budget gap  = revenue − budget (per family, or over all families when the budget is a total)
 */
import type { PlanBalance } from "./plan";

export interface MoneyInput {
  /** Price and unit cost per family × period, family-major (as the plan's series). */
  readonly price: Float64Array;
  readonly unitCost: Float64Array;
  /** Revenue target: per family × period, or per period for all families together. */
  readonly budget?:
    | { readonly per: "family"; readonly values: Float64Array }
    | { readonly per: "total"; readonly values: Float64Array };
}

export interface PlanMoney {
  readonly shipped: Float64Array;
  readonly revenue: Float64Array;
  readonly cogs: Float64Array;
  readonly margin: Float64Array;
  readonly stockValue: Float64Array;
  /**
   * Per period over all families: revenue, margin and closing stock value; with a budget, the
   * budget (a budget per family added up) and revenue − budget.
   */
  readonly totals: {
    readonly revenue: Float64Array;
    readonly margin: Float64Array;
    readonly stockValue: Float64Array;
    readonly budget?: Float64Array;
    readonly budgetGap?: Float64Array;
  };
  /** Revenue − budget, per family × period (budget per family) or per period (a total budget). */
  readonly budgetGap?: Float64Array;
}

export function planMoney(balance: PlanBalance, input: MoneyInput): PlanMoney {
  const { families, periods, effectiveDemand, openingStock, closingStock } = balance;
  const cells = families * periods;
  const shipped = new Float64Array(cells);
  const revenue = new Float64Array(cells);
  const cogs = new Float64Array(cells);
  const margin = new Float64Array(cells);
  const stockValue = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    const opening = openingStock[cell] as number;
    const closing = closingStock[cell] as number;
    const units = (effectiveDemand[cell] as number) + Math.max(0, -opening) - Math.max(0, -closing);
    const price = input.price[cell] as number;
    const cost = input.unitCost[cell] as number;
    shipped[cell] = units;
    revenue[cell] = units * price;
    cogs[cell] = units * cost;
    margin[cell] = units * (price - cost);
    stockValue[cell] = Math.max(0, closing) * cost;
  }
  const totals = {
    revenue: periodTotals(revenue, families, periods),
    margin: periodTotals(margin, families, periods),
    stockValue: periodTotals(stockValue, families, periods),
  };
  const { budget } = input;
  if (!budget) return { shipped, revenue, cogs, margin, stockValue, totals };
  const totalBudget =
    budget.per === "family" ? periodTotals(budget.values, families, periods) : budget.values;
  const totalGap = Float64Array.from(
    totals.revenue,
    (value, t) => value - (totalBudget[t] as number)
  );
  const budgetGap =
    budget.per === "family"
      ? Float64Array.from(revenue, (value, cell) => value - (budget.values[cell] as number))
      : totalGap;
  return {
    shipped,
    revenue,
    cogs,
    margin,
    stockValue,
    totals: { ...totals, budget: totalBudget, budgetGap: totalGap },
    budgetGap,
  };
}

/** Sums a family-major series over the families, period by period. */
function periodTotals(series: Float64Array, families: number, periods: number): Float64Array {
  const totals = new Float64Array(periods);
  for (let f = 0; f < families; f++)
    for (let t = 0; t < periods; t++)
      totals[t] = (totals[t] as number) + (series[f * periods + t] as number);
  return totals;
}
