/**
 * Nelder–Mead simplex minimisation (Nelder & Mead, "A simplex method for function minimization",
 * The Computer Journal 7(4), 1965), with the standard coefficients: reflection 1, expansion 2,
 * contraction ½, shrink ½. It is what R's `optim()` uses by default and what `forecast::ets()`
 * fits its models with. Deterministic: the same start gives the same answer.
 */

// Taken once: in a script context of its own (Excel's runtime, the bench's `node:vm`), a global
// looked up inside a hot loop costs more than the arithmetic around it.
const { abs } = Math;
const { isFinite } = Number;
const INFINITY = 1 / 0;

export interface MinimizeOptions {
  /** The largest number of evaluations of `f`. */
  readonly maxEvaluations: number;
  /** Stop when the simplex's values differ by less than this, relative to the best. */
  readonly tolerance: number;
}

export interface Minimum {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Minimises `f` from `start`, with the first simplex `start + step_i e_i`. `f` may return
 * `INFINITY` (or NaN, read as INFINITY) where a point is not allowed.
 */
export function minimize(
  f: (x: Float64Array) => number,
  start: ArrayLike<number>,
  step: ArrayLike<number>,
  options: MinimizeOptions
): Minimum {
  const dim = start.length;
  const points: Float64Array[] = [];
  const values = new Float64Array(dim + 1);
  let evaluations = 0;
  const evaluate = (x: Float64Array): number => {
    evaluations++;
    const value = f(x);
    return value === value ? value : INFINITY;
  };
  for (let i = 0; i <= dim; i++) {
    const point = Float64Array.from(start);
    if (i > 0) point[i - 1] = (point[i - 1] as number) + (step[i - 1] as number);
    points.push(point);
    values[i] = evaluate(point);
  }
  const order = Array.from({ length: dim + 1 }, (_, i) => i);
  const centroid = new Float64Array(dim);
  const reflected = new Float64Array(dim);
  const moved = new Float64Array(dim);
  const along = (to: Float64Array, from: Float64Array, factor: number): void => {
    for (let j = 0; j < dim; j++) {
      to[j] = (centroid[j] as number) + factor * ((from[j] as number) - (centroid[j] as number));
    }
  };
  for (;;) {
    order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    const best = order[0] as number;
    const worst = order[dim] as number;
    const bestValue = values[best] as number;
    const worstValue = values[worst] as number;
    const spread = abs(worstValue - bestValue);
    if (
      evaluations >= options.maxEvaluations ||
      (isFinite(worstValue) && spread <= options.tolerance * (abs(bestValue) + 1e-10))
    ) {
      return { x: points[best] as Float64Array, value: bestValue, evaluations };
    }
    centroid.fill(0);
    for (let k = 0; k < dim; k++) {
      const point = points[order[k] as number] as Float64Array;
      for (let j = 0; j < dim; j++)
        centroid[j] = (centroid[j] as number) + (point[j] as number) / dim;
    }
    const worstPoint = points[worst] as Float64Array;
    along(reflected, worstPoint, -1);
    const reflectedValue = evaluate(reflected);
    const secondWorstValue = values[order[dim - 1] as number] as number;
    if (reflectedValue < bestValue) {
      along(moved, worstPoint, -2);
      const expandedValue = evaluate(moved);
      if (expandedValue < reflectedValue) {
        worstPoint.set(moved);
        values[worst] = expandedValue;
      } else {
        worstPoint.set(reflected);
        values[worst] = reflectedValue;
      }
      continue;
    }
    if (reflectedValue < secondWorstValue) {
      worstPoint.set(reflected);
      values[worst] = reflectedValue;
      continue;
    }
    // Contract: outside when the reflection improved on the worst, inside otherwise.
    const outside = reflectedValue < worstValue;
    along(moved, outside ? reflected : worstPoint, 0.5);
    const contractedValue = evaluate(moved);
    if (contractedValue < (outside ? reflectedValue : worstValue)) {
      worstPoint.set(moved);
      values[worst] = contractedValue;
      continue;
    }
    // Shrink every point towards the best.
    const bestPoint = points[best] as Float64Array;
    for (let k = 1; k <= dim; k++) {
      const index = order[k] as number;
      const point = points[index] as Float64Array;
      for (let j = 0; j < dim; j++) {
        point[j] =
          (bestPoint[j] as number) + 0.5 * ((point[j] as number) - (bestPoint[j] as number));
      }
      values[index] = evaluate(point);
    }
  }
}
