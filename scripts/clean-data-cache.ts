/**
 * Removes Framework's cached loader output (src/.observablehq/cache/data). Framework only watches a loader
 * file itself, not the library under loaders/ it calls, so every build starts from fresh loader output.
 * The extraction itself is cached by loaders/site/site-table.ts under a fingerprint of inputs, code and data.
 */
import {rmSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

rmSync(join(dirname(fileURLToPath(import.meta.url)), "..", "src", ".observablehq", "cache", "data"), {
  recursive: true,
  force: true
});
