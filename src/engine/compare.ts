import { Status, type StatusCode } from "./plan";

/**
 * Two plans side by side, cell by cell: this month's against last month's, or a what-if against
 * the consensus. Cells are matched by family name and period label, so plans of different
 * windows (one rolled a period on) or different families still compare.
 */

/** One plan's results with its labels; arrays family-major (family × periods + period). */
export interface ComparablePlan {
  readonly families: readonly string[];
  readonly periods: readonly string[];
  readonly effectiveDemand: ArrayLike<number>;
  readonly production: ArrayLike<number>;
  readonly closingStock: ArrayLike<number>;
  readonly stockDays: ArrayLike<number>;
  readonly status: ArrayLike<number>;
  /** The plan in money, when it had prices: revenue, gross margin, closing stock value. */
  readonly revenue?: ArrayLike<number>;
  readonly margin?: ArrayLike<number>;
  readonly stockValue?: ArrayLike<number>;
}

export interface CellMoney {
  readonly revenue: number;
  readonly margin: number;
  readonly stockValue: number;
}

export interface CellValues {
  readonly effectiveDemand: number;
  readonly production: number;
  readonly closingStock: number;
  readonly stockDays: number;
  readonly status: StatusCode;
  /** When the plan is in money. */
  readonly money?: CellMoney;
}

export interface ComparisonRow {
  readonly family: string;
  readonly period: string;
  readonly first?: CellValues;
  readonly second?: CellValues;
}

export interface PointChange {
  readonly family: string;
  readonly period: string;
  readonly change: number;
}

export interface PlanComparison {
  readonly rows: readonly ComparisonRow[];
  /** Cells that are Shortage in the second plan but not in the first (both present), in row order. */
  readonly turnedShortage: readonly {
    readonly family: string;
    readonly period: string;
    readonly from: StatusCode;
  }[];
  /** Cells whose status differs (both present). */
  readonly statusChanges: number;
  /** The largest |closing stock change| (second − first), largest first, ties in row order. */
  readonly largestStockChanges: readonly PointChange[];
  /** Sum of second − first production over the cells both plans have. */
  readonly productionChange: number;
  /** Cells both plans have. */
  readonly sharedCells: number;
  /** When both plans are in money: Σ second − first over the cells both have. */
  readonly moneyChange?: CellMoney;
}

/** Labels in the first's order, then the second's new ones. */
function union(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first);
  return [...first, ...second.filter((label) => !seen.has(label))];
}

function positions(labels: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  labels.forEach((label, index) => {
    if (!map.has(label)) map.set(label, index);
  });
  return map;
}

function cellOf(plan: ComparablePlan, family: number, period: number): CellValues {
  const cell = family * plan.periods.length + period;
  const status = plan.status[cell] ?? Status.Balanced;
  return {
    effectiveDemand: plan.effectiveDemand[cell] ?? 0,
    production: plan.production[cell] ?? 0,
    closingStock: plan.closingStock[cell] ?? 0,
    stockDays: plan.stockDays[cell] ?? 0,
    status: status === Status.Shortage || status === Status.Excess ? status : Status.Balanced,
    ...(plan.revenue && plan.margin && plan.stockValue
      ? {
          money: {
            revenue: plan.revenue[cell] ?? 0,
            margin: plan.margin[cell] ?? 0,
            stockValue: plan.stockValue[cell] ?? 0,
          },
        }
      : {}),
  };
}

export function comparePlans(
  first: ComparablePlan,
  second: ComparablePlan,
  options: { readonly largest?: number } = {}
): PlanComparison {
  const largest = options.largest ?? 5;
  const families = union(first.families, second.families);
  const periods = union(first.periods, second.periods);
  const familiesA = positions(first.families);
  const familiesB = positions(second.families);
  const periodsA = positions(first.periods);
  const periodsB = positions(second.periods);

  const rows: ComparisonRow[] = [];
  const turnedShortage: { family: string; period: string; from: StatusCode }[] = [];
  const changes: PointChange[] = [];
  let statusChanges = 0;
  let productionChange = 0;
  let sharedCells = 0;
  const inMoney = first.revenue !== undefined && second.revenue !== undefined;
  const moneyChange = { revenue: 0, margin: 0, stockValue: 0 };
  for (const family of families) {
    const fa = familiesA.get(family);
    const fb = familiesB.get(family);
    for (const period of periods) {
      const pa = periodsA.get(period);
      const pb = periodsB.get(period);
      const a = fa !== undefined && pa !== undefined ? cellOf(first, fa, pa) : undefined;
      const b = fb !== undefined && pb !== undefined ? cellOf(second, fb, pb) : undefined;
      rows.push({
        family,
        period,
        ...(a ? { first: a } : {}),
        ...(b ? { second: b } : {}),
      });
      if (!a || !b) continue;
      sharedCells++;
      productionChange += b.production - a.production;
      if (a.money && b.money) {
        moneyChange.revenue += b.money.revenue - a.money.revenue;
        moneyChange.margin += b.money.margin - a.money.margin;
        moneyChange.stockValue += b.money.stockValue - a.money.stockValue;
      }
      if (a.status !== b.status) statusChanges++;
      if (b.status === Status.Shortage && a.status !== Status.Shortage)
        turnedShortage.push({ family, period, from: a.status });
      const change = b.closingStock - a.closingStock;
      if (change !== 0) changes.push({ family, period, change });
    }
  }
  // Stable sort: ties stay in row order.
  const largestStockChanges = changes
    .map((change, order) => ({ change, order }))
    .sort((x, y) => Math.abs(y.change.change) - Math.abs(x.change.change) || x.order - y.order)
    .slice(0, largest)
    .map(({ change }) => change);
  return {
    rows,
    turnedShortage,
    statusChanges,
    largestStockChanges,
    productionChange,
    sharedCells,
    ...(inMoney ? { moneyChange } : {}),
  };
}
