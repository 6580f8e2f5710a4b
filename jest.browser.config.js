// jest for the real-browser tests (test/browser): headless Chromium against the production build.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.browser.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: "<rootDir>/test/browser/global-setup.ts",
  // One browser at a time: the machines running this are small.
  maxWorkers: 1,
  testTimeout: 240000,
};
