import {closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {tableToIPC} from "apache-arrow";
import {partitionPath} from "./partition-path.ts";
import {chunksToArrow, toChunk, type ColumnChunk} from "./column-chunk.ts";
import {tableSchema, tableSchemas, type TableSpec} from "./table-schemas.ts";
import {chunksToParquet} from "./write-parquet.ts";

const require = createRequire(import.meta.url);
const parquet = require("parquet-wasm/node") as typeof import("parquet-wasm/node");

/** The bytes of parquet-wasm's linear memory (it grows to the largest amount it ever held and never shrinks). */
export function parquetMemoryBytes(): number {
  return parquet.wasmMemory().buffer.byteLength;
}

/** Where a row's document belongs when the output is partitioned. */
export interface PartitionKey {
  province: string | null;
  year: number | null;
}

/** Rows in, Parquet out, a batch at a time. */
export interface TableSink {
  /** Queues rows of a table (of one partition when partitioned); resolves when the writer can take more. */
  add(table: string, rows: readonly object[], key?: PartitionKey | null): Promise<void>;
  /** The same as add, for rows already encoded (toChunk with the table's spec), e.g. on a worker thread. */
  addChunk(table: string, chunk: ColumnChunk, key?: PartitionKey | null): Promise<void>;
  /** Writes what is left and closes every file; returns the bytes written per table. */
  close(): Promise<Record<string, number>>;
}

export interface SinkOptions {
  /** Hive-style `<table>/province=<p>/year=<y>/part-<k>.parquet` instead of one `<table>.parquet`. */
  partition?: boolean;
  /** Buffered rows (estimated bytes) that trigger writing a batch (default 4 MB per table, 64 MB in all). */
  batchBytes?: number;
  totalBytes?: number;
}

/** Rows per row group: 65,536 as writeParquet, fewer for the table of whole texts so a row group stays ~10 MB. */
const ROW_GROUP_ROWS: Record<string, number> = {texts: 512};

/**
 * A TableSink writing into `dir`. Unpartitioned, each table is one zstd Parquet file written as a stream of row
 * groups (a table that fits one batch is written exactly as `toParquet` writes it, so small corpora give the same
 * bytes as writeTables); partitioned, each partition gets numbered part files, the largest buffers written first
 * whenever the buffered total passes `totalBytes`. Tables without a partition key go to `<table>/part-0.parquet`.
 */
export function tableSink(dir: string, options: SinkOptions = {}): TableSink {
  const {partition = false, batchBytes = 4e6, totalBytes = 64e6} = options;
  const buffers = new Map<string, Buffer>();
  const sizes: Record<string, number> = {};
  let buffered = 0;

  interface Buffer {
    spec: TableSpec;
    folder: string;
    chunks: ColumnChunk[];
    rows: number;
    bytes: number;
    parts: number;
    stream: ParquetStream | null;
  }

  const bufferOf = (table: string, key: PartitionKey | null | undefined): Buffer => {
    const folder = partition ? (key ? partitionPath(table, key.province, key.year) : table) : table;
    let buffer = buffers.get(folder);
    if (!buffer)
      buffers.set(
        folder,
        (buffer = {spec: tableSchema(table), folder, chunks: [], rows: 0, bytes: 0, parts: 0, stream: null})
      );
    return buffer;
  };

  const flush = async (buffer: Buffer, final: boolean) => {
    const {chunks, rows} = buffer;
    buffered -= buffer.bytes;
    buffer.chunks = [];
    buffer.rows = 0;
    buffer.bytes = 0;
    const name = buffer.spec.name;
    if (partition) {
      if (rows === 0 && buffer.parts > 0) return;
      const file = join(dir, buffer.folder, `part-${buffer.parts++}.parquet`);
      mkdirSync(dirname(file), {recursive: true});
      const bytes = chunksToParquet(chunks, buffer.spec);
      writeFileSync(file, bytes);
      sizes[name] = (sizes[name] ?? 0) + bytes.length;
    } else if (final && buffer.stream == null) {
      const bytes = chunksToParquet(chunks, buffer.spec);
      writeFileSync(join(dir, `${name}.parquet`), bytes);
      sizes[name] = (sizes[name] ?? 0) + bytes.length;
    } else {
      buffer.stream ??= parquetStream(join(dir, `${name}.parquet`), ROW_GROUP_ROWS[name] ?? 65536);
      if (rows > 0) await buffer.stream.write(chunks, buffer.spec);
      if (final) sizes[name] = (sizes[name] ?? 0) + (await buffer.stream.close());
    }
  };

  if (!partition) for (const spec of tableSchemas) bufferOf(spec.name, null);

  const addChunk = async (table: string, chunk: ColumnChunk, key: PartitionKey | null | undefined) => {
    if (chunk.rows === 0) return;
    const buffer = bufferOf(table, key);
    buffer.chunks.push(chunk);
    buffer.rows += chunk.rows;
    buffer.bytes += chunk.bytes;
    buffered += chunk.bytes;
    const rowLimit = ROW_GROUP_ROWS[table] ?? 65536;
    if (buffer.rows >= rowLimit || buffer.bytes >= batchBytes) await flush(buffer, false);
    if (buffered > totalBytes)
      for (const other of [...buffers.values()].sort((a, b) => b.bytes - a.bytes)) {
        if (buffered <= totalBytes / 2 || other.bytes === 0) break;
        await flush(other, false);
      }
  };

  return {
    async add(table, rows, key) {
      if (rows.length > 0) await addChunk(table, toChunk(rows, tableSchema(table)), key);
    },
    addChunk: (table, chunk, key) => addChunk(table, chunk, key),
    async close() {
      for (const buffer of buffers.values()) await flush(buffer, true);
      return sizes;
    }
  };
}

interface ParquetStream {
  write(chunks: readonly ColumnChunk[], spec: TableSpec): Promise<void>;
  /** Ends the stream, waits for the file and returns its size. */
  close(): Promise<number>;
}

/** One Parquet file written from Arrow batches as they come (parquet-wasm's transformParquetStream), with backpressure. */
function parquetStream(file: string, rowGroupRows: number): ParquetStream {
  const queue: unknown[] = [];
  let closed = false;
  let failure: Error | null = null;
  let dataReady: (() => void) | null = null;
  let spaceReady: (() => void) | null = null;
  const wakeData = () => (dataReady?.(), (dataReady = null));
  const wakeSpace = () => (spaceReady?.(), (spaceReady = null));
  const input = new ReadableStream(
    {
      async pull(controller) {
        while (queue.length === 0 && !closed) await new Promise<void>((resolve) => (dataReady = resolve));
        if (queue.length > 0) controller.enqueue(queue.shift());
        else controller.close();
        wakeSpace();
      }
    },
    {highWaterMark: 0}
  );
  const props = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD)
    .setCreatedBy("fazhi-compare")
    .setMaxRowGroupSize(rowGroupRows)
    .build();
  // Not awaited here: transformParquetStream resolves only once it has read the first batch.
  const output = parquet.transformParquetStream(input, props);
  const fd = openSync(file, "w");
  const done = (async () => {
    try {
      for await (const chunk of (await output) as unknown as AsyncIterable<Uint8Array>) writeSync(fd, chunk);
    } catch (error) {
      failure = error as Error;
      wakeSpace();
    } finally {
      closeSync(fd);
    }
  })();
  return {
    async write(chunks, spec) {
      if (failure) throw failure;
      const table = parquet.Table.fromIPCStream(tableToIPC(chunksToArrow(chunks, spec), "stream"));
      for (const batch of table.recordBatches()) queue.push(batch);
      table.free();
      wakeData();
      while (!failure && queue.length > 1) await new Promise<void>((resolve) => (spaceReady = resolve));
      if (failure) throw failure;
    },
    async close() {
      closed = true;
      wakeData();
      await done;
      if (failure) throw failure;
      return statSync(file).size;
    }
  };
}
