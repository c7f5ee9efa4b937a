import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { isErrorClass, SUPPLY_FIELDS, type LpSolver } from "../../engine";
import {
  BALANCE_FIELDS,
  accuracyFormula,
  balanceFormula,
  forecastFormula,
  gapFormula,
  isFormulaError,
  planFormula,
  solverUnavailable,
  type FormulaError,
  type FormulaResult,
  type ResultCell,
} from "../../functions/formulas";
import {
  ACCURACY as ACCURACY_SPEC,
  argumentsByName,
  BALANCE as BALANCE_SPEC,
  FORECAST as FORECAST_SPEC,
  GAP as GAP_SPEC,
  PLAN as PLAN_SPEC,
  positionsOf,
  type FunctionSpec,
  type ParameterKind,
} from "../../functions/parameters";

/**
 * `SOP.BALANCE` and `SOP.GAP` as a HyperFormula function plugin, computed by the very code Excel
 * runs (`balanceFormula` and `gapFormula`), with Excel's custom-function conventions: a range
 * arrives as a matrix of values (blanks as null), a scalar as the value, an omitted optional
 * argument as undefined, and an error value as an object `errorClassOf` recognises, so that the
 * message names the argument and the position. A whole-formula error shows in the formula's cell,
 * as Excel shows a thrown `CustomFunctions.Error`; errors inside a result stay in their cells.
 *
 * HyperFormula sizes an array result when it reads the formula, so the size functions below work
 * the result's size out from the arguments' shapes; named expressions are sized as what they
 * refer to (HyperFormula's own predictor takes a name for one cell).
 */

// HyperFormula's internal types, reached through the exported ones.
type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter["evaluateAst"]>[0];
type InterpreterState = Parameters<Interpreter["evaluateAst"]>[1];
type InterpreterValue = ReturnType<Interpreter["evaluateAst"]>;
type CallAst = Extract<Ast, { readonly procedureName: string }>;
type ScalarValue = SimpleRangeValue["data"][number][number];

/** The display text of each HyperFormula error type, as `range.values` reports it. */
const ERROR_TEXT: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

/** HyperFormula has no #NULL!: it becomes a generic error whose message is remembered here. */
const NULL_MESSAGES = new Set<string>();

const ERROR_TYPES: Record<FormulaError["errorClass"], ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.ERROR,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** The Excel error a HyperFormula error stands for, as text: `#N/A`, `#SPILL!`, `#NULL!`… */
export function errorText(type: ErrorType, message: string | undefined): string {
  if (type === ErrorType.ERROR && message !== undefined && NULL_MESSAGES.has(message))
    return "#NULL!";
  return ERROR_TEXT[type];
}

export function toCellError(error: FormulaError): CellError {
  if (error.errorClass === "#NULL!") NULL_MESSAGES.add(error.message);
  return new CellError(ERROR_TYPES[error.errorClass], error.message);
}

/** What a custom function receives for one cell: an error as an object with its Excel code. */
function argumentValue(value: ScalarValue): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) {
    const text = errorText(value.type, value.message);
    // #SPILL!, #CYCLE!… have no Excel error class here: they read as text, "not a number".
    return isErrorClass(text) ? { value: text, message: value.message ?? "" } : text;
  }
  // Dates, percentages and currencies are numbers with a format.
  if (typeof value === "object") return value.val;
  return value;
}

function resultValue(cell: ResultCell): ScalarValue {
  if (isFormulaError(cell)) return toCellError(cell);
  if (typeof cell === "number" && !Number.isFinite(cell)) return new CellError(ErrorType.NUM);
  return cell;
}

interface Signature {
  readonly name: string;
  readonly required: number;
  readonly optional: number;
  /**
   * The result's size from the arguments' shapes (and, for a count such as the horizon, the
   * argument's value when it is known when the formula is read): the most it can be.
   */
  readonly size: (
    shape: (index: number) => Shape | undefined,
    value: (index: number) => unknown
  ) => Shape;
  readonly compute: (args: readonly unknown[]) => FormulaResult;
}

interface Shape {
  readonly width: number;
  readonly height: number;
}

/** A signature's name and argument counts, as `parameters.ts` declares the function. */
function declared(spec: FunctionSpec): Pick<Signature, "name" | "required" | "optional"> {
  const optional = spec.parameters.filter((parameter) => parameter.optional).length;
  return { name: spec.name, required: spec.parameters.length - optional, optional };
}

