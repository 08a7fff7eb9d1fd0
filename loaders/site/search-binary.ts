/**
 * The search index's files as the site fetches them (read back by src/components/search-binary.ts):
 *
 * - a shard `<k>.bin`: varint B (its bigrams), then per bigram in key order varint c1, varint c2 (its two UTF-16
 *   code units) and varint L (the byte length of its postings), then the B postings one after another;
 * - a bigram's postings: per document, varint (document − previous document; the first from 0), varint n, then
 *   the n start offsets as varints, the first as is and each next one as its distance from the one before.
 *
 * Varints are unsigned LEB128 (7 bits a byte, low bits first, the high bit set on every byte but the last), so a
 * common bigram's gaps take one byte each where JSON took two to six.
 */

/** Appends `value` (a non-negative integer below 2^53) as an unsigned LEB128 varint. */
export function writeVarint(out: number[], value: number): void {
  if (!(Number.isInteger(value) && value >= 0)) throw new Error(`invalid varint: ${value}`);
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

/**
 * The bytes of a flat posting list `[doc, n, p1, p2 − p1, …, doc, n, …]` (searchIndexBatches's form, documents in
 * increasing order) with each document as its distance from the one before. [] gives no bytes.
 */
export function encodePostings(flat: readonly number[], out: number[] = []): number[] {
  let previous = 0;
  for (let i = 0; i < flat.length;) {
    const [doc, n] = [flat[i], flat[i + 1]];
    if (doc < previous) throw new Error(`invalid postings: document ${doc} after ${previous}`);
    writeVarint(out, doc - previous);
    writeVarint(out, n);
    for (let k = 0; k < n; ++k) writeVarint(out, flat[i + 2 + k]);
    previous = doc;
    i += 2 + n;
  }
  return out;
}

/** A shard's file: its bigrams (in the order given, mergeShard sorts them) with their postings, as described above. */
export function encodeShard(shard: Record<string, readonly number[]>): Uint8Array {
  const entries = Object.entries(shard);
  const head: number[] = [];
  const body: number[] = [];
  writeVarint(head, entries.length);
  for (const [bigram, flat] of entries) {
    if (bigram.length !== 2) throw new Error(`invalid bigram: ${JSON.stringify(bigram)}`);
    const before = body.length;
    encodePostings(flat, body);
    writeVarint(head, bigram.charCodeAt(0));
    writeVarint(head, bigram.charCodeAt(1));
    writeVarint(head, body.length - before);
  }
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}
