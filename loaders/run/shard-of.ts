import {createHash} from "node:crypto";

/**
 * The shard (1…n) a document belongs to: the first 4 bytes of the sha256 of its path relative to the folder given
 * on the command line, modulo n — so every machine that sees the same folder agrees, whatever its mount point.
 * Path separators are normalised to "/". n = 1 always returns 1.
 */
export function shardOf(relativePath: string, n: number): number {
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`invalid shard count: ${n}`);
  const digest = createHash("sha256").update(relativePath.replace(/\\/g, "/")).digest();
  return (digest.readUInt32BE(0) % n) + 1;
}
