import {bigramShard} from "./bigram-shard.ts";

/** One document of the search index: what a hit shows and is filtered and counted by, without the text. */
export interface SearchDoc {
  doc_id: string;
  title: string | null;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province: string | null;
  year: number | null;
  doc_type: string | null;
  chars: number;
}

/** The manifest of the index: the shard count and the documents, whose positions in `docs` the postings cite. */
export interface SearchManifest {
  version: 2;
  shards: number;
  docs: SearchDoc[];
}

/**
 * The manifest as the site fetches it (`index.json`), column by column: a document's jurisdiction (with its English
 * name and province) and type as indexes into `places` and `types`, each listed once, so 10,000 documents do not
 * repeat them 10,000 times. src/components/search-manifest.ts expands it back into a SearchManifest.
 */
export interface CompactManifest {
  version: 2;
  shards: number;
  doc_id: string[];
  title: (string | null)[];
  year: (number | null)[];
  chars: number[];
  /** [jurisdiction, jurisdiction_en, province] of each place, in first-seen order. */
  places: [string | null, string | null, string | null][];
  place: number[];
  types: (string | null)[];
  type: number[];
}

/**
 * The site's full-text index: `manifest` and `shards`, each mapping every bigram that hashes to it
 * (bigramShard) to a flat posting list `[doc, n, p1, p2 − p1, …, doc, n, …]`: the document's index in
 * `manifest.docs`, the number of occurrences, then their start offsets (UTF-16, into `texts.text`) as deltas.
 * The site writes each shard as `<k>.bin` (loaders/site/search-binary.ts: the same list as varints).
 */
export interface SearchIndex {
  manifest: SearchManifest;
  shards: Record<string, number[]>[];
}

/** Characters of text per shard: the shard count is the corpus's characters over this, so a shard stays small. */
export const SHARD_CHARS = 4096;

/** Characters of text indexed at a time by searchIndexBatches: the postings held in memory are about this many. */
export const BATCH_CHARS = 4_000_000;

type Text = {doc_id: string; text: string | null};

/** A documents-table row as the index reads it (province may be missing: then null). */
export type SearchDocInput = Omit<SearchDoc, "chars" | "province"> & {province?: string | null};

/**
 * The manifest of the index of `texts`: every document of `documents` with its metadata and text length (0
 * without a text), and ceil(characters / shardChars) shards (at least 1). Texts of documents not listed are ignored.
 */
export function searchManifest(
  texts: readonly Text[],
  documents: readonly SearchDocInput[],
  {shardChars = SHARD_CHARS}: {shardChars?: number} = {}
): SearchManifest {
  const length = new Map(texts.map((d) => [d.doc_id, (d.text ?? "").length]));
  const docs: SearchDoc[] = documents.map(
    ({doc_id, title, jurisdiction, jurisdiction_en, province, year, doc_type}) => ({
      doc_id,
      title: title ?? null,
      jurisdiction: jurisdiction ?? null,
      jurisdiction_en: jurisdiction_en ?? null,
      province: province ?? null,
      year: year == null ? null : Number(year),
      doc_type: doc_type ?? null,
      chars: length.get(doc_id) ?? 0
    })
  );
  const total = docs.reduce((sum, d) => sum + d.chars, 0);
  return {version: 2, shards: Math.max(1, Math.ceil(total / shardChars)), docs};
}

/** The manifest column by column (CompactManifest), places and types listed once each in first-seen order. */
export function compactManifest({shards, docs}: SearchManifest): CompactManifest {
  const places = new Map<string, number>();
  const types = new Map<string | null, number>();
  const compact: CompactManifest = {
    version: 2,
    shards,
    doc_id: [],
    title: [],
    year: [],
    chars: [],
    places: [],
    place: [],
    types: [],
    type: []
  };
  for (const d of docs) {
    const place: [string | null, string | null, string | null] = [d.jurisdiction, d.jurisdiction_en, d.province];
    const key = JSON.stringify(place);
    if (!places.has(key)) places.set(key, compact.places.push(place) - 1);
    if (!types.has(d.doc_type)) types.set(d.doc_type, compact.types.push(d.doc_type) - 1);
    compact.doc_id.push(d.doc_id);
    compact.title.push(d.title);
    compact.year.push(d.year);
    compact.chars.push(d.chars);
    compact.place.push(places.get(key)!);
    compact.type.push(types.get(d.doc_type)!);
  }
  return compact;
}

/**
 * The postings of the manifest's documents, a batch of documents (about `batchChars` characters) at a time: for
 * each batch, the bigrams of each shard it touches with their flat posting lists, in document order. Every pair
 * of adjacent UTF-16 code units not containing a line break is posted at every offset, so any phrase of two or
 * more characters can be found exactly, whatever nodejieba makes of it. Concatenating a bigram's lists over the
 * batches gives its full list. No documents give no batches.
 */
export function* searchIndexBatches(
  texts: readonly Text[],
  manifest: SearchManifest,
  {batchChars = BATCH_CHARS}: {batchChars?: number} = {}
): Generator<Map<number, Map<string, number[]>>> {
  const textOf = new Map(texts.map((d) => [d.doc_id, d.text ?? ""]));
  const n = manifest.shards;
  let batch = new Map<number, Map<string, number[]>>();
  let chars = 0;
  for (const [index, doc] of manifest.docs.entries()) {
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
      const k = bigramShard(bigram, n);
      let shard = batch.get(k);
      if (!shard) batch.set(k, (shard = new Map()));
      let list = shard.get(bigram);
      if (!list) shard.set(bigram, (list = []));
      list.push(index, starts.length);
      for (let j = 0; j < starts.length; ++j) list.push(j === 0 ? starts[j] : starts[j] - starts[j - 1]);
    }
    chars += text.length;
    if (chars >= batchChars) {
      yield batch;
      batch = new Map();
      chars = 0;
    }
  }
  if (batch.size) yield batch;
}

/** A shard's postings merged from its batches' pieces (in batch order), as the JSON object the site fetches, keys sorted. */
export function mergeShard(pieces: Iterable<Iterable<[string, number[]]>>): Record<string, number[]> {
  const merged = new Map<string, number[]>();
  for (const piece of pieces) {
    for (const [bigram, list] of piece) {
      const into = merged.get(bigram);
      if (into) for (const v of list) into.push(v);
      else merged.set(bigram, [...list]);
    }
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The whole positional bigram index of the texts in memory (searchManifest, searchIndexBatches, mergeShard):
 * for tests and small corpora; the site writes it batch by batch (loaders/site/site-table.ts). No documents give
 * one empty shard.
 */
export function searchIndex(
  texts: readonly Text[],
  documents: readonly SearchDocInput[],
  {shardChars = SHARD_CHARS, batchChars = BATCH_CHARS}: {shardChars?: number; batchChars?: number} = {}
): SearchIndex {
  const manifest = searchManifest(texts, documents, {shardChars});
  const pieces = Array.from({length: manifest.shards}, () => [] as Map<string, number[]>[]);
  for (const batch of searchIndexBatches(texts, manifest, {batchChars}))
    for (const [k, shard] of batch) pieces[k].push(shard);
  return {manifest, shards: pieces.map((p) => mergeShard(p))};
}
