/**
 * Reads the search index's binary shards (written by loaders/site/search-binary.ts, which describes the format;
 * components do not import code from loaders/): the bigrams of a shard with their postings' bytes, and a
 * bigram's postings back as the flat list `[doc, n, p1, p2 − p1, …]` findPhrase reads.
 */

/** The bigrams of a shard's bytes, each with the bytes of its postings (views into `bytes`, decoded on demand). */
export function readShard(bytes: Uint8Array): Map<string, Uint8Array> {
  const {varint, position} = varintCursor(bytes, "invalid search shard: ends inside a varint");
  const count = bytes.length ? varint() : 0;
  const heads: [string, number][] = [];
  for (let i = 0; i < count; ++i) {
    const bigram = String.fromCharCode(varint(), varint());
    heads.push([bigram, varint()]);
  }
  const shard = new Map<string, Uint8Array>();
  let at = position();
  for (const [bigram, length] of heads) {
    if (at + length > bytes.length) throw new Error(`invalid search shard: postings of ${bigram} cut short`);
    shard.set(bigram, bytes.subarray(at, at + length));
    at += length;
  }
  return shard;
}

/**
 * A bigram's postings' bytes as the flat list `[doc, n, p1, p2 − p1, …]` with absolute document indexes, in a typed
 * array (every varint takes at least a byte, so the list is never longer than the bytes); no bytes give [].
 */
export function decodePostingBytes(bytes: Uint8Array): Float64Array {
  const flat = new Float64Array(bytes.length);
  let size = 0;
  let doc = 0;
  const {varint, position} = varintCursor(bytes, "invalid postings: end inside a varint");
  while (position() < bytes.length) {
    doc += varint();
    const n = varint();
    flat[size++] = doc;
    flat[size++] = n;
    for (let k = 0; k < n; ++k) flat[size++] = varint();
  }
  return flat.slice(0, size);
}

/**
 * Reads unsigned LEB128 varints (7 bits a byte, low first) from the start of `bytes`: `varint()` gives the next one,
 * `position()` the offset after it; a varint cut off by the end throws `error`.
 */
function varintCursor(bytes: Uint8Array, error: string) {
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let scale = 1; ; scale *= 0x80) {
      if (at >= bytes.length) throw new Error(error);
      const b = bytes[at++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
  };
  return {varint, position: () => at};
}
