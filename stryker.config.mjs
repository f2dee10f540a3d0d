// Stryker mutation testing of the scoring core: `npm run mutation` (not part of `npm test`: it takes long).
// Report: reports/mutation/mutation.json and the clear-text table on the console.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  // The scoring core: indicators, math, scorecard and the engine's stages (use `--mutate` for a subset).
  mutate: [
    "src/indicator/**/*.ts",
    "src/math/**/*.ts",
    "src/scorecard/**/*.ts",
    "src/engine/evaluate.ts",
    "src/engine/stages.ts",
    "src/engine/evaluateBehaviour.ts",
    "src/engine/compile.ts",
    "src/engine/schemeRules.ts",
    "src/engine/score.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 85, break: null },
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".tmp/stryker",
  cleanTempDir: true,
};