/** The position of the one parameter of a kind. */
function onlyPosition(spec: FunctionSpec, kind: ParameterKind): number {
  const [position, ...others] = positionsOf(spec, kind);
  if (position === undefined || others.length > 0)
    throw new Error(`${spec.name} has not one ${kind} parameter`);
  return position;
}

const ONE: Shape = { width: 1, height: 1 };
const cells = (shape: Shape) => shape.width * shape.height;
const isBlock = (shape: Shape) => shape.width > 1 && shape.height > 1;

/** forecast, orders, production, capacity, safety_stock: the series, in the table's order. */
const BALANCE_SERIES = positionsOf(BALANCE_SPEC, "series");
const BALANCE_FIELD_COUNT = BALANCE_FIELDS.length;
const GAP_COLUMNS = 5;
const GAP_NAMES = onlyPosition(GAP_SPEC, "labels");
const GAP_COSTS = onlyPosition(GAP_SPEC, "costs");

const BALANCE: Signature = {
  ...declared(BALANCE_SPEC),
  size(shape) {
    const series = BALANCE_SERIES.map((index) => shape(index) ?? ONE);
    // A block is refused with an error in one cell.
    if (series.some(isBlock)) return ONE;
    const periods = Math.max(...series.map(cells));
    const first = series.find((s) => cells(s) > 1);
    if (!first) return { width: BALANCE_FIELD_COUNT, height: 1 };
    // Periods across columns give one row per field, as the inputs run.
    return first.height === 1
      ? { width: periods, height: BALANCE_FIELD_COUNT }
      : { width: BALANCE_FIELD_COUNT, height: periods };
  },
  compute: (args) => balanceFormula(argumentsByName(BALANCE_SPEC, args)),
};

const GAP: Signature = {
  ...declared(GAP_SPEC),
  size(shape) {
    const names = shape(GAP_NAMES) ?? ONE;
    if (isBlock(names)) return ONE;
    // With unit costs: a cost column and the cheapest mix under the options.
    const costed = shape(GAP_COSTS) !== undefined;
    return costed
      ? { width: GAP_COLUMNS + 1, height: cells(names) + 1 }
      : { width: GAP_COLUMNS, height: cells(names) };
  },
  compute: (args) => gapFormula(argumentsByName(GAP_SPEC, args)),
};

const FORECAST_HISTORY = onlyPosition(FORECAST_SPEC, "history");
const FORECAST_HORIZON = FORECAST_SPEC.parameters.findIndex(({ name }) => name === "horizon");
const FORECAST_INTERVAL = FORECAST_SPEC.parameters.findIndex(({ name }) => name === "interval");
const ACCURACY_NAIVE = ACCURACY_SPEC.parameters.findIndex(({ name }) => name === "naive");
const ACCURACY_ROWS = 7;

const FORECAST: Signature = {
  ...declared(FORECAST_SPEC),
  size(shape, value) {
    const history = shape(FORECAST_HISTORY) ?? ONE;
    const horizon = value(FORECAST_HORIZON);
    if (isBlock(history) || typeof horizon !== "number" || !(horizon >= 1)) return ONE;
    const lines = shape(FORECAST_INTERVAL) === undefined ? 1 : 3;
    const periods = Math.min(Math.floor(horizon), 120);
    return history.height === 1 && history.width > 1
      ? { width: periods, height: lines }
      : { width: lines, height: periods };
  },
  compute: (args) => forecastFormula(argumentsByName(FORECAST_SPEC, args)),
};

const ACCURACY: Signature = {
  ...declared(ACCURACY_SPEC),
  size: (shape) => ({ width: 2, height: ACCURACY_ROWS + (shape(ACCURACY_NAIVE) ? 1 : 0) }),
  compute: (args) => accuracyFormula(argumentsByName(ACCURACY_SPEC, args)),
};

/**
 * SOP.PLAN's solver: HiGHS's WebAssembly, which the page loads in the background. In Excel the
 * function is async and waits for it; HyperFormula computes synchronously, so until it is here
 * SOP.PLAN says the solver is not loaded yet.
 */
let planSolver: LpSolver | undefined;
export function providePlanSolver(solve: LpSolver): void {
  planSolver = solve;
}

const PLAN_DEMAND = PLAN_SPEC.parameters.findIndex(({ name }) => name === "demand");
const PLAN_FIELD_COUNT = SUPPLY_FIELDS.length;

