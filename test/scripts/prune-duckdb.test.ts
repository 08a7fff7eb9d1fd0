import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {pruneDuckDB} from "../../scripts/prune-duckdb.ts";

/** A built site's DuckDB files as Framework 1.13 writes them. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), "prune-duckdb-"));
  const files = join(dir, "_npm", "@duckdb", "duckdb-wasm@1.29.0", "dist");
  mkdirSync(files, {recursive: true});
  for (const name of [
    "duckdb-mvp.wasm",
    "duckdb-eh.wasm",
    "duckdb-browser-mvp.worker.c85d2c10.js",
    "duckdb-browser-eh.worker.32845a78.js"
  ])
    writeFileSync(join(files, name), "x");
  return dir;
}
const left = (dir: string) => readdirSync(join(dir, "_npm", "@duckdb", "duckdb-wasm@1.29.0", "dist")).sort();

describe("pruneDuckDB(dir)", () => {
  test("removes the mvp wasm and worker and keeps the eh ones", () => {
    const dir = site();
    expect(pruneDuckDB(dir)).toEqual([
      "_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-browser-mvp.worker.c85d2c10.js",
      "_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-mvp.wasm"
    ]);
    expect(left(dir)).toEqual(["duckdb-browser-eh.worker.32845a78.js", "duckdb-eh.wasm"]);
    expect(pruneDuckDB(dir)).toEqual([]);
  });

  test("removes nothing from a site without DuckDB", () => {
    expect(pruneDuckDB(mkdtempSync(join(tmpdir(), "prune-duckdb-")))).toEqual([]);
  });
});
