import {defineConfig} from "vitest/config";
import base from "./vitest.config.ts";

// The specs of the rule tables, for Stryker (npm run mutate): each mutant reruns only these, not the whole suite.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "test/indicators/number-patterns.test.ts",
      "test/indicators/measure-words.test.ts",
      "test/indicators/fixed-numeral-phrases.test.ts",
      "test/indicators/extract-indicators.test.ts",
      "test/clean/noise-rules.test.ts",
      "test/clean/clean-text.test.ts",
      "test/outline/end-matter-rules.test.ts",
      "test/outline/parse-outline.test.ts"
    ]
  }
});
