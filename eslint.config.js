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
    // Talent and career sit beside the engine: they score with its public entry points (compile,
    // evaluate, parseScheme) and the rule engine, never with engine internals, presets or Node code.
    files: ["src/talent/**", "src/career/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The core stays runtime-neutral: Node-only code lives in src/node/." },
            { group: ["**/node/*", "**/presets/*", "**/explain/*"], message: "Talent and career may not import Node code, presets or the explain layer." },
            {
              group: ["**/engine/*", "!**/engine/compile.js", "!**/engine/evaluate.js", "!**/engine/parseScheme.js"],
              message: "Talent and career use the engine's public entry points only (compile, evaluate, parseScheme).",
            },
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
