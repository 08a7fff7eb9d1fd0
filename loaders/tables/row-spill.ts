import {closeSync, openSync, readSync, rmSync, writeSync} from "node:fs";

/** Rows parked in a file while a corpus streams through, so memory does not grow with it. */
export interface RowSpill<T> {
  /** Appends one row (plain JSON data: strings, finite numbers, booleans, null). */
  add(row: T): void;
  /** Rows added so far. */
  readonly size: number;
  /** Every row added, in the order added, read back from the file. */
  rows(): Generator<T>;
  /** The rows at these positions (0 = the first added), in the order given, read back from the file. */
  rowsAt(positions: Iterable<number>): Generator<T>;
  /** Closes and removes the file; calling it again does nothing. */
  dispose(): void;
}

/**
 * A RowSpill writing one JSON line per row to `file` (JSON keeps strings, lone surrogates included, and finite
 * numbers exactly); nothing added reads back nothing.
 */
export function rowSpill<T>(file: string, {bufferBytes = 1 << 20} = {}): RowSpill<T> {
  const fd = openSync(file, "w+");
  let pending: string[] = [];
  let pendingLength = 0;
  let written = 0;
  let size = 0;
  let disposed = false;
  /** Where each row's line starts in the file (UTF-8 bytes), and after the last one: size + 1 entries. */
  let starts = new Float64Array(1024);
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.from(pending.join(""), "utf8");
    writeSync(fd, bytes, 0, bytes.length, written);
    written += bytes.length;
    pending = [];
    pendingLength = 0;
  };
  return {
    add(row) {
      const line = JSON.stringify(row) + "\n";
      pending.push(line);
      pendingLength += line.length;
      if (size + 2 > starts.length) {
        const grown = new Float64Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[size + 1] = starts[size] + Buffer.byteLength(line, "utf8");
      ++size;
      if (pendingLength >= bufferBytes) flush();
    },
    get size() {
      return size;
    },
    *rows() {
      flush();
      const chunk = Buffer.allocUnsafe(Math.max(1, bufferBytes));
      let rest = Buffer.alloc(0);
      for (let at = 0; at < written;) {
        const n = readSync(fd, chunk, 0, Math.min(chunk.length, written - at), at);
        at += n;
        const bytes = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        // Decode up to the last newline only, so neither a line nor a UTF-8 sequence is cut in two.
        const end = bytes.lastIndexOf(0x0a) + 1;
        rest = Buffer.from(bytes.subarray(end));
        if (end === 0) continue;
        const lines = bytes.toString("utf8", 0, end - 1).split("\n");
        for (const line of lines) yield JSON.parse(line) as T;
      }
    },
    *rowsAt(positions) {
      flush();
      let bytes = Buffer.alloc(0);
      for (const i of positions) {
        if (!(i >= 0 && i < size)) throw new Error(`no row ${i} in ${file} (${size} rows)`);
        const length = starts[i + 1] - starts[i];
        if (bytes.length < length) bytes = Buffer.allocUnsafe(Math.max(length, 2 * bytes.length));
        readSync(fd, bytes, 0, length, starts[i]);
        yield JSON.parse(bytes.toString("utf8", 0, length - 1)) as T;
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      closeSync(fd);
      rmSync(file, {force: true});
    }
  };
}
