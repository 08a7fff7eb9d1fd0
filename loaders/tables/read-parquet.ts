import {tableFromIPC} from "apache-arrow";
import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

/** Decodes a Parquet file into plain row objects (Arrow ints as numbers); a zero-row file gives []. */
export function readParquetRows<T = Record<string, unknown>>(bytes: Uint8Array): T[] {
  const table = tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
  return table.toArray().map((row) => row.toJSON() as T);
}
