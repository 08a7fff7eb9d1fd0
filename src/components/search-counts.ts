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
  const groups = new Map<string, SearchCount & {docs: Set<number>}>();
  for (const {doc} of hits) {
    const d = docs[doc];
    const key = `${d.jurisdiction}\u0000${d.year}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        jurisdiction: d.jurisdiction,
        jurisdiction_en: d.jurisdiction_en,
        year: d.year,
        hits: 0,
        documents: 0,
        docs: new Set()
      };
      groups.set(key, g);
    }
    g.hits += 1;
    g.docs.add(doc);
    g.documents = g.docs.size;
  }
  return [...groups.values()]
    .map(({docs: _docs, ...row}) => row)
    .sort(
      (a, b) =>
        compare(a.jurisdiction ?? "\uffff", b.jurisdiction ?? "\uffff") || (a.year ?? Infinity) - (b.year ?? Infinity)
    );
}
