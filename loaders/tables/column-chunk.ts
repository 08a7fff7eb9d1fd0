import {Bool, Float64, Int32, Table, Utf8, makeData, makeVector, type Vector} from "apache-arrow";
import type {ColumnType, TableSpec} from "./table-schemas.ts";

/**
 * One column of a few rows, already normalised to the spec's type: text as UTF-8 bytes with each row's end offset,
 * numbers and booleans (1/0) as doubles; `nulls[i]` is 1 where row i is null (null: no nulls).
 */
export type ChunkColumn =
  {bytes: Uint8Array; ends: Int32Array; nulls: Uint8Array | null} | {values: Float64Array; nulls: Uint8Array | null};

/**
 * Rows of one table as typed arrays, one per column of its spec: what a worker thread posts instead of row objects
 * (a handful of buffers copy far faster than thousands of small objects), and what the Parquet writer concatenates
 * into Arrow vectors. `bytes` is the rows' estimated in-memory size (estimateBytes), which decides when a batch is
 * written, so batches — and the Parquet bytes — do not depend on which thread encoded the rows.
 */
export interface ColumnChunk {
  rows: number;
  bytes: number;
  columns: ChunkColumn[];
}

/** Encodes rows into a chunk with exactly the spec's columns; missing fields become null. */
export function toChunk(rows: readonly object[], spec: TableSpec): ColumnChunk {
  return {
    rows: rows.length,
    bytes: estimateBytes(rows),
    columns: spec.columns.map(({name, type}) =>
      type === "utf8" ? utf8Column(rows, name) : numberColumn(rows, name, type)
    )
  };
}

/** An Arrow table of the chunks' rows in order, the same data as vectorFromArray gives for the same values. */
export function chunksToArrow(chunks: readonly ColumnChunk[], spec: TableSpec): Table {
  const columns: Record<string, Vector> = {};
  spec.columns.forEach(({name, type}, c) => {
    const parts = chunks.map((chunk) => chunk.columns[c]);
    columns[name] =
      type === "utf8"
        ? utf8Vector(parts as Extract<ChunkColumn, {bytes: Uint8Array}>[])
        : numberVector(parts as Extract<ChunkColumn, {values: Float64Array}>[], type);
  });
  return new Table(columns);
}

/**
 * Rough in-memory size of rows: string lengths in UTF-8-ish bytes plus a per-field overhead. The fields are read with
 * for…in (rows are plain objects), not Object.values, which built an array per row: half the time (issue 15).
 */
export function estimateBytes(rows: readonly object[]): number {
  let bytes = 0;
  for (const row of rows)
    for (const key in row) {
      const value = (row as Record<string, unknown>)[key];
      bytes += typeof value === "string" ? 16 + value.length * 3 : 16;
    }
  return bytes;
}

/** A field as text: arrays joined with "|", anything else through String; null and undefined stay null. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.join("|") : String(value);
}

function utf8Column(rows: readonly object[], name: string): ChunkColumn {
  const n = rows.length;
  const texts: (string | null)[] = new Array(n);
  let size = 0;
  let nulls: Uint8Array | null = null;
  for (let i = 0; i < n; ++i) {
    const text = textOf((rows[i] as Record<string, unknown>)[name]);
    texts[i] = text;
    if (text == null) (nulls ??= new Uint8Array(n))[i] = 1;
    else size += Buffer.byteLength(text, "utf8");
  }
  const bytes = new Uint8Array(size);
  const ends = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; ++i) {
    const text = texts[i];
    if (text != null) at += encoder.encodeInto(text, bytes.subarray(at)).written;
    ends[i] = at;
  }
  return {bytes, ends, nulls};
}

function numberColumn(rows: readonly object[], name: string, type: ColumnType): ChunkColumn {
  const n = rows.length;
  const values = new Float64Array(n);
  let nulls: Uint8Array | null = null;
  for (let i = 0; i < n; ++i) {
    const value = (rows[i] as Record<string, unknown>)[name];
    if (value === undefined || value === null) (nulls ??= new Uint8Array(n))[i] = 1;
    else if (type === "bool") values[i] = value ? 1 : 0;
    else if (Number.isFinite(value)) values[i] = type === "int32" ? Math.trunc(value as number) : (value as number);
    else (nulls ??= new Uint8Array(n))[i] = 1;
  }
  return {values, nulls};
}

/** One Utf8 vector of the parts in order: one buffer of bytes, offsets, and a validity bitmap only when a row is null. */
function utf8Vector(parts: readonly Extract<ChunkColumn, {bytes: Uint8Array}>[]): Vector {
  let n = 0;
  let size = 0;
  for (const part of parts) ((n += part.ends.length), (size += part.bytes.length));
  const data = new Uint8Array(size);
  const offsets = new Int32Array(n + 1);
  const valid = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  let row = 0;
  let base = 0;
  for (const part of parts) {
    data.set(part.bytes, base);
    for (let i = 0; i < part.ends.length; ++i, ++row) {
      if (part.nulls?.[i]) ++nulls;
      else valid[row >> 3] |= 1 << (row & 7);
      offsets[row + 1] = base + part.ends[i];
    }
    base += part.bytes.length;
  }
  const nullBitmap = nulls > 0 ? valid : null;
  return makeVector(makeData({type: new Utf8(), length: n, nullCount: nulls, nullBitmap, valueOffsets: offsets, data}));
}

/**
 * One Int32, Float64 or Bool vector of the parts in order, built directly from typed arrays: the same values and
 * validity as vectorFromArray gives (so the same Parquet bytes), without its per-value builder calls, which were a
 * third of the writer's Arrow time (issue 15).
 */
function numberVector(parts: readonly Extract<ChunkColumn, {values: Float64Array}>[], type: ColumnType): Vector {
  let n = 0;
  for (const part of parts) n += part.values.length;
  const valid = new Uint8Array((n + 7) >> 3);
  const data =
    type === "int32" ? new Int32Array(n) : type === "float64" ? new Float64Array(n) : new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  let row = 0;
  for (const part of parts)
    for (let i = 0; i < part.values.length; ++i, ++row) {
      if (part.nulls?.[i]) {
        ++nulls;
        continue;
      }
      valid[row >> 3] |= 1 << (row & 7);
      if (type !== "bool") data[row] = part.values[i];
      else if (part.values[i] !== 0) data[row >> 3] |= 1 << (row & 7);
    }
  const nullBitmap = nulls > 0 ? valid : null;
  const common = {length: n, nullCount: nulls, nullBitmap};
  if (data instanceof Int32Array) return makeVector(makeData({type: new Int32(), ...common, data}));
  if (data instanceof Float64Array) return makeVector(makeData({type: new Float64(), ...common, data}));
  return makeVector(makeData({type: new Bool(), ...common, data}));
}

/**
 * Encodes text as Buffer does (a lone surrogate as U+FFFD). One native call per string: in a benchmark of 20
 * documents' rows this took half the CPU of a JavaScript loop over the characters (issue 15).
 */
const encoder = new TextEncoder();
