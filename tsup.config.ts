import { defineConfig } from "tsup";

// Two builds: the runtime-neutral core and presets (no Node types), and the Node-only subpath
// (files, streams, worker threads), whose worker script is its own entry next to node/index.
const common = {
  format: ["esm", "cjs"] as ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  target: "es2022",
};

export default defineConfig([
  {
    ...common,
    entry: { index: "src/index.ts", "presets/index": "src/presets/index.ts" },
    tsconfig: "tsconfig.lib.json",
  },
  {
    ...common,
    entry: { "node/index": "src/node/index.ts", "node/scoreWorker": "src/node/scoreWorker.ts" },
    tsconfig: "tsconfig.node.json",
    dts: { compilerOptions: { ignoreDeprecations: "6.0", types: ["node"] } },
    shims: true,
  },
]);
