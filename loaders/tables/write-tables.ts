import {rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {replaceOutputFolder, temporaryOutputFolder} from "./output-folder.ts";
import {tableSchemas} from "./table-schemas.ts";
import {toParquet} from "./write-parquet.ts";
import type {Tables} from "../types.ts";

/**
 * Writes one `<table>.parquet` per table into `outDir`, atomically: everything is written to a
 * temporary sibling folder first, then renamed into place, so a failed run leaves no half-written output.
 * The caller checks `outDir` first with `checkOutputFolder`.
 * Tables missing from `tables` are written with zero rows. Returns the file paths written.
 */
export function writeTables(outDir: string, tables: Tables): string[] {
  const tmp = temporaryOutputFolder(outDir);
  try {
    for (const spec of tableSchemas)
      writeFileSync(join(tmp, `${spec.name}.parquet`), toParquet(tables[spec.name] ?? [], spec));
    replaceOutputFolder(tmp, outDir);
  } catch (error) {
    rmSync(tmp, {recursive: true, force: true});
    throw error;
  }
  return tableSchemas.map((spec) => join(outDir, `${spec.name}.parquet`));
}
