// Stryker mutation testing of the scoring core: `npm run mutation` (not part of `npm test`: it takes long).
// Report: reports/mutation/mutation.json and the clear-text table on the console.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: ["src/indicator/**/*.ts", "src/math/**/*.ts", "src/scorecard/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 85, break: null },
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".tmp/stryker",
  cleanTempDir: true,
};
