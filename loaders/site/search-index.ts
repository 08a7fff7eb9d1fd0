import {bigramShard} from "./bigram-shard.ts";

/** One document of the search index: what a hit shows and is filtered by, without the text. */
export interface SearchDoc {
  doc_id: string;
  title: string | null;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  doc_type: string | null;
  chars: number;
}

/**
 * The site's full-text index: `manifest` (`index.json`: the shard count and the documents, whose positions in
 * `docs` the postings cite) and `shards` (`<k>.json`), each mapping every bigram that hashes to it
 * (bigramShard) to a flat posting list `[doc, n, p1, p2 − p1, …, doc, n, …]`: the document's index in
 * `manifest.docs`, the number of occurrences, then their start offsets (UTF-16, into `texts.text`) as deltas.
 */
export interface SearchIndex {
  manifest: {version: 1; shards: number; docs: SearchDoc[]};
  shards: Record<string, number[]>[];
}

/** Characters of text per shard: the shard count is the corpus's characters over this, so a shard stays small. */
export const SHARD_CHARS = 4096;

/**
 * Builds the positional bigram index of the texts: every pair of adjacent UTF-16 code units not containing a
 * line break, at every offset, so any phrase of two or more characters can be found exactly, whatever
 * nodejieba makes of it. Documents without a text are in the manifest with no postings; texts of documents
 * not in `documents` are left out. No documents give one empty shard.
 */
export function searchIndex(
  texts: readonly {doc_id: string; text: string | null}[],
  documents: readonly Omit<SearchDoc, "chars">[],
  {shardChars = SHARD_CHARS}: {shardChars?: number} = {}
): SearchIndex {
  const textOf = new Map(texts.map((d) => [d.doc_id, d.text ?? ""]));
  const docs: SearchDoc[] = documents.map(({doc_id, title, jurisdiction, jurisdiction_en, year, doc_type}) => ({
    doc_id,
    title: title ?? null,
    jurisdiction: jurisdiction ?? null,
    jurisdiction_en: jurisdiction_en ?? null,
    year: year == null ? null : Number(year),
    doc_type: doc_type ?? null,
    chars: (textOf.get(doc_id) ?? "").length
  }));
  const total = docs.reduce((sum, d) => sum + d.chars, 0);
  const n = Math.max(1, Math.ceil(total / shardChars));
  const shards: Map<string, number[]>[] = Array.from({length: n}, () => new Map());
  docs.forEach((doc, index) => {
    const text = textOf.get(doc.doc_id) ?? "";
    const positions = new Map<string, number[]>();
    for (let i = 0; i + 1 < text.length; ++i) {
      if (text[i] === "\n" || text[i + 1] === "\n") continue;
      const bigram = text.slice(i, i + 2);
      const list = positions.get(bigram);
      if (list) list.push(i);
      else positions.set(bigram, [i]);
    }
    for (const [bigram, starts] of positions) {
      const shard = shards[bigramShard(bigram, n)];
      let list = shard.get(bigram);
      if (!list) shard.set(bigram, (list = []));
      list.push(index, starts.length);
      for (let k = 0; k < starts.length; ++k) list.push(k === 0 ? starts[k] : starts[k] - starts[k - 1]);
    }
  });
  return {
    manifest: {version: 1, shards: n, docs},
    shards: shards.map((shard) => Object.fromEntries([...shard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
  };
}
