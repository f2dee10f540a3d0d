// The tests Stryker runs against mutants of the scoring core (npm run mutation): every unit test except
// the batch (file and worker) tests and the fuzz harness, which do not test the core's arithmetic.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/node/**", "test/fuzz/**"],
    setupFiles: ["test/setup-fast-check.ts"],
    testTimeout: 60_000,
  },
});
