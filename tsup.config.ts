import { defineConfig } from "tsup";

// One build for every entry point, so the core is bundled once and shared: the ESM files and the
// declarations of `kinerja/presets` and `kinerja/node` import the same chunk as `kinerja` itself (one
// `Plan` brand, one `KinerjaError` class per format). The worker script is its own entry next to
// node/index. Statements labelled `SOURCE:` only serve runs from the TypeScript sources (tests) and are
// dropped from the package.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "presets/index": "src/presets/index.ts",
    "node/index": "src/node/index.ts",
    "node/scoreWorker": "src/node/scoreWorker.ts",
  },
  format: ["esm", "cjs"],
  splitting: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0", types: ["node"] } },
  sourcemap: false,
  target: "es2022",
  tsconfig: "tsconfig.node.json",
  shims: true,
  esbuildOptions(options) {
    options.dropLabels = ["SOURCE"];
    // Minified JS (the declarations carry the documentation), with the names of functions and classes
    // kept, so stack traces still name kinerja's functions; the packed size stays within its budget.
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.minifyIdentifiers = true;
    options.keepNames = true;
  },
});
