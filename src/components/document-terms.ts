import type {Keyword} from "../../loaders/types.ts";

/**
 * A document's list of one method ("tfidf": top terms, "keyness": distinctive terms) from its rows of the keywords
 * table, by rank (1 first); rows of other methods are left out. No rows of the method give [].
 */
export function documentTerms(rows: readonly Keyword[], method: string): Keyword[] {
  return rows.filter((r) => r.method === method).sort((a, b) => a.rank - b.rank);
}
