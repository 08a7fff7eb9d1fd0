/** One shard of a corpus split across machines: number k (1-based) of n. */
export interface Shard {
  k: number;
  n: number;
}

/**
 * Parses `--shard k/n` ("2/4" → {k: 2, n: 4}); throws `invalid shard: <value>` unless 1 ≤ k ≤ n.
 * Null or undefined returns null (no sharding).
 */
export function parseShard(value: string | null | undefined): Shard | null {
  if (value == null) return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const k = match ? Number(match[1]) : NaN;
  const n = match ? Number(match[2]) : NaN;
  if (!(k >= 1 && n >= 1 && k <= n)) throw new Error(`invalid shard: ${value} (expected k/n with 1 ≤ k ≤ n)`);
  return {k, n};
}
