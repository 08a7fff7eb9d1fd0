import type {SearchDoc} from "../../loaders/site/search-index.ts";

export type {SearchDoc};

/** One occurrence of a phrase: the document's index in the search manifest and its [start, end) offsets. */
export interface PhraseHit {
  doc: number;
  start: number;
  end: number;
}

/**
 * The shard of a bigram: FNV-1a over its two UTF-16 code units modulo `shards`, the same function as
 * loaders/site/bigram-shard.ts, which wrote the index (components may not import code from loaders/).
 */
export function searchShard(bigram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < 2 && i < bigram.length; ++i) {
    const c = bigram.charCodeAt(i);
    hash = Math.imul(hash ^ (c & 0xff), 0x01000193);
    hash = Math.imul(hash ^ (c >>> 8), 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/**
 * A query as the texts are written: trimmed, full-width ASCII (，：（１）) as half-width, as the extraction
 * normalised the texts (loaders/text/normalize-chars.ts); null gives "".
 */
export function normaliseQuery(query: string | null | undefined): string {
  return (query ?? "").trim().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The bigrams whose postings decide where a phrase occurs: those at offsets 0, 2, 4, … and the last one, which
 * together cover every character, so a start where each is found at its offset is an exact occurrence. A phrase
 * shorter than two characters, or with a line break, gives [].
 */
export function phraseBigrams(phrase: string): {offset: number; bigram: string}[] {
  if (phrase.length < 2 || phrase.includes("\n")) return [];
  const offsets = new Set<number>();
  for (let i = 0; i + 1 < phrase.length; i += 2) offsets.add(i);
  offsets.add(phrase.length - 2);
  return [...offsets].map((offset) => ({offset, bigram: phrase.slice(offset, offset + 2)}));
}

/** Decodes a flat posting list `[doc, n, p1, Δ2, …]` of the index into start offsets per document; [] gives an empty map. */
export function decodePostings(flat: readonly number[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (let i = 0; i < flat.length;) {
    const doc = flat[i];
    const n = flat[i + 1];
    const starts: number[] = [];
    for (let k = 0, p = 0; k < n; ++k) starts.push((p += flat[i + 2 + k]));
    postings.set(doc, starts);
    i += 2 + n;
  }
  return postings;
}

/**
 * Every occurrence of `phrase` (already normalised), overlapping ones included, from the postings of its
 * bigrams (`postings(bigram)` gives a shard's flat list, or undefined when the corpus lacks it), in document
 * then offset order. A phrase of fewer than two characters, or one a bigram of which is missing, gives [].
 */
export function findPhrase(phrase: string, postings: (bigram: string) => readonly number[] | undefined): PhraseHit[] {
  const cover = phraseBigrams(phrase).map(({offset, bigram}) => ({offset, flat: postings(bigram)}));
  if (cover.length === 0 || cover.some((c) => c.flat == null)) return [];
  const [first, ...rest] = cover.map(({offset, flat}) => ({offset, starts: decodePostings(flat!)}));
  const hits: PhraseHit[] = [];
  for (const doc of [...first.starts.keys()].sort((a, b) => a - b)) {
    const others = rest.map(({offset, starts}) => ({offset, set: new Set(starts.get(doc) ?? [])}));
    for (const start of first.starts.get(doc)!) {
      if (others.every(({offset, set}) => set.has(start + offset))) hits.push({doc, start, end: start + phrase.length});
    }
  }
  return hits;
}
