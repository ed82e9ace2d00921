// Lint: typescript-eslint's recommended rules, plus size limits on production
// code (a file over 400 lines or a function over 50 is a sign to split it).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const production = ["spec/**/*.ts", "provider/**/*.ts", "sdk/**/*.ts", "emulator/**/*.ts", "tools/**/*.ts", "index.ts"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "examples/**", ".e2e/**", "bench/.work/**", "**/*.generated.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { globals: { module: "readonly", require: "readonly", process: "readonly", __dirname: "readonly", setTimeout: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: production,
    rules: {
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 50, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
);
