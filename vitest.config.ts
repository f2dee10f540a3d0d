import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup-fast-check.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/node/**", "src/index.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
    },
  },
});
