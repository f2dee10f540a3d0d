import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "docs/api/**", "reports/**", "node_modules/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*"], message: "The core stays runtime-neutral: Node-only code lives in src/node/." }] },
      ],
      "no-restricted-properties": ["error", { object: "Decimal", property: "set", message: "Never configure the global Decimal." }],
    },
  },
  {
    // src/organisation/ (the organisation → employee cycle) sits above the engine: it may import every core
    // layer, but not the presets, the Node-only code or the public barrel; no core layer imports it.
    files: ["src/organisation/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The core stays runtime-neutral: Node-only code lives in src/node/." },
            { group: ["**/presets/**", "**/node/**", "../index.js"], message: "src/organisation/ builds on the core layers only." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/{errors,schema,math,indicator,feedback,rating,period,scorecard,rules,engine,explain}/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The core stays runtime-neutral: Node-only code lives in src/node/." },
            { group: ["**/organisation/**"], message: "Lower layers never import src/organisation/ (it builds on them)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/node/**", "test/**", "scripts/**", "examples/**", "*.config.*", "bench/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "no-restricted-imports": "off" },
  },
);
