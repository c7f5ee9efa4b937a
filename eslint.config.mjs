import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const SRC_FOLDERS = [
  "engine",
  "i18n",
  "workbook",
  "solver",
  "functions",
  "excel",
  "taskpane",
  "commands",
  "playground",
];
const UI = ["react", "react-*", "@fluentui/*"];
const OFFICE = ["@microsoft/office-js", "office-*"];

/**
 * One layer's imports: of the other src folders only those in `allowed` (a folder, or one file of
 * it such as "i18n/language"); the layers below the UI import no UI or Office package either.
 */
function layer(folder, allowed, message, ignores = []) {
  const regex = (f) => {
    const files = allowed.filter((a) => a.startsWith(`${f}/`)).map((a) => a.slice(f.length + 1));
    // A folder of which only some files are allowed: every other file of it is not.
    const except = files.length > 0 ? `(?!/(${files.join("|")})$)` : "";
    // From the folder itself or any folder below it (src/excel/sheets imports ../../engine).
    return `^(\\.\\./)+${f}${except}(/|$)`;
  };
  const patterns = SRC_FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).map((f) => ({
    regex: regex(f),
    message,
  }));
  // The UI's packages are the taskpane's; Office's globals only the Excel and functions layers'.
  if (folder !== "taskpane")
    patterns.push({
      group: ["excel", "functions"].includes(folder) ? UI : [...UI, ...OFFICE],
      message,
    });
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores,
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
}

/** The Office entries of the ribbon's commands (webpack's `commands` and `dialog` bundles). */
const COMMAND_ENTRIES = ["src/commands/index.ts", "src/commands/dialog.tsx"];

const EXCEL_LAYER = layer(
  "excel",
  ["engine", "i18n", "workbook"],
  "The Excel layer implements the workbook interface."
);

/**
 * The pure half of the Excel layer, src/excel/sheets: what is read from and written to sheets, as
 * plain values. It calls no Excel (no Excel or Office global) and imports none of the files that do.
 */
const SHEETS_MESSAGE =
  "src/excel/sheets builds and reads sheets as plain values: it imports only itself, the engine, i18n and the workbook interface.";
const SHEETS_LAYER = {
  files: ["src/excel/sheets/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...EXCEL_LAYER.rules["no-restricted-imports"][1].patterns,
          { regex: "^\\.\\./(?!\\.\\./)", message: SHEETS_MESSAGE },
        ],
      },
    ],
    "no-restricted-globals": ["error", "Excel", "Office", "window", "document"],
  },
};

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-playground/",
      "dist-tsc/",
      "coverage/",
      "test-results/",
      "node_modules/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-console": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: false } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      "no-console": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/playground/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The layers (README, Architecture): each src folder imports only the folders below it.
  layer("engine", [], "The engine is pure planning math: it imports nothing outside src/engine."),
  layer(
    "i18n",
    ["engine", "workbook"],
    "i18n words what the engine and the workbook interface report."
  ),
  layer(
    "workbook",
    ["engine", "i18n/language"],
    "The workbook interface is types and constants over the engine."
  ),
  layer(
    "solver",
    ["engine"],
    "The solver hands the engine's linear programs to HiGHS; it knows nothing else."
  ),
  layer("functions", ["engine", "i18n", "solver"], "Custom functions call the engine only."),
  EXCEL_LAYER,
  SHEETS_LAYER,
  layer(
    "taskpane",
    ["engine", "i18n", "workbook"],
    "The taskpane talks to the workbook only through the interface it is given.",
    [
      // The entry point is where the Office implementation is chosen and handed to the pane.
      "src/taskpane/index.tsx",
    ]
  ),
  // The ribbon's commands: what the tab holds and how a button runs, over the workbook interface.
  // Its two Office entries (the commands file and the report dialog) choose the Office
  // implementations, as the taskpane's entry does.
  layer(
    "commands",
    ["engine", "i18n", "workbook"],
    "The ribbon's commands run over the workbook interface; only their Office entries meet Office.",
    COMMAND_ENTRIES
  ),
  {
    files: ["src/commands/**/*.{ts,tsx}"],
    ignores: COMMAND_ENTRIES,
    rules: { "no-restricted-globals": ["error", "Excel", "Office", "window", "document"] },
  },
  {
    files: ["src/engine/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "CustomFunctions",
        "console",
        "process",
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Excel", "window", "document"] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", "Excel", "Office"],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    files: ["bench/**/*.ts", "scripts/**/*.mjs"],
    rules: { "no-console": "off" },
  }
);
