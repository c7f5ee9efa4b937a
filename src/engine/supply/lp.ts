/**
 * A linear program as plain data, and the solver's answer: the engine builds models and reads
 * solutions; the solver (HiGHS, `src/solver/`) is given to it, so the engine stays pure.
 *
 *   minimize  cost · x   subject to  rowLower ≤ A x ≤ rowUpper,  lower ≤ x ≤ upper
 *
 * A is stored by rows (CSR). Bounds may be ±Infinity.
 */

export interface LinearProgram {
  readonly columns: number;
  readonly rows: number;
  readonly cost: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** CSR: row i's entries are starts[i] … starts[i + 1] − 1 of indices and values. */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export type LpStatus = "optimal" | "infeasible" | "unbounded" | "failed";

export interface LpSolution {
  readonly status: LpStatus;
  /** The columns' values (empty unless optimal). */
  readonly x: Float64Array;
  /** Each row's dual value: d(objective) / d(row bound), for a minimization. */
  readonly rowDual: Float64Array;
  /** The row activities A x. */
  readonly rowValue: Float64Array;
  readonly objective: number;
}

/** Solves a linear program; synchronous once loaded (HiGHS compiled to WebAssembly). */
export type LpSolver = (lp: LinearProgram) => LpSolution;

/** Builds a linear program a column and a row at a time. */
export class LpBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  /** A new column; its index. */
  column(cost: number, lower = 0, upper = Infinity): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(Math.max(lower, upper));
    return this.cost.length - 1;
  }

  /** A new row Σ coefficient × column between lower and upper; its index. */
  row(
    terms: readonly (readonly [column: number, coefficient: number])[],
    lower: number,
    upper: number
  ): number {
    for (const [column, coefficient] of terms) {
      if (coefficient === 0) continue;
      this.indices.push(column);
      this.values.push(coefficient);
    }
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }

  build(): LinearProgram {
    return {
      columns: this.cost.length,
      rows: this.rowLower.length,
      cost: Float64Array.from(this.cost),
      lower: Float64Array.from(this.lower),
      upper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
  }
}
