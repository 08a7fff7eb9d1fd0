import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import {tableSchemas} from "./table-schemas.ts";
import {toParquet} from "./write-parquet.ts";
import type {Tables} from "./extract-corpus.ts";

/**
 * Writes one `<table>.parquet` per table into `outDir`, atomically: everything is written to a
 * temporary sibling folder first, then renamed into place, so a failed run leaves no half-written output.
 * Tables missing from `tables` are written with zero rows. Returns the file paths written.
 */
export function writeTables(outDir: string, tables: Tables): string[] {
  const target = resolve(outDir);
  mkdirSync(dirname(target), {recursive: true});
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, {recursive: true, force: true});
  mkdirSync(tmp, {recursive: true});
  try {
    for (const spec of tableSchemas)
      writeFileSync(join(tmp, `${spec.name}.parquet`), toParquet(tables[spec.name] ?? [], spec));
    const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, {recursive: true, force: true});
  } catch (error) {
    rmSync(tmp, {recursive: true, force: true});
    throw error;
  }
  return tableSchemas.map((spec) => join(outDir, `${spec.name}.parquet`));
}
