// ESLint (npm run lint): @eslint/js and typescript-eslint recommended, plus the few habits the code already keeps.
// Prettier formats (npm run format:check), so no formatting rules here.
import js from "@eslint/js";
import {defineConfig} from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "src/.observablehq/",
      "bench/output/",
      "test/output/",
      // Copied unchanged from the shared dev set: kept as received, not restyled.
      "test/fixtures/",
      "test/screenshots/"
    ]
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `x == null` is the null-or-undefined test of STYLE.md's normalisers; every other comparison is strict.
      eqeqeq: ["error", "always", {null: "ignore"}],
      "prefer-const": "error",
      "object-shorthand": "error",
      // A type-only import says so (`import type`): components take only types from loaders/, and esbuild drops them.
      // `typeof import("parquet-wasm")` stays allowed for the modules loaded lazily.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        {fixStyle: "inline-type-imports", disallowTypeAnnotations: false}
      ],
      // `const {text, ...rest} = row` drops a field on purpose; `_name` marks a parameter kept for its position.
      "@typescript-eslint/no-unused-vars": ["error", {ignoreRestSiblings: true, argsIgnorePattern: "^_"}],
      // Off on purpose: the code uses d3's idiom of two statements in one branch as a sequence, which Prettier
      // parenthesises (`if (found) ((best = found), (bestEnd = j + 1));`), and this rule reports every one of them.
      "@typescript-eslint/no-unused-expressions": "off"
    }
  },
  {
    // Tests read rows of tables back from Parquet, DuckDB and JSON as `Record<string, any>`: the row's shape is what
    // the test asserts, so a declared type would only restate it.
    files: ["test/**/*.ts"],
    rules: {"@typescript-eslint/no-explicit-any": "off"}
  },
  {
    // Components read no globals: pages read the URL, storage and network through src/page/ and pass what they read.
    files: ["src/components/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["location", "localStorage", "sessionStorage", "history", "fetch"].map((name) => ({
          name,
          message: `components read no globals: the page reads ${name} (src/page/) and passes what it needs`
        }))
      ]
    }
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {globals: {console: "readonly", process: "readonly"}}
  }
);
