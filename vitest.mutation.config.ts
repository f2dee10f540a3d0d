// The tests Stryker runs against mutants of the scoring core (npm run mutation): the engine-level unit tests
// at the top of test/ (indicators, rounding, perspectives, goals, evaluate, plugins, properties); not the
// batch, fuzz, rating, rules, period and preset suites, which exercise the core only through these paths.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/*.test.ts"],
    // goals.test.ts changes the process time zone, which the runner's threads do not see.
    exclude: ["test/goals.test.ts"],
    setupFiles: ["test/setup-fast-check.ts"],
    testTimeout: 60_000,
  },
});
