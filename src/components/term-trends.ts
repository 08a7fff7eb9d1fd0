import {normaliseQuery, type PhraseHit, type SearchDoc} from "./phrase-search.js";

/** The relative frequency of one term in one jurisdiction × year: occurrences per 10,000 characters of its documents. */
export interface TermTrend {
  term: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  /** Occurrences of the term (exact substring, as /search finds them) in the group's documents. */
  occurrences: number;
  /** Documents of the group, and those of them containing the term. */
  documents: number;
  documents_with_term: number;
  /** Characters of the group's documents (UTF-16 code units of their normalised texts). */
  chars: number;
  /** occurrences / chars × 10,000. */
  per_10k: number;
}

/** The most terms a trends view compares at once. */
export const MAX_TREND_TERMS = 8;

/**
 * The terms of a comma-separated list (`terms=行政复议,行政执法` in the URL), each normalised as /search reads a
 * query (full-width ， becomes a comma too), trimmed, without repeats or terms shorter than two characters, at most
 * MAX_TREND_TERMS; null or "" gives [].
 */
export function parseTerms(value: string | null | undefined): string[] {
  const terms = normaliseQuery(value)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length >= 2 && !s.includes("\n"));
  return [...new Set(terms)].slice(0, MAX_TREND_TERMS);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Occurrences per 10,000 characters of each term per jurisdiction × year: every jurisdiction × year that has
 * documents with text gets a row for every term (0 where the term does not occur), from the term's hits
 * (`hits`, as searchFiles().find gives them) and the documents' lengths in the search manifest (`docs`).
 * Documents without a year count under year null. Rows come per term in the given order, then by jurisdiction
 * (by code unit, unknown last) and year (unknown last). No terms, or no documents with text, give [].
 */
export function termTrends(
  terms: readonly {term: string; hits: readonly PhraseHit[]}[],
  docs: readonly SearchDoc[]
): TermTrend[] {
  type Group = {jurisdiction: string | null; jurisdiction_en: string | null; year: number | null; docs: number[]};
  const groups = new Map<string, Group>();
  const groupOf: (Group | undefined)[] = [];
  docs.forEach((d, i) => {
    if (!(d.chars > 0)) return;
    const key = `${d.jurisdiction}\u0000${d.year}`;
    let g = groups.get(key);
    if (!g)
      groups.set(key, (g = {jurisdiction: d.jurisdiction, jurisdiction_en: d.jurisdiction_en, year: d.year, docs: []}));
    g.docs.push(i);
    groupOf[i] = g;
  });
  const sorted = [...groups.values()].sort(
    (a, b) =>
      compare(a.jurisdiction ?? "\uffff", b.jurisdiction ?? "\uffff") || (a.year ?? Infinity) - (b.year ?? Infinity)
  );
  return terms.flatMap(({term, hits}) => {
    const perDoc = new Map<number, number>();
    for (const {doc} of hits) if (groupOf[doc]) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
    return sorted.map((g) => {
      const chars = g.docs.reduce((sum, i) => sum + docs[i].chars, 0);
      const occurrences = g.docs.reduce((sum, i) => sum + (perDoc.get(i) ?? 0), 0);
      return {
        term,
        jurisdiction: g.jurisdiction,
        jurisdiction_en: g.jurisdiction_en,
        year: g.year,
        occurrences,
        documents: g.docs.length,
        documents_with_term: g.docs.filter((i) => perDoc.has(i)).length,
        chars,
        per_10k: (occurrences / chars) * 10_000
      };
    });
  });
}

/**
 * The same relative frequency over all jurisdictions per year (the corpus line of the trends chart): one row per
 * term and year with documents, jurisdiction null; documents without a year are left out. Empty input gives [].
 */
export function termTrendTotals(rows: readonly TermTrend[]): TermTrend[] {
  const totals = new Map<string, TermTrend>();
  for (const r of rows) {
    if (r.year == null) continue;
    const key = `${r.term}\u0000${r.year}`;
    const t = totals.get(key) ?? {
      term: r.term,
      jurisdiction: null,
      jurisdiction_en: null,
      year: r.year,
      occurrences: 0,
      documents: 0,
      documents_with_term: 0,
      chars: 0,
      per_10k: 0
    };
    t.occurrences += r.occurrences;
    t.documents += r.documents;
    t.documents_with_term += r.documents_with_term;
    t.chars += r.chars;
    t.per_10k = (t.occurrences / t.chars) * 10_000;
    totals.set(key, t);
  }
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(r.term)) order.set(r.term, order.size);
  return [...totals.values()].sort((a, b) => order.get(a.term)! - order.get(b.term)! || a.year! - b.year!);
}
