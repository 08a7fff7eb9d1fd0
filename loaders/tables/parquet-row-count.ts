import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

/** The number of rows of a Parquet file (summed over its row groups); a zero-row file gives 0. */
export function parquetRowCount(bytes: Uint8Array): number {
  const table = parquet.readParquet(bytes);
  try {
    return table.recordBatches().reduce((n, batch) => n + batch.numRows, 0);
  } finally {
    table.free();
  }
}
