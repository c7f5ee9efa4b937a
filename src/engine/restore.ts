/**
 * What a restore would change in one range: the cells whose value differs from the version's
 * (a blank, "" and a missing cell are the same), counted, with the first few as examples.
 */

/** A cell's value as a preview shows it; null is a blank cell. */
export type PreviewValue = number | string | boolean | null;

export interface CellChange {
  /** 0-based, inside the range. */
  readonly row: number;
  readonly column: number;
  readonly from: PreviewValue;
  readonly to: PreviewValue;
}

export interface RangeDiff {
  readonly cells: number;
  readonly examples: readonly CellChange[];
}

function previewValue(value: unknown): PreviewValue {
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean"
    ? value
    : "?";
}

/** The changes from `current` to `values`, row by row; at most `examples` of them listed. */
export function diffCells(
  current: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
  examples = 3
): RangeDiff {
  let cells = 0;
  const listed: CellChange[] = [];
  values.forEach((line, row) => {
    line.forEach((value, column) => {
      const from = previewValue(current[row]?.[column]);
      const to = previewValue(value);
      if (from === to) return;
      cells++;
      if (listed.length < examples) listed.push({ row, column, from, to });
    });
  });
  return { cells, examples: listed };
}
