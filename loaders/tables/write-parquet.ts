import {tableToIPC, type Table} from "apache-arrow";
import {createRequire} from "node:module";
import {chunksToArrow, toChunk, type ColumnChunk} from "./column-chunk.ts";
import type {TableSpec} from "./table-schemas.ts";

const require = createRequire(import.meta.url);
// parquet-wasm's Node build (CommonJS, wasm loaded synchronously).
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

/** Builds an Arrow table with exactly the spec's columns and types; missing fields become null. Empty rows give a 0-row table. */
export function toArrow(rows: readonly object[], spec: TableSpec): Table {
  return chunksToArrow([toChunk(rows, spec)], spec);
}

/** How a Parquet file is laid out. */
export interface ParquetOptions {
  /** Rows per row group (65,536). */
  rowGroupSize?: number;
  /**
   * Bytes a column's dictionary may reach before the column falls back to plain encoding (parquet-wasm's default,
   * 1 MB, when not given). A table that repeats long strings far apart (follow_through repeats each task's text
   * once per later report) is much smaller with a larger one.
   */
  dictionaryPageBytes?: number;
}

/** Encodes rows as a zstd-compressed Parquet file (byte-identical for identical input); empty rows give a valid 0-row file. */
export function toParquet(rows: readonly object[], spec: TableSpec, options: ParquetOptions = {}): Uint8Array {
  return chunksToParquet([toChunk(rows, spec)], spec, options);
}

/** toParquet of rows already encoded as column chunks (the same bytes as toParquet of the same rows). */
export function chunksToParquet(
  chunks: readonly ColumnChunk[],
  spec: TableSpec,
  {rowGroupSize = 65536, dictionaryPageBytes}: ParquetOptions = {}
): Uint8Array {
  const ipc = tableToIPC(chunksToArrow(chunks, spec), "stream");
  const table = parquet.Table.fromIPCStream(ipc);
  let props = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD)
    .setCreatedBy("fazhi-compare")
    .setMaxRowGroupSize(rowGroupSize);
  if (dictionaryPageBytes != null) props = props.setDictionaryPageSizeLimit(dictionaryPageBytes);
  return parquet.writeParquet(table, props.build());
}
