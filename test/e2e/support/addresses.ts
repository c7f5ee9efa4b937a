/** A1 addresses for the tests' own use (independent of the code under test). */

export interface CellPosition {
  /** 0-based. */
  readonly row: number;
  /** 0-based. */
  readonly column: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function parseCell(address: string): CellPosition {
  const match = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(digits) - 1, column: column - 1 };
}

/** Every cell address of `A5:N10`, row by row. */
export function blockAddresses(range: string): string[][] {
  const [from = "", to = from] = range.split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  const rows: string[][] = [];
  for (let row = start.row; row <= end.row; row++) {
    const line: string[] = [];
    for (let column = start.column; column <= end.column; column++) {
      line.push(cellAddress(row, column));
    }
    rows.push(line);
  }
  return rows;
}
