/**
 * The smallest WebAssembly module that uses exception handling (a `try` block), the probe DuckDB-Wasm's own
 * `getPlatformFeatures` validates (@duckdb/duckdb-wasm 1.29.0, dist/duckdb-browser.mjs).
 */
const exceptionsProbe = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11
]);

/**
 * Whether this WebAssembly engine has exception handling, which the site's one DuckDB build (`eh`, see
 * observablehq.config.ts) needs: Chrome and Edge 95+, Firefox 100+, Safari 15.2+. An engine that throws while
 * validating counts as without.
 */
export function wasmExceptions(wasm: Pick<typeof WebAssembly, "validate"> = WebAssembly): boolean {
  try {
    return wasm.validate(exceptionsProbe);
  } catch {
    return false;
  }
}
