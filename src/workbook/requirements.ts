/**
 * Which Office requirement sets the add-in needs. The manifest declares the minimum that the core
 * (the SOP.* formulas, Run rolling plan, Gap scenarios and every other operation) needs, so an
 * Excel without it never loads the add-in; each feature above it is offered only where Excel has
 * its sets (`PlanningWorkbook.supports`), and the pane says what it needs elsewhere.
 * test/excel/requirementSets.test.ts derives the sets the code uses from @types/office-js and
 * holds the code to this table.
 */

export type ApiSetName = "ExcelApi" | "CustomFunctionsRuntime" | "File" | "DialogApi";

export interface ApiSet {
  readonly name: ApiSetName;
  readonly version: string;
}

/** What manifest.xml declares under <Requirements>. */
export const MANIFEST_SETS: readonly ApiSet[] = [
  // Errors with their kind (#N/A, #NUM!, …) from custom functions: CustomFunctions.Error with
  // every ErrorCode.
  { name: "CustomFunctionsRuntime", version: "1.3" },
  // getRangeByIndexes and freeze panes (1.7), conditional formats (1.6), names (1.4).
  { name: "ExcelApi", version: "1.7" },
];

/** The features above the manifest's minimum and the sets each needs. */
export const FEATURE_SETS = {
  /** S&OP Meeting's page layout for printing (A4 landscape, fit to width, print area). */
  meetingPack: [{ name: "ExcelApi", version: "1.9" }],
  /** The workbook's file (File API) and opening the copy as a new workbook (ExcelApi 1.8). */
  freezeForSharing: [
    { name: "ExcelApi", version: "1.8" },
    { name: "File", version: "1.1" },
  ],
  /** A ribbon command's problems in an Office dialog; without it the pane's Data step shows them. */
  problemDialog: [{ name: "DialogApi", version: "1.1" }],
} as const satisfies Record<string, readonly ApiSet[]>;

export type Feature = keyof typeof FEATURE_SETS;
export const FEATURES = Object.keys(FEATURE_SETS) as readonly Feature[];

/** Compares dotted versions numerically: "1.10" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The requirement sets as words: "ExcelApi 1.8, File 1.1". */
export function describeSets(sets: readonly ApiSet[]): string {
  return sets.map((set) => `${set.name} ${set.version}`).join(", ");
}
