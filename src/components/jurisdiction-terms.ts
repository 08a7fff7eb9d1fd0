import type {Keyword} from "../../loaders/types.ts";

/** A term of a jurisdiction's list, merged from the keyword rows of its documents. */
export interface JurisdictionTerm {
  term: string;
  /** 1 = strongest. */
  rank: number;
  /** The documents' scores summed (TF-IDF weights, or G² statistics), rounded to 6 decimals. */
  score: number;
  /** Occurrences (nodejieba tokens) in the documents that list the term. */
  count: number;
  /** How many of the jurisdiction's documents list the term. */
  documents: number;
  /** The document with the most occurrences of the term (the first by doc_id on a tie): where its link opens. */
  doc_id: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A jurisdiction's top or distinctive terms from its documents' rows of the keywords table (`rows`, already the
 * rows of its documents): the rows of `method` ("tfidf" or "keyness") merged per term, ranked by the number of
 * documents listing the term, then the summed score, then the term (by code unit); at most `top` terms. With one
 * document this is the document's own list in its own order. No rows of the method give [].
 */
export function jurisdictionTerms(rows: readonly Keyword[], method: string, top = 20): JurisdictionTerm[] {
  const terms = new Map<string, Omit<JurisdictionTerm, "rank"> & {best: number}>();
  for (const r of rows) {
    if (r.method !== method) continue;
    const t = terms.get(r.term);
    if (!t) {
      terms.set(r.term, {term: r.term, score: r.score, count: r.count, documents: 1, doc_id: r.doc_id, best: r.count});
      continue;
    }
    t.score += r.score;
    t.count += r.count;
    t.documents += 1;
    if (r.count > t.best || (r.count === t.best && compare(r.doc_id, t.doc_id) < 0))
      [t.best, t.doc_id] = [r.count, r.doc_id];
  }
  return [...terms.values()]
    .map(({best: _best, ...t}) => ({...t, score: Math.round(t.score * 1e6) / 1e6}))
    .sort((a, b) => b.documents - a.documents || b.score - a.score || compare(a.term, b.term))
    .slice(0, top)
    .map((t, i) => ({...t, rank: i + 1}));
}
