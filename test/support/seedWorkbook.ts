import { columnLetters } from "../../src/excel/sheets/addresses";
import {
  createStandInWorkbook,
  type StandInOptions,
  type StandInWorkbook,
} from "../../src/playground/excel";
import { seedGap, seedMonths, seedSeries } from "./seedDemo";

/**
 * Workbooks on the Excel stand-in for the Excel layer's tests: the seed demo on a sheet `Plan`
 * (months across B:G), and a large plan of F families × N periods.
 */

/** The seed demo's names and where `seedWorkbook` puts them. */
export const SEED_NAMES: readonly (readonly [name: string, reference: string])[] = [
  ["SOP_Periods", "Plan!$B$1:$G$1"],
  ["SOP_Forecast", "Plan!$B$2:$G$2"],
  ["SOP_Orders", "Plan!$B$3:$G$3"],
  ["SOP_Production", "Plan!$B$4:$G$4"],
  ["SOP_Capacity", "Plan!$B$5:$G$5"],
  ["SOP_SafetyStock", "Plan!$B$6:$G$6"],
  ["SOP_OpeningStock", "Plan!$B$7"],
  ["SOP_Options", "Plan!$A$10:$B$13"],
];

/** The seed demo on sheet Plan, months across B:G, names defined as given; the sync log reset. */
export function seedWorkbook(
  options: { scope?: string; skip?: string[]; standIn?: StandInOptions } = {}
): StandInWorkbook {
  const book = createStandInWorkbook({ ...options.standIn, sheets: ["Plan"] });
  book.setValues("Plan", "B1:G1", [seedMonths]);
  book.setValues("Plan", "B2:G2", [seedSeries.forecast]);
  book.setValues("Plan", "B3:G3", [seedSeries.orders]);
  book.setValues("Plan", "B4:G4", [seedSeries.production]);
  book.setValues("Plan", "B5:G5", [seedSeries.capacity]);
  book.setValues("Plan", "B6:G6", [seedSeries.safetyStock]);
  book.setValues("Plan", "B7", [[seedSeries.openingStock]]);
  book.setValues(
    "Plan",
    "A10:B13",
    seedGap.names.map((name, i) => [name, seedGap.capacities[i] ?? 0])
  );
  for (const [name, reference] of SEED_NAMES) {
    if (options.skip?.includes(name)) continue;
    book.defineName(name, reference, options.scope ? { scope: options.scope } : {});
  }
  book.resetLog();
  return book;
}

/**
 * F families × N periods on sheet Big: labels P1…PN across row 1, family names in A, forecast and
 * production as F × N blocks with fractional values (so that their text is long, as real data
 * is), capacity and opening stock one per family, one safety stock for all.
 */
export function largeWorkbook(families: number, periods: number): StandInWorkbook {
  const book = createStandInWorkbook({ sheets: ["Big"] });
  const last = columnLetters(periods);
  const line = (f: number) =>
    Array.from({ length: periods }, (_, p) => 9000 + ((f * 37 + p * 11) % 5000) + 0.123456789);
  const block = Array.from({ length: families }, (_, f) => line(f));
  book.setValues("Big", `B1:${last}1`, [Array.from({ length: periods }, (_, p) => `P${p + 1}`)]);
  book.setValues(
    "Big",
    `A2:A${families + 1}`,
    Array.from({ length: families }, (_, f) => [`Family ${f + 1}`])
  );
  const productionRow = families + 3;
  for (const [row, name] of [
    [2, "SOP_Forecast"],
    [productionRow, "SOP_Production"],
  ] as const) {
    book.setValues("Big", `B${row}:${last}${row + families - 1}`, block);
    book.defineName(name, `Big!$B$${row}:$${last}$${row + families - 1}`);
  }
  const side = columnLetters(periods + 2);
  book.setValues(
    "Big",
    `${side}2:${side}${families + 1}`,
    Array.from({ length: families }, () => [20000])
  );
  book.defineName("SOP_Periods", `Big!$B$1:$${last}$1`);
  book.defineName("SOP_Families", `Big!$A$2:$A$${families + 1}`);
  book.defineName("SOP_Capacity", `Big!$${side}$2:$${side}$${families + 1}`);
  book.defineName("SOP_SafetyStock", `Big!$${side}$2`);
  book.defineName("SOP_OpeningStock", `Big!$${side}$2:$${side}$${families + 1}`);
  book.resetLog();
  return book;
}
