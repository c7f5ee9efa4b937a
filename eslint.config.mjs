import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

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
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine is pure planning math: the same code runs in Excel, in tests and in benchmarks.
    files: ["src/engine/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "@microsoft/office-js", "office-*"],
              message: "The engine is pure: no UI or Office.",
            },
            { group: ["../*"], message: "The engine imports nothing outside src/engine." },
          ],
        },
      ],
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
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../excel/*", "../taskpane/*", "react", "@fluentui/*"],
              message: "Custom functions call the engine only.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "window", "document"],
    },
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
