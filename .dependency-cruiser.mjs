/**
 * The boundaries of loaders/README.md, checked by dependency-cruiser in `npm run lint` (scripts/depcruise.ts).
 *
 * `order` is the README's order: a module may import from its own place and the places before it, never from a
 * place after it. `types.ts`, `read/` and `text/` come first, so every stage may use them; `extract-document.ts`
 * composes the stages up to keywords/ and is used by run/; `cli.ts` is last.
 */
const order = [
  ["types", "^loaders/types[.]ts$"],
  ["read", "^loaders/read/"],
  ["text", "^loaders/text/"],
  ["clean", "^loaders/clean/"],
  ["metadata", "^loaders/metadata/"],
  ["outline", "^loaders/outline/"],
  ["assignments", "^loaders/assignments/"],
  ["indicators", "^loaders/indicators/"],
  ["topics", "^loaders/topics/"],
  ["keywords", "^loaders/keywords/"],
  ["checks", "^loaders/checks/"],
  ["extract-document", "^loaders/extract-document[.]ts$"],
  ["tables", "^loaders/tables/"],
  ["run", "^loaders/run/"],
  ["site", "^loaders/site/(?!release/)"],
  ["site-release", "^loaders/site/release/"],
  ["cli", "^loaders/cli[.]ts$"]
];

const stageRules = order.slice(0, -1).map(([name, path], i) => ({
  name: `no-later-stage-from-${name}`,
  comment: `${name} imports only from itself and the stages before it in loaders/README.md`,
  severity: "error",
  from: {path},
  to: {path: order.slice(i + 1).map(([, later]) => later)}
}));

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "no module reaches itself through its imports",
      severity: "error",
      from: {},
      to: {circular: true}
    },
    {
      name: "loaders-not-to-site-source",
      comment: "the library never imports the site (src/), the scripts, the benchmarks or the tests",
      severity: "error",
      from: {path: "^loaders/"},
      to: {path: "^(src|scripts|bench|test)/"}
    },
    {
      name: "components-only-types-from-loaders",
      comment: "components run in the browser: they take only types from loaders/ (import type)",
      severity: "error",
      from: {path: "^src/components/"},
      to: {path: "^loaders/", dependencyTypesNot: ["type-only"]}
    },
    {
      name: "components-not-to-page-helpers",
      comment:
        "components read no globals: the page helpers of src/page/ (URL, localStorage, fetch) are for pages only",
      severity: "error",
      from: {path: "^src/components/"},
      to: {path: "^src/page/"}
    },
    {
      name: "every-relative-import-resolves",
      comment: "a relative import names a file that exists",
      severity: "error",
      from: {},
      to: {couldNotResolve: true, path: "^[.]"}
    },
    ...stageRules
  ],
  options: {
    doNotFollow: {path: "node_modules"},
    exclude: {path: "^src/[.]observablehq/"},
    tsPreCompilationDeps: true,
    // src/components/align-items.ts is a link to loaders/site/align-items.ts (the build and the browser share the
    // pure alignment code, and Framework serves only files under src/): a module is judged where it is imported.
    preserveSymlinks: true,
    tsConfig: {fileName: "tsconfig.json"},
    enhancedResolveOptions: {extensions: [".ts", ".js", ".mjs", ".json"]}
  }
};
