/**
 * Red Tomato Tools, the aggregate-planning example of Chopra & Meindl, Supply Chain Management:
 * Strategy, Planning, and Operation, ch. 8: six months of demand, 80 workers, and the costs of
 * every lever; its optimal aggregate plan costs $422,275.
 */
export const RED_TOMATO_DEMAND: readonly number[] = [1600, 3000, 3200, 3800, 2200, 2200];
export const RED_TOMATO_OPENING_STOCK = 1000;
/** The textbook's optimum, in dollars. */
export const RED_TOMATO_OPTIMUM = 422_275;

/** Its parameters as SOP.PLAN's two-column block reads them. */
export const RED_TOMATO_ROWS: readonly (readonly [string, number])[] = [
  ["workforce_start", 80],
  ["hours_per_unit", 4],
  ["hours_per_worker", 160],
  ["regular_wage", 4],
  ["overtime_wage", 6],
  ["overtime_hours_max", 10],
  ["hire_cost", 300],
  ["layoff_cost", 500],
  ["material_cost", 10],
  ["holding_cost", 2],
  ["backlog_cost", 5],
  ["subcontract_cost", 30],
  ["end_stock_min", 500],
];
