import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "cli/node_modules/**", "docs/api/**", "reports/**", "node_modules/**", ".tmp/**"] },
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
    files: ["src/node/**", "test/**", "scripts/**", "examples/**", "*.config.*", "bench/**", "cli/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", NodeJS: "readonly", document: "readonly", window: "readonly" } },
    rules: { "no-restricted-imports": "off" },
  },
);
