/**
 * Checks what `npm run build` produced: the generated functions metadata (ids, matrix shapes),
 * its zh-CN twin, the pages the manifest points at and the self-hosted Office.js.
 * Exits non-zero with one line per problem.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(process.argv[2] ?? "dist");
const problems = [];
const read = (file) => JSON.parse(readFileSync(path.join(dist, file), "utf8"));

for (const file of [
  "taskpane.html",
  "taskpane.js",
  "functions.html",
  "functions.js",
  "commands.html",
  "commands.js",
  "dialog.html",
  "dialog.js",
  "assets/run-16.png",
  "assets/scenarios-32.png",
  "assets/meeting-80.png",
  "manifest.xml",
  "highs.wasm",
  "office-js/office.js",
  "office-js/custom-functions-runtime.js",
  "office-js/en-us/office_strings.js",
  "office-js/zh-cn/office_strings.js",
]) {
  if (!existsSync(path.join(dist, file))) problems.push(`missing ${file}`);
}

// The Excel stand-in and anything else of the playground stay out of the add-in's bundles.
for (const bundle of ["taskpane.js", "functions.js", "commands.js", "dialog.js"]) {
  const file = path.join(dist, bundle);
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (text.includes("Excel stand-in")) {
    problems.push(`${bundle} contains the Excel stand-in (src/playground), which must never ship`);
  }
  // HyperFormula is used under GPL-3.0 in the playground and tests only.
  if (/hyperformula/i.test(text))
    problems.push(`${bundle} contains HyperFormula, which must never ship`);
}

const FUNCTION_IDS = "BALANCE,GAP,FORECAST,ACCURACY,PLAN";

const expected = {
  FORECAST: ["history", "horizon", "season_length", "method", "interval", "language"],
  ACCURACY: ["actual", "forecast", "naive", "language"],
  PLAN: ["demand", "opening_stock", "parameters", "safety_stock", "language"],
  BALANCE: [
    "forecast",
    "orders",
    "opening_stock",
    "production",
    "capacity",
    "safety_stock",
    "excess_multiple",
    "days_per_period",
    "language",
  ],
  GAP: ["demand", "supply", "option_names", "option_capacities", "option_unit_costs", "language"],
};
const matrixParameters = new Set([
  "forecast",
  "history",
  "actual",
  "naive",
  "orders",
  "production",
  "capacity",
  "safety_stock",
  "option_names",
  "option_capacities",
  "option_unit_costs",
  "parameters",
  // SOP.GAP's demand is one number; SOP.PLAN's is a row or column.
  "PLAN.demand",
]);

function check(file, localized) {
  if (!existsSync(path.join(dist, file))) return problems.push(`missing ${file}`);
  const { functions } = read(file);
  const ids = functions.map((fn) => fn.id).join(",");
  if (ids !== FUNCTION_IDS) problems.push(`${file}: ids are ${ids}, expected ${FUNCTION_IDS}`);
  for (const fn of functions) {
    if (fn.result?.dimensionality !== "matrix")
      problems.push(`${file}: ${fn.id} result is not a matrix`);
    (expected[fn.id] ?? []).forEach((name, i) => {
      const parameter = fn.parameters[i];
      if (!parameter) return problems.push(`${file}: ${fn.id} lacks parameter ${name}`);
      if (!localized && parameter.name !== name)
        problems.push(
          `${file}: ${fn.id} parameter ${i + 1} is ${parameter.name}, expected ${name}`
        );
      if (localized && !/[\u4e00-\u9fff]/.test(parameter.description))
        problems.push(`${file}: ${fn.id}.${name} has no Chinese help`);
      const matrix = parameter.dimensionality === "matrix";
      if (matrix !== (matrixParameters.has(name) || matrixParameters.has(`${fn.id}.${name}`)))
        problems.push(
          `${file}: ${fn.id}.${name} dimensionality is ${parameter.dimensionality ?? "scalar"}`
        );
    });
  }
}
check("functions.json", false);
check("functions.zh-CN.json", true);

if (problems.length > 0) {
  for (const problem of problems) console.error(`build check: ${problem}`);
  process.exit(1);
}
console.log(
  `build check: ${dist} has functions.json (BALANCE, GAP, FORECAST, ACCURACY, PLAN), functions.zh-CN.json, the pages and Office.js`
);
