import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "fs";
import path from "path";
import { localizeMetadata } from "../../build/localize-functions-metadata.cjs";

interface Parameter {
  [key: string]: unknown;
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  [key: string]: unknown;
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
}

const root = path.resolve(__dirname, "../..");
const table = JSON.parse(
  readFileSync(path.join(root, "src/functions/functions.zh-CN.json"), "utf8")
) as Parameters<typeof localizeMetadata>[1];

let metadata: Metadata;
beforeAll(async () => {
  // The same generator the webpack plugin runs, on the same file.
  const generated = await generateCustomFunctionsMetadata(
    path.join(root, "src/functions/functions.ts")
  );
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
}, 60_000);

const byId = (id: string): FunctionMetadata => {
  const found = metadata.functions.find((fn) => fn.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};

describe("generated functions.json", () => {
  test("ids are BALANCE, GAP, FORECAST, ACCURACY and PLAN, undotted (the manifest's namespace SOP prefixes them)", () => {
    expect(metadata.functions.map((fn) => [fn.id, fn.name])).toEqual([
      ["BALANCE", "BALANCE"],
      ["GAP", "GAP"],
      ["FORECAST", "FORECAST"],
      ["ACCURACY", "ACCURACY"],
      ["PLAN", "PLAN"],
    ]);
  });

  test("parameters are in the contract's order, ranges as matrices, optional ones marked", () => {
    const shape = (fn: FunctionMetadata) =>
      fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true]);
    expect(shape(byId("BALANCE"))).toEqual([
      ["forecast", "matrix", false],
      ["orders", "matrix", false],
      ["opening_stock", "scalar", false],
      ["production", "matrix", false],
      ["capacity", "matrix", false],
      ["safety_stock", "matrix", false],
      ["excess_multiple", "scalar", true],
      ["days_per_period", "scalar", true],
      ["language", "scalar", true],
    ]);
    expect(shape(byId("GAP"))).toEqual([
      ["demand", "scalar", false],
      ["supply", "scalar", false],
      ["option_names", "matrix", false],
      ["option_capacities", "matrix", false],
      ["option_unit_costs", "matrix", true],
      ["language", "scalar", true],
    ]);
    expect(shape(byId("PLAN"))).toEqual([
      ["demand", "matrix", false],
      ["opening_stock", "scalar", false],
      ["parameters", "matrix", false],
      ["safety_stock", "matrix", true],
      ["language", "scalar", true],
    ]);
  });

  test("results spill as matrices", () => {
    expect(byId("BALANCE").result.dimensionality).toBe("matrix");
    expect(byId("GAP").result.dimensionality).toBe("matrix");
    expect(byId("PLAN").result.dimensionality).toBe("matrix");
  });

  test("every function and parameter has help text on one line", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toMatch(/^[^\n]{20,}$/);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(/^[^\n]{10,}$/);
    }
  });
});

describe("zh-CN metadata", () => {
  test("translates every description and parameter name, keeps ids and function names", () => {
    const { metadata: zh, problems } = localizeMetadata(metadata, table) as {
      metadata: Metadata;
      problems: string[];
    };
    expect(problems).toEqual([]);
    expect(zh.functions.map((fn) => [fn.id, fn.name])).toEqual([
      ["BALANCE", "BALANCE"],
      ["GAP", "GAP"],
      ["FORECAST", "FORECAST"],
      ["ACCURACY", "ACCURACY"],
      ["PLAN", "PLAN"],
    ]);
    expect(zh.functions[0]?.parameters.map((p) => p.name)).toEqual([
      "预测",
      "订单",
      "期初库存",
      "生产",
      "产能",
      "安全库存",
      "过剩倍数",
      "每期天数",
      "语言",
    ]);
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters)
        expect(parameter.description).toMatch(/[\u4e00-\u9fff]/);
    }
    // Shapes are untouched: only text is translated.
    expect(zh.functions.map((fn) => fn.parameters.map((p) => p.dimensionality))).toEqual(
      metadata.functions.map((fn) => fn.parameters.map((p) => p.dimensionality))
    );
  });

  test("a missing translation is reported, naming the function and parameter", () => {
    const balanceEntry = table.functions.BALANCE;
    if (!balanceEntry) throw new Error("table has no BALANCE");
    const { capacity: _dropped, ...parameters } = balanceEntry.parameters;
    const { problems } = localizeMetadata(metadata, {
      functions: { ...table.functions, BALANCE: { ...balanceEntry, parameters } },
    });
    expect(problems).toEqual([
      "function BALANCE, parameter capacity: no zh-CN name and description",
    ]);
  });

  test("a stale translation (function or parameter gone) is reported", () => {
    const balanceEntry = table.functions.BALANCE;
    if (!balanceEntry) throw new Error("table has no BALANCE");
    const { problems } = localizeMetadata(metadata, {
      functions: {
        ...table.functions,
        BALANCE: {
          ...balanceEntry,
          parameters: {
            ...balanceEntry.parameters,
            lead_time: { name: "提前期", description: "x" },
          },
        },
        LEADTIME: { description: "提前期", parameters: {} },
      },
    });
    expect(problems).toEqual([
      "function BALANCE: translation for unknown parameter lead_time",
      "translation for unknown function LEADTIME",
    ]);
  });
});
