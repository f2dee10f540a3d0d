import { defineConfig, type Options } from "tsup";

// The entry points. Their declarations are built per format with shared chunks, so that the declarations
// of `kinerja/presets` and `kinerja/node` refer to the same types as `kinerja` itself (one `Plan` brand,
// one `KinerjaError` class per format). Statements labelled `SOURCE:` only serve runs from the TypeScript
// sources (tests) and are dropped from the package.
const entry = {
  index: "src/index.ts",
  "presets/index": "src/presets/index.ts",
  "node/index": "src/node/index.ts",
  "node/scoreWorker": "src/node/scoreWorker.ts",
};
const dts = { compilerOptions: { ignoreDeprecations: "6.0", types: ["node"] } };
const common: Options = { sourcemap: false, target: "es2022", tsconfig: "tsconfig.node.json" };

export default defineConfig([
  // CJS (Node's require): bundled, the core in one chunk shared by the entry points; minified, with the
  // names of functions and classes kept for stack traces. `import.meta.url` is defined from `__filename`
  // (shims).
  {
    ...common,
    entry,
    format: ["cjs"],
    splitting: true,
    shims: true,
    dts,
    esbuildOptions(options) {
      options.dropLabels = ["SOURCE"];
      options.minify = true;
      options.keepNames = true;
    },
  },
  // ESM (bundlers, browsers, Node's import): one minified file per source module, not bundled, so that an
  // app's bundler leaves out every module the app does not use ("sideEffects": false). In a bundled chunk
  // the top-level schemas, tables and keepNames calls would all stay in every app.
  {
    ...common,
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    dts: { ...dts, entry },
    esbuildOptions(options) {
      options.dropLabels = ["SOURCE"];
      options.minify = true;
    },
  },
]);
