// Mutation testing of the rule tables (npm run mutate; not part of npm test). The data files they read
// (data/noise-patterns.json, measure-words.csv, fixed-numeral-phrases.txt) are not code Stryker can mutate: their
// specs remove each row in turn instead (test/clean/noise-rules.test.ts, test/indicators/measure-words.test.ts, …).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: {configFile: "vitest.mutate.config.ts", related: false},
  mutate: [
    "loaders/indicators/number-patterns.ts",
    "loaders/indicators/measure-words.ts",
    "loaders/indicators/fixed-numeral-phrases.ts",
    "loaders/clean/noise-rules.ts",
    "loaders/outline/end-matter-rules.ts"
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: {fileName: "out/mutation/mutation.json"},
  tempDirName: "out/.stryker-tmp",
  ignorePatterns: ["dist", "out", "bench/output", "test/output", "test/screenshots", "src/.observablehq", "docs"],
  thresholds: {high: 90, low: 80, break: null}
};
