// The tests Stryker runs against mutants of the scoring core (npm run mutation): the engine-level unit tests
// at the top of test/ (indicators, rounding, perspectives, goals, evaluate, plugins, properties; goals.test.ts sets
// the time zone in a child process, so it runs in the runner's threads too); not the
// batch, fuzz, rating, rules, period and preset suites, which exercise the core only through these paths.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // rollUpGoals (src/scorecard) is tested with the organisation cycle; the number types (src/math) in test/math.
    include: ["test/*.test.ts", "test/math/*.test.ts", "test/organisation/rollUpGoals.test.ts", "test/organisation/rollUpGoalsTrace.test.ts"],
    setupFiles: ["test/setup-fast-check.ts"],
    testTimeout: 60_000,
  },
});
