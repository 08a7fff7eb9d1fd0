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

/** Where each document's entry starts in a flat posting list: document → [index of its first offset, n]. */
function entries(flat: ArrayLike<number>): Map<number, [number, number]> {
  const at = new Map<number, [number, number]>();
  for (let i = 0; i < flat.length; i += 2 + flat[i + 1]) at.set(flat[i], [i + 2, flat[i + 1]]);
  return at;
}

/** The n start offsets of one document's entry of a flat list (gaps summed), from index `from`. */
function starts(flat: ArrayLike<number>, from: number, n: number): number[] {
  const out = new Array<number>(n);
  for (let k = 0, p = 0; k < n; ++k) out[k] = p += flat[from + k];
  return out;
}

/**
 * Every occurrence of `phrase` (already normalised), overlapping ones included, from the postings of its
 * bigrams (`postings(bigram)` gives a shard's flat list, or undefined when the corpus lacks it), in document
 * then offset order. A phrase of fewer than two characters, or one a bigram of which is missing, gives [].
 * The shortest list leads: only its documents are looked up in the others, and within a document the sorted
 * offsets are walked side by side, so a common bigram (行政) costs a pass over its list, not a set per document.
 */
export function findPhrase(phrase: string, postings: (bigram: string) => ArrayLike<number> | undefined): PhraseHit[] {
  const cover = phraseBigrams(phrase).map(({offset, bigram}) => ({offset, flat: postings(bigram)}));
  if (cover.length === 0 || cover.some((c) => c.flat == null)) return [];
  const lists = cover.map(({offset, flat}) => ({offset, flat: flat!})).sort((a, b) => a.flat.length - b.flat.length);
  const [lead, ...rest] = lists;
  const others = rest.map(({offset, flat}) => ({offset, flat, at: entries(flat)}));
  const hits: PhraseHit[] = [];
  for (let i = 0; i < lead.flat.length; i += 2 + lead.flat[i + 1]) {
    const doc = lead.flat[i];
    let candidates = starts(lead.flat, i + 2, lead.flat[i + 1]).map((s) => s - lead.offset);
    for (const {offset, flat, at} of others) {
      const entry = at.get(doc);
      if (!entry) {
        candidates = [];
        break;
      }
      const theirs = starts(flat, entry[0], entry[1]);
      const kept: number[] = [];
      for (let a = 0, b = 0; a < candidates.length && b < theirs.length;) {
        const want = candidates[a] + offset;
        if (theirs[b] < want) ++b;
        else if (theirs[b] > want) ++a;
        else (kept.push(candidates[a++]), ++b);
      }
      candidates = kept;
      if (!candidates.length) break;
    }
    for (const start of candidates) hits.push({doc, start, end: start + phrase.length});
  }
  return hits;
}
