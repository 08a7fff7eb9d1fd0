import {csvHeaders} from "./column-labels.js";
import type {PhraseHit, SearchDoc} from "./phrase-search.js";

/** A hit in context: the document, the offsets, the hit and up to `context` characters either side. */
export interface KwicRow {
  doc_id: string;
  char_start: number;
  char_end: number;
  left: string;
  hit: string;
  right: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  doc_type: string | null;
  title: string | null;
}

/** The filters of /search: a jurisdiction (Chinese name), a year and a document type; null or "" is any. */
export interface HitFilter {
  jurisdiction?: string | null;
  year?: string | number | null;
  type?: string | null;
}

/** The hits in documents that pass the filters, in their order; no filter keeps every hit. */
export function filterHits(hits: readonly PhraseHit[], docs: readonly SearchDoc[], filter: HitFilter): PhraseHit[] {
  const pass = docs.map(
    (d) =>
      (!filter.jurisdiction || d.jurisdiction === filter.jurisdiction) &&
      (filter.year == null || filter.year === "" || String(d.year) === String(filter.year)) &&
      (!filter.type || d.doc_type === filter.type)
  );
  return hits.filter((h) => pass[h.doc]);
}

/**
 * The hits with their contexts: `texts` gives a document's text by its index in the manifest; hits in documents
 * whose text is not given are left out. Context stops at the text's ends. No hits give [].
 */
export function kwicRows(
  hits: readonly PhraseHit[],
  docs: readonly SearchDoc[],
  texts: ReadonlyMap<number, string>,
  {context = 20}: {context?: number} = {}
): KwicRow[] {
  return hits.flatMap(({doc, start, end}) => {
    const text = texts.get(doc);
    if (text == null) return [];
    const d = docs[doc];
    return [
      {
        doc_id: d.doc_id,
        char_start: start,
        char_end: end,
        left: text.slice(Math.max(0, start - context), start),
        hit: text.slice(start, end),
        right: text.slice(end, end + context),
        jurisdiction: d.jurisdiction,
        jurisdiction_en: d.jurisdiction_en,
        year: d.year,
        doc_type: d.doc_type,
        title: d.title
      }
    ];
  });
}

/** The orders of the KWIC table: as in the corpus, by left context (read right to left from the hit), by right context, jurisdiction, year, type. */
export const kwicSorts = ["position", "left", "right", "jurisdiction", "year", "type"] as const;
export type KwicSort = (typeof kwicSorts)[number];

const reversed = (s: string) => [...s].reverse().join("");
const keys: Record<KwicSort, (r: KwicRow) => string | number> = {
  position: () => 0,
  left: (r) => reversed(r.left),
  right: (r) => r.right,
  jurisdiction: (r) => r.jurisdiction ?? "\uffff",
  year: (r) => r.year ?? Infinity,
  type: (r) => r.doc_type ?? "\uffff"
};

/**
 * The rows sorted by `by` (see kwicSorts; an unknown key keeps the corpus order), ties in corpus order
 * (document, then offset). Strings compare by code unit, so the order is the same in every browser. Returns a new array.
 */
export function sortKwic(rows: readonly KwicRow[], by: string | null | undefined): KwicRow[] {
  const key = keys[(kwicSorts as readonly string[]).includes(by ?? "") ? (by as KwicSort) : "position"];
  const order = new Map(rows.map((r, i) => [r, i]));
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : order.get(a)! - order.get(b)!;
  });
}

const hitKeys: Partial<Record<KwicSort, (d: SearchDoc) => string | number>> = {
  jurisdiction: (d) => d.jurisdiction ?? "\uffff",
  year: (d) => d.year ?? Infinity,
  type: (d) => d.doc_type ?? "\uffff"
};

/**
 * The hits in the order the KWIC table will show them, as far as it is known before their contexts: by
 * jurisdiction, year or type (sortKwic's keys, from the documents' metadata), ties in corpus order; for position,
 * left and right (which need the contexts) the corpus order. /search takes the first page of this order and fetches
 * only those hits' documents. Returns a new array.
 */
export function sortHits(
  hits: readonly PhraseHit[],
  docs: readonly SearchDoc[],
  by: string | null | undefined
): PhraseHit[] {
  const key = hitKeys[by as KwicSort];
  if (!key) return [...hits];
  const keyed = hits.map((h, i) => ({h, i, k: key(docs[h.doc])}));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  return keyed.map(({h}) => h);
}

/**
 * The first `size` × (1 + `more`) hits of `ordered` (sortHits) and the documents they are in, once each in order
 * of first appearance: the page of rows /search shows and the documents whose texts it needs for their contexts.
 */
export function hitPage(
  ordered: readonly PhraseHit[],
  {size, more = 0}: {size: number; more?: number}
): {hits: PhraseHit[]; docs: number[]} {
  const hits = ordered.slice(0, size * (1 + more));
  return {hits, docs: [...new Set(hits.map((h) => h.doc))]};
}

/**
 * The rows /search shows of a page of hits (hitPage) while its documents' texts arrive: the rows of the hits whose
 * texts are in `texts` (kwicRows), sorted by `by` (sortKwic), and whether every hit of the page has its row. In
 * corpus order and by jurisdiction, year or type (sortHits) each document's hits are one run of the page, so the rows
 * of the first documents are the first rows of the full page; by context they are sorted among themselves. No hits
 * give no rows, complete.
 */
export function kwicPage(
  hits: readonly PhraseHit[],
  docs: readonly SearchDoc[],
  texts: ReadonlyMap<number, string>,
  by: string | null | undefined
): {rows: KwicRow[]; complete: boolean} {
  return {rows: sortKwic(kwicRows(hits, docs, texts), by), complete: hits.every((h) => texts.has(h.doc))};
}

/** The columns of /search's CSV of hits in context, in order. */
export const kwicColumns = [
  "doc_id",
  "char_start",
  "char_end",
  "left",
  "hit",
  "right",
  "jurisdiction",
  "year",
  "doc_type"
];

/**
 * CSV headers of the hits in context (kwicColumns): in Chinese, the documents' schema labels for its columns and labels
 * for those kwicRows derives; in English none (the CSV keeps the column names).
 */
export function kwicHeaders(lang: "zh" | "en"): Record<string, string> {
  if (lang === "en") return {};
  const derived = {char_start: "起始位置", char_end: "结束位置", left: "左侧语境", hit: "命中", right: "右侧语境"};
  return {...csvHeaders("documents", ["doc_id", "jurisdiction", "year", "doc_type"], lang), ...derived};
}
