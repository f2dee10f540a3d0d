import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  // The command-line package (cli/) imports the library by name; its tests run against the sources.
  resolve: {
    alias: [
      { find: /^kinerja\/presets$/, replacement: src("presets/index.ts") },
      { find: /^kinerja\/node$/, replacement: src("node/index.ts") },
      { find: /^kinerja$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "cli/test/**/*.test.ts"],
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