const PLAN: Signature = {
  ...declared(PLAN_SPEC),
  size(shape) {
    const demand = shape(PLAN_DEMAND) ?? ONE;
    if (isBlock(demand)) return ONE;
    return demand.height === 1 && demand.width > 1
      ? { width: demand.width, height: PLAN_FIELD_COUNT }
      : { width: PLAN_FIELD_COUNT, height: demand.height };
  },
  compute: (args) => {
    const named = argumentsByName(PLAN_SPEC, args);
    return planSolver ? planFormula(named, planSolver) : solverUnavailable(named, "highs.wasm");
  },
};

const isEmptyArgument = (ast: Ast) => (ast.type as string) === "EMPTY";

export class SopFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    [BALANCE.name]: { method: "balance", sizeOfResultArrayMethod: "balanceSize" },
    [GAP.name]: { method: "gap", sizeOfResultArrayMethod: "gapSize" },
    [FORECAST.name]: { method: "forecast", sizeOfResultArrayMethod: "forecastSize" },
    [ACCURACY.name]: { method: "accuracy", sizeOfResultArrayMethod: "accuracySize" },
    [PLAN.name]: { method: "plan", sizeOfResultArrayMethod: "planSize" },
  };

  constructor(interpreter: Interpreter) {
    super(interpreter);
    this.#sizeNamedExpressions();
  }

  balance(ast: CallAst, state: InterpreterState): InterpreterValue {
    return this.#call(BALANCE, ast, state);
  }
  balanceSize(ast: CallAst, state: InterpreterState): ArraySize {
    return this.#arraySize(BALANCE, ast, state);
  }
  gap(ast: CallAst, state: InterpreterState): InterpreterValue {
    return this.#call(GAP, ast, state);
  }
  gapSize(ast: CallAst, state: InterpreterState): ArraySize {
    return this.#arraySize(GAP, ast, state);
  }
  forecast(ast: CallAst, state: InterpreterState): InterpreterValue {
    return this.#call(FORECAST, ast, state);
  }
  forecastSize(ast: CallAst, state: InterpreterState): ArraySize {
    return this.#arraySize(FORECAST, ast, state);
  }
  accuracy(ast: CallAst, state: InterpreterState): InterpreterValue {
    return this.#call(ACCURACY, ast, state);
  }
  accuracySize(ast: CallAst, state: InterpreterState): ArraySize {
    return this.#arraySize(ACCURACY, ast, state);
  }
  plan(ast: CallAst, state: InterpreterState): InterpreterValue {
    return this.#call(PLAN, ast, state);
  }
  planSize(ast: CallAst, state: InterpreterState): ArraySize {
    return this.#arraySize(PLAN, ast, state);
  }

  #call(signature: Signature, ast: CallAst, state: InterpreterState): InterpreterValue {
    const { required, optional, name } = signature;
    const count = ast.args.length;
    if (count < required || count > required + optional) {
      return new CellError(
        ErrorType.NA,
        `${name} takes ${required} to ${required + optional} arguments, not ${count}.`
      );
    }
    const args = ast.args.map((arg) => this.#argument(arg, state));
    const result = signature.compute(args);
    const grid: ScalarValue[][] = result.ok
      ? result.cells.map((row) => row.map(resultValue))
      : [[toCellError(result.error)]];
    const height = grid.length;
    const width = grid[0]?.length ?? 0;
    if (height === 0 || width === 0) return EmptyValue;
    const size = this.#reserved(ast, state) ?? { width, height };
    if (height > size.height || width > size.width) {
      return new CellError(
        ErrorType.VALUE,
        `${name} needs ${height} × ${width} cells but has ${size.height} × ${size.width}; enter the formula again.`
      );
    }
    if (size.height === 1 && size.width === 1) return grid[0]?.[0] ?? EmptyValue;
    // The array fills the cells HyperFormula reserved; those the result does not reach stay blank.
    const padded = Array.from({ length: size.height }, (_, r) =>
      Array.from({ length: size.width }, (_, c): ScalarValue => grid[r]?.[c] ?? EmptyValue)
    );
    return SimpleRangeValue.onlyValues(padded);
  }

  /**
   * The cells HyperFormula reserved for the result when the call is the whole formula (it sized
   * them when it read the formula); undefined inside a larger formula, where any size goes.
   */
  #reserved(ast: CallAst, state: InterpreterState): Shape | undefined {
    const vertex = state.formulaVertex;
    if (!vertex) return undefined;
    let root: Ast = vertex.getFormula(this.dependencyGraph.lazilyTransformingAstService);
    while ("expression" in root) root = root.expression;
    return root === ast ? { width: vertex.width, height: vertex.height } : undefined;
  }

  /** A range as a matrix of cell values; a scalar as the value; an omitted argument as undefined. */
  #argument(ast: Ast, state: InterpreterState): unknown {
    if (isEmptyArgument(ast)) return undefined;
    const value = this.evaluateAst(ast, state);
    if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(argumentValue));
    return argumentValue(value);
  }

  #arraySize(signature: Signature, ast: CallAst, state: InterpreterState): ArraySize {
    const { width, height } = this.#size(signature, ast, state);
    return new ArraySize(width, height);
  }

  #size(signature: Signature, ast: CallAst, state: InterpreterState): Shape {
    const count = ast.args.length;
    if (count < signature.required || count > signature.required + signature.optional) return ONE;
    return signature.size(
      (index) => {
        const arg = ast.args[index];
        return arg === undefined || isEmptyArgument(arg) ? undefined : this.#shapeOf(arg, state);
      },
      (index) => {
        const arg = ast.args[index];
        return arg === undefined || isEmptyArgument(arg) ? undefined : this.#valueOf(arg, state);
      }
    );
  }

  /**
   * An argument's value as the formula is read: a number typed in it, or a single cell's value
   * (evaluated now; undefined when it cannot be yet).
   */
  #valueOf(ast: Ast, state: InterpreterState): unknown {
    if ("value" in ast && typeof ast.value === "number") return ast.value;
    try {
      const value = this.evaluateAst(ast, state);
      return value instanceof SimpleRangeValue ? value.data[0]?.[0] : argumentValue(value);
    } catch {
      return undefined;
    }
  }

  /** The rows and columns an argument evaluates to (named expressions resolved, see below). */
  #shapeOf(ast: Ast, state: InterpreterState): Shape {
    const size = this.arraySizeForAst(ast, state);
    return { width: size.width, height: size.height };
  }

  /**
   * HyperFormula's predictor sizes a named expression as one cell, so `=SOP_Forecast*2` or a
   * function over a name would not spill. Its instance is taught to size a name as what the name
   * refers to (`=Plan!$B$2:$G$2` as 1 × 6), for every formula of this HyperFormula.
   */
  #sizeNamedExpressions(): void {
    const predictor = this.arraySizePredictor;
    if (TAUGHT.has(predictor)) return;
    TAUGHT.add(predictor);
    const original = predictor.checkArraySizeForAst.bind(predictor);
    let depth = 0;
    predictor.checkArraySizeForAst = (ast, state) => {
      const formula =
        "expressionName" in ast ? this.#namedFormula(ast.expressionName, state) : undefined;
      if (!formula || depth > 8) return original(ast, state);
      depth++;
      try {
        return predictor.checkArraySizeForAst(formula, state);
      } finally {
        depth--;
      }
    };
  }

  /** The formula of the name a formula at this place sees (a sheet's own name first). */
  #namedFormula(name: string, state: InterpreterState): Ast | undefined {
    const graph = this.dependencyGraph;
    const found = graph.namedExpressions.nearestNamedExpression(name, state.formulaAddress.sheet);
    const vertex: unknown = found && graph.addressMapping.getCell(found.address);
    return hasFormula(vertex) ? vertex.getFormula(graph.lazilyTransformingAstService) : undefined;
  }
}

