/**
 * Unit, property and component tests, one project per environment so engine tests never see a DOM;
 * and the browser tests of the playground in Chromium (test/e2e/README.md).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: true }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/support/jsdomSetup.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/domTimeout.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // Builds the playground when its sources changed, serves it and drives it in Chromium.
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
      globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/setupTimeout.ts"],
      slowTestThreshold: 60,
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
