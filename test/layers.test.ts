/**
 * The layers (README, Architecture) are held by ESLint's no-restricted-imports, configured per
 * folder in eslint.config.mjs. Each row imports one folder from another, through the rule as the
 * project's own configuration sets it for that file, and says whether lint lets it through.
 */
import { execFileSync } from "child_process";
import { Linter } from "eslint";
import { join } from "path";
import tseslint from "typescript-eslint";

const ROOT = join(__dirname, "..");

/**
 * The no-restricted-imports setting ESLint computes for each file from eslint.config.mjs. Asked of
 * a separate Node process: the configuration is an ES module, which Jest's CommonJS cannot load.
 */
function configuredRules(files: readonly string[]): Record<string, Linter.RuleEntry | undefined> {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = {};
    for (const file of JSON.parse(process.argv[1]))
      out[file] = (await eslint.calculateConfigForFile(file)).rules?.["no-restricted-imports"];
    process.stdout.write(JSON.stringify(out));`;
  const json = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(files)],
    { cwd: ROOT, encoding: "utf8" }
  );
  return JSON.parse(json) as Record<string, Linter.RuleEntry | undefined>;
}

let rules: Record<string, Linter.RuleEntry | undefined> = {};

function restricted(file: string, specifier: string): string[] {
  const rule = rules[file];
  if (rule === undefined) return [];
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    `import { x } from "${specifier}";\nexport const y = x;\n`,
    [
      {
        files: ["**/*.ts", "**/*.tsx"],
        languageOptions: { parser: tseslint.parser },
        rules: { "no-restricted-imports": rule },
      },
    ],
    join(ROOT, file)
  );
  return messages.map((m) => m.ruleId ?? m.message);
}

const CASES = [
  // [importing file, import, allowed]
  ["src/i18n/probe.ts", "../excel/sheets/inputs", false],
  ["src/i18n/probe.ts", "../excel", false],
  ["src/i18n/probe.ts", "../taskpane/App", false],
  ["src/i18n/probe.ts", "../workbook", true],
  ["src/i18n/probe.ts", "../engine", true],
  ["src/taskpane/Probe.tsx", "../excel/excelWorkbook", false],
  ["src/taskpane/Probe.tsx", "../excel", false],
  ["src/taskpane/Probe.tsx", "../functions/formulas", false],
  ["src/taskpane/Probe.tsx", "../playground/page/Playground", false],
  ["src/taskpane/Probe.tsx", "../workbook", true],
  ["src/taskpane/Probe.tsx", "../i18n", true],
  ["src/taskpane/Probe.tsx", "@fluentui/react-components", true],
  // The entry point chooses the Office implementation and hands it to the pane.
  ["src/taskpane/index.tsx", "../excel/excelWorkbook", true],
  ["src/engine/probe.ts", "../i18n", false],
  ["src/engine/probe.ts", "react", false],
  ["src/engine/probe.ts", "./balance", true],
  ["src/workbook/probe.ts", "../i18n/language", true],
  ["src/workbook/probe.ts", "../i18n", false],
  ["src/workbook/probe.ts", "../i18n/ui.en-US", false],
  ["src/workbook/probe.ts", "../excel/sheets/inputs", false],
  ["src/functions/probe.ts", "../excel/sheets/inputs", false],
  ["src/functions/probe.ts", "../workbook", false],
  ["src/functions/probe.ts", "../engine", true],
  ["src/excel/probe.ts", "../taskpane/App", false],
  ["src/excel/probe.ts", "../functions/formulas", false],
  ["src/excel/probe.ts", "../workbook", true],
  ["src/excel/probe.ts", "react", false],
  ["src/excel/probe.ts", "./sheets/tables", true],
  // The pure sheet builders call no Excel: they import none of the files that do.
  ["src/excel/sheets/probe.ts", "../workbookAccess", false],
  ["src/excel/sheets/probe.ts", "../excelWorkbook", false],
  ["src/excel/sheets/probe.ts", "./tables", true],
  ["src/excel/sheets/probe.ts", "../../engine", true],
  ["src/excel/sheets/probe.ts", "../../workbook", true],
  ["src/excel/sheets/probe.ts", "../../taskpane/App", false],
  ["src/excel/sheets/probe.ts", "react", false],
  // The ribbon's commands run over the workbook interface, as the pane does.
  ["src/commands/probe.ts", "../workbook", true],
  ["src/commands/probe.ts", "../i18n/ui.en-US", true],
  ["src/commands/probe.ts", "../excel/excelWorkbook", false],
  ["src/commands/probe.ts", "../taskpane/App", false],
  ["src/commands/probe.ts", "react", false],
  ["src/commands/probe.ts", "@microsoft/office-js", false],
  // Its Office entries choose the Office implementations and the dialog's view.
  ["src/commands/index.ts", "../excel/excelWorkbook", true],
  ["src/commands/dialog.tsx", "../taskpane/CommandReport", true],
] as const;

describe("layer boundaries", () => {
  test("the sheet builders may not use Excel's or Office's globals", () => {
    const script = `
      import { ESLint } from "eslint";
      const config = await new ESLint({ cwd: process.cwd() }).calculateConfigForFile(process.argv[1]);
      process.stdout.write(JSON.stringify(config.rules?.["no-restricted-globals"]));`;
    const json = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", script, "src/excel/sheets/probe.ts"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(JSON.parse(json)).toEqual(expect.arrayContaining(["Excel", "Office"]));
  });

  beforeAll(() => {
    rules = configuredRules([...new Set(CASES.map(([file]) => file))]);
  });

  it.each(CASES)("%s importing %s: allowed %s", (file, specifier, allowed) => {
    const found = restricted(file, specifier);
    expect(found).toEqual(allowed ? [] : ["no-restricted-imports"]);
  });
});