/** The predictors already taught to size named expressions (one per HyperFormula instance). */
const TAUGHT = new WeakSet();

interface FormulaVertexLike {
  getFormula(service: unknown): Ast;
}

function hasFormula(vertex: unknown): vertex is FormulaVertexLike {
  return (
    typeof vertex === "object" &&
    vertex !== null &&
    typeof (vertex as Partial<FormulaVertexLike>).getFormula === "function"
  );
}

/** The only language HyperFormula ships built in; formulas use its function names. */
export const FORMULA_LANGUAGE = "enGB";

/** Registers the functions (and enGB, if it is not) once per HyperFormula module. */
export function registerSopFunctions(): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes(FORMULA_LANGUAGE)) {
    const language = HyperFormula.languages[FORMULA_LANGUAGE];
    if (!language) throw new Error(`HyperFormula has no ${FORMULA_LANGUAGE} language`);
    HyperFormula.registerLanguage(FORMULA_LANGUAGE, language);
  }
  if (HyperFormula.getFunctionPlugin(BALANCE.name) === SopFunctionsPlugin) return;
  HyperFormula.registerFunctionPlugin(SopFunctionsPlugin, {
    [FORMULA_LANGUAGE]: Object.fromEntries(
      [BALANCE, GAP, FORECAST, ACCURACY, PLAN].map(({ name }) => [name, name])
    ),
  });
}
