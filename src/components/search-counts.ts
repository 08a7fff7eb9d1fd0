import {flatGroup} from "npm:d3";
import type {PhraseHit, SearchDoc} from "./phrase-search.js";

/** Hits of a search per jurisdiction and year, with the number of documents they are in. */
export interface SearchCount {
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  hits: number;
  documents: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts hits per jurisdiction × year (documents without a year count under year null), sorted by jurisdiction (by code unit, the same in every browser) then year; no hits give []. */
export function searchCounts(hits: readonly PhraseHit[], docs: readonly SearchDoc[]): SearchCount[] {
  const groups = flatGroup(
    hits,
    (h) => docs[h.doc].jurisdiction,
    (h) => docs[h.doc].year
  );
  return groups
    .map(([jurisdiction, year, v]) => ({
      jurisdiction,
      jurisdiction_en: docs[v[0].doc].jurisdiction_en,
      year,
      hits: v.length,
      documents: new Set(v.map((h) => h.doc)).size
    }))
    .sort(
      (a, b) =>
        compare(a.jurisdiction ?? "\uffff", b.jurisdiction ?? "\uffff") || (a.year ?? Infinity) - (b.year ?? Infinity)
    );
}
