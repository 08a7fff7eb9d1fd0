import {tableFromIPC} from "apache-arrow";
import {siteTable} from "./site-table.ts";
import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

/**
 * Some columns of one table of the site's corpus as plain rows (Arrow ints as numbers): only these columns become
 * JavaScript values, so an aggregate loader does not hold the items' text it never reads. A zero-row table gives [].
 */
export async function siteColumns<T = Record<string, unknown>>(name: string, columns: string[]): Promise<T[]> {
  // parquet-wasm's synchronous reader decodes every column (its `columns` option is ignored); select before rows.
  const table = tableFromIPC(parquet.readParquet(await siteTable(name)).intoIPCStream()).select(columns);
  return table.toArray().map((row) => row.toJSON() as T);
}
