/** Unit, property and component tests. One project per environment so engine tests never see a DOM. */
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
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
