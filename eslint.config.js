import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

/**
 * The layers of src/ and what each may import (docs/concepts.md, "Layers"). Imports go one way: a
 * folder may import only the folders listed for it; presets and node use the public barrel
 * (`../index.js`), as any user would. A new folder must be added here before it can import anything.
 */
const LAYERS = {
  concepts: [],
  errors: [],
  math: ["concepts", "errors"],
  schema: ["concepts", "errors", "math"],
  indicator: ["concepts", "errors", "math", "schema"],
  feedback: ["concepts", "errors", "math", "schema"],
  rating: ["concepts", "errors", "math", "schema"],
  period: ["concepts", "errors", "math", "schema"],
  scorecard: ["concepts", "errors", "math", "schema", "indicator", "feedback", "rating", "period"],
  rules: ["concepts", "errors", "math", "schema", "rating"],
  engine: ["concepts", "errors", "math", "schema", "indicator", "feedback", "rating", "period", "scorecard", "rules"],
  explain: ["concepts", "errors", "math", "schema"],
  talent: ["concepts", "errors", "math", "schema", "period", "rating", "scorecard", "rules", "engine"],
  career: ["concepts", "errors", "math", "schema", "period", "rating", "rules", "engine", "talent"],
  // The organisation → employee cycle of PermenPANRB 6/2022 builds on the engine and every layer below it.
  organisation: ["concepts", "errors", "math", "schema", "indicator", "feedback", "rating", "period", "scorecard", "rules", "engine", "explain"],
  // The authoring kit: public, checked entry points to the exact number, rounding, issues, traces and
  // input parsing that the core implements, for presets and plugin authors.
  kit: ["concepts", "errors", "math", "schema", "indicator"],
  presets: [],
  // Node-only code (files, streams, workers) uses the public barrel, and the decimal context to read JSON numbers exactly.
  node: ["errors", "math", "schema"],
};
const FOLDERS = Object.keys(LAYERS);
/** Narrower rules inside an allowed layer: talent and career score with the engine's entry points only. */
const ENGINE_ENTRY_POINTS = {
  group: ["**/engine/*", "!**/engine/compile.js", "!**/engine/evaluate.js", "!**/engine/parseScheme.js"],
  message: "Talent and career use the engine's entry points only (compile, evaluate, parseScheme), never its internals.",
};
const EXTRA = { talent: [ENGINE_ENTRY_POINTS], career: [ENGINE_ENTRY_POINTS] };
const NODE_ONLY = { group: ["node:*"], message: "The core stays runtime-neutral: Node-only code lives in src/node/." };

/** The no-restricted-imports rule of one layer: Node built-ins and every folder it may not import. */
function layerRule(folder) {
  const allowed = new Set([folder, ...LAYERS[folder]]);
  const forbidden = FOLDERS.filter((f) => !allowed.has(f));
  const patterns = [
    ...(folder === "node" ? [] : [NODE_ONLY]),
    {
      group: forbidden.flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
      message: `src/${folder}/ may import only ${[...allowed].filter((f) => f !== folder).join(", ") || "nothing of src/"} (the layers in eslint.config.js).`,
    },
    ...(EXTRA[folder] ?? []),
  ];
  return { files: [`src/${folder}/**`], rules: { "no-restricted-imports": ["error", { patterns }] } };
}

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "cli/node_modules/**", "cli/dist/**", "docs/api/**", "reports/**", "node_modules/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": ["error", { patterns: [NODE_ONLY] }],
      "no-restricted-properties": ["error", { object: "Decimal", property: "set", message: "Never configure the global Decimal." }],
    },
  },
  // Type-aware rules for the library: a switch over a union must name every member (a `default` does
  // not count), so a new member of a concept does not pass lint until every switch has decided.
  {
    files: ["src/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false, allowDefaultCaseForExhaustiveSwitch: true },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  ...FOLDERS.map(layerRule),
  {
    files: ["src/presets/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_ONLY,
            { group: FOLDERS.flatMap((f) => [`../../${f}/*`, `../../../${f}/*`]), message: "Presets use only the public API (../../index.js), as any user would." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/node/**", "test/**", "scripts/**", "examples/**", "*.config.*", "bench/**", "cli/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", NodeJS: "readonly", document: "readonly", window: "readonly" } },
  },
  { files: ["test/**", "scripts/**", "examples/**", "*.config.*", "bench/**", "cli/**"], rules: { "no-restricted-imports": "off" } },
);
