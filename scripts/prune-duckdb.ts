import {existsSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";

/**
 * Removes DuckDB-Wasm's `mvp` build (duckdb-mvp.wasm, 40.6 MB, and its worker) from a built site, which keeps the
 * `eh` build only (35.7 MB). `mvp` serves only browsers without WebAssembly exception handling (older than
 * Chrome/Edge 95, Firefox 100, Safari 15.2); /explore checks for it before starting DuckDB and tells those browsers
 * it cannot run (src/components/wasm-features.ts), so no page asks for the removed files. Framework 1.13 copies both
 * builds into `_npm/@duckdb/duckdb-wasm@<version>/dist/`, and its client fails when a platform is turned off in the
 * config, hence this step. Gives the removed paths, relative to `dir`, sorted.
 */
export function pruneDuckDB(dir: string): string[] {
  const npm = join(dir, "_npm", "@duckdb");
  const removed: string[] = [];
  for (const pkg of existsSync(npm) ? readdirSync(npm).filter((name) => name.startsWith("duckdb-wasm@")) : []) {
    const files = join(npm, pkg, "dist");
    if (!existsSync(files)) continue;
    for (const name of readdirSync(files).filter((name) => /^duckdb-(browser-)?mvp[.-]/.test(name))) {
      rmSync(join(files, name));
      removed.push(["_npm", "@duckdb", pkg, "dist", name].join("/"));
    }
  }
  return removed.sort();
}
