import {flatGroup, group, rollup, sum} from "npm:d3";
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
  const withText = docs.flatMap((d, i) => (d.chars > 0 ? [i] : []));
  const sorted = flatGroup(
    withText,
    (i) => docs[i].jurisdiction,
    (i) => docs[i].year
  )
    .map(([jurisdiction, year, members]) => ({
      jurisdiction,
      jurisdiction_en: docs[members[0]].jurisdiction_en,
      year,
      docs: members
    }))
    .sort(
      (a, b) =>
        compare(a.jurisdiction ?? "\uffff", b.jurisdiction ?? "\uffff") || (a.year ?? Infinity) - (b.year ?? Infinity)
    );
  return terms.flatMap(({term, hits}) => {
    const perDoc = rollup(
      hits,
      (v) => v.length,
      (h) => h.doc
    );
    return sorted.map((g) => {
      const chars = sum(g.docs, (i) => docs[i].chars);
      const occurrences = sum(g.docs, (i) => perDoc.get(i));
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
  const dated = rows.filter((r) => r.year != null);
  return Array.from(group(dated, (r) => r.term)).flatMap(([term, ofTerm]) =>
    Array.from(
      group(ofTerm, (r) => r.year),
      ([year, v]) => corpusTrend(term, year, v)
    ).sort((a, b) => a.year! - b.year!)
  );
}

/** The sum of trend rows as one row over all jurisdictions. */
function corpusTrend(term: string, year: number | null, rows: TermTrend[]): TermTrend {
  const occurrences = sum(rows, (r) => r.occurrences);
  const chars = sum(rows, (r) => r.chars);
  return {
    term,
    jurisdiction: null,
    jurisdiction_en: null,
    year,
    occurrences,
    documents: sum(rows, (r) => r.documents),
    documents_with_term: sum(rows, (r) => r.documents_with_term),
    chars,
    per_10k: (occurrences / chars) * 10_000
  };
}
