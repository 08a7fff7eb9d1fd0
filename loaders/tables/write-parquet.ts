import {
  Bool,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector
} from "apache-arrow";
import {createRequire} from "node:module";
import type {ColumnType, TableSpec} from "./table-schemas.ts";

const require = createRequire(import.meta.url);
// parquet-wasm's Node build (CommonJS, wasm loaded synchronously).
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

const arrowTypes: Record<ColumnType, () => DataType> = {
  utf8: () => new Utf8(),
  int32: () => new Int32(),
  float64: () => new Float64(),
  bool: () => new Bool()
};

/** Builds an Arrow table with exactly the spec's columns and types; missing fields become null. Empty rows give a 0-row table. */
export function toArrow(rows: readonly object[], spec: TableSpec): Table {
  const columns: Record<string, Vector> = {};
  for (const {name, type} of spec.columns) {
    const values = rows.map((row) => normalise((row as Record<string, unknown>)[name], type));
    columns[name] =
      type === "utf8"
        ? utf8Vector(values as (string | null)[])
        : (vectorFromArray(values, arrowTypes[type]()) as Vector);
  }
  return new Table(columns);
}

/**
 * A Utf8 vector encoded into one buffer: the same Arrow data as vectorFromArray (so the same Parquet bytes). Short
 * strings (most values: ids, names, counts) are encoded by a JavaScript loop, long ones (texts) by Buffer; a call into
 * Buffer per value was half of the main thread's Parquet time (issue 15).
 */
function utf8Vector(values: readonly (string | null)[]): Vector {
  const n = values.length;
  let size = 0;
  for (const value of values) if (value != null) size += utf8Length(value);
  const data = Buffer.allocUnsafe(size);
  const offsets = new Int32Array(n + 1);
  const valid = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  let at = 0;
  for (let i = 0; i < n; ++i) {
    const value = values[i];
    if (value == null) ++nulls;
    else {
      valid[i >> 3] |= 1 << (i & 7);
      at = value.length > LONG ? at + data.write(value, at, "utf8") : writeUtf8(value, data, at);
    }
    offsets[i + 1] = at;
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, at);
  const nullBitmap = nulls > 0 ? valid : null;
  return makeVector(
    makeData({type: new Utf8(), length: n, nullCount: nulls, nullBitmap, valueOffsets: offsets, data: bytes})
  );
}

/** Strings longer than this are encoded by Buffer (one native call pays off), shorter ones in JavaScript. */
const LONG = 256;

/** The UTF-8 length of a string as Buffer.byteLength gives it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(value: string): number {
  if (value.length > LONG) return Buffer.byteLength(value, "utf8");
  let bytes = 0;
  for (let i = 0; i < value.length; ++i) {
    const c = value.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      bytes += 4;
      ++i;
    } else bytes += 3;
  }
  return bytes;
}

/** Writes a string's UTF-8 bytes at `at` exactly as Buffer.write does (lone surrogates as U+FFFD); returns the end. */
export function writeUtf8(value: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < value.length; ++i) {
    let c = value.charCodeAt(i);
    if (c < 0x80) out[at++] = c;
    else if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && isLowSurrogate(next)) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          out[at++] = 0xf0 | (point >> 18);
          out[at++] = 0x80 | ((point >> 12) & 0x3f);
          out[at++] = 0x80 | ((point >> 6) & 0x3f);
          out[at++] = 0x80 | (point & 0x3f);
          ++i;
          continue;
        }
        c = 0xfffd;
      }
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function normalise(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (type === "utf8") return Array.isArray(value) ? value.join("|") : String(value);
  if (type === "int32") return Number.isFinite(value) ? Math.trunc(value as number) : null;
  if (type === "float64") return Number.isFinite(value) ? value : null;
  return Boolean(value);
}

/** Encodes rows as a zstd-compressed Parquet file (byte-identical for identical input); empty rows give a valid 0-row file. */
export function toParquet(rows: readonly object[], spec: TableSpec, {rowGroupSize = 65536} = {}): Uint8Array {
  const ipc = tableToIPC(toArrow(rows, spec), "stream");
  const table = parquet.Table.fromIPCStream(ipc);
  const props = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD)
    .setCreatedBy("fazhi-compare")
    .setMaxRowGroupSize(rowGroupSize)
    .build();
  return parquet.writeParquet(table, props);
}
