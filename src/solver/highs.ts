/**
 * The linear-program solver: HiGHS (University of Edinburgh, MIT licence) compiled to WebAssembly,
 * from the `highs` package. The engine builds the program and reads the answer; this file only
 * loads the solver and hands it the program (`LpSolver`).
 */
import loadHighs, { type Highs, type InitOptions } from "highs";
import type { LinearProgram, LpSolution, LpSolver, LpStatus } from "../engine";

/** A solver over a loaded HiGHS. */
export function highsSolver(highs: Highs): LpSolver {
  const { modelStatus } = highs.constants;
  const statusOf = (code: number): LpStatus =>
    code === modelStatus.optimal
      ? "optimal"
      : code === modelStatus.infeasible
        ? "infeasible"
        : code === modelStatus.unbounded || code === modelStatus.unboundedOrInfeasible
          ? "unbounded"
          : "failed";
  return (lp: LinearProgram): LpSolution =>
    highs.withModel(
      {
        numCols: lp.columns,
        numRows: lp.rows,
        colCost: lp.cost,
        colLower: lp.lower,
        colUpper: lp.upper,
        rowLower: lp.rowLower,
        rowUpper: lp.rowUpper,
        matrix: {
          format: "csr",
          numRows: lp.rows,
          numCols: lp.columns,
          starts: lp.starts,
          indices: lp.indices,
          values: lp.values,
        },
      },
      (model) => {
        model.options.set({ output_flag: false });
        model.run();
        const status = statusOf(model.getModelStatus());
        if (status !== "optimal") {
          return {
            status,
            x: new Float64Array(0),
            rowDual: new Float64Array(0),
            rowValue: new Float64Array(0),
            objective: NaN,
          };
        }
        const solution = model.getSolution();
        return {
          status,
          x: solution.colValue,
          rowDual: solution.rowDual,
          rowValue: solution.rowValue,
          objective: model.getObjectiveValue(),
        };
      }
    );
}

let loading: Promise<LpSolver> | undefined;

/**
 * Loads HiGHS once (the WebAssembly module is 3.5 MB) and keeps it for every later solve. A
 * bundle passes the URL it serves `highs.wasm` at: the bytes are fetched and handed over, which
 * works wherever `fetch` and WebAssembly do (the pane, a worker, Excel's functions runtime); Node
 * finds the file beside the package. A failed load is not kept: the next call tries again.
 */
export function loadSolver(wasmUrl?: string): Promise<LpSolver> {
  loading ??= load(wasmUrl).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(wasmUrl: string | undefined): Promise<LpSolver> {
  if (wasmUrl === undefined) return highsSolver(await loadHighs());
  const response = await fetch(wasmUrl);
  if (!response.ok)
    throw new Error(`${wasmUrl}: ${String(response.status)} ${response.statusText}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Emscripten's own hook (its build reads neither wasmBinary nor wasmModule): the module is
  // instantiated from the bytes fetched above, whatever the runtime.
  const options: InitOptions & EmscriptenHooks = {
    instantiateWasm(imports, receive) {
      void WebAssembly.instantiate(bytes, imports).then((result) => {
        receive(result.instance);
      });
      return {};
    },
  };
  return highsSolver(await loadHighs(options));
}

/** The Emscripten module hook that instantiates the WebAssembly itself. */
interface EmscriptenHooks {
  instantiateWasm(
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance) => void
  ): object;
}
