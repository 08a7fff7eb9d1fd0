import type {TokenRun} from "../text/token-vocabulary.ts";
import {keywordTerms} from "./keyword-terms.ts";
import {stopwords} from "./stopwords.ts";

/** A run's keyword terms: the distinct terms in order of first occurrence, their counts, and the keyword tokens in all. */
export interface KeywordCounts {
  terms: string[];
  counts: number[];
  length: number;
}

/** Counts by term id, zero between calls; grown as the vocabulary grows. */
let scratch = new Int32Array(1024);

/**
 * Counts the keyword terms of a run of token ids as `countTerms(keywordTerms(tokens, stop))` would, without a Map or
 * an array per token: each token id's term (or none) is decided once per vocabulary. An empty run gives no terms.
 */
export function countKeywordIds(run: TokenRun, stop: ReadonlySet<string> = stopwords()): KeywordCounts {
  const {ids, start, end, vocabulary} = run;
  // The term id of each token id (the term is interned in the same vocabulary), or -1 when the token is no keyword.
  const termOf = vocabulary.column<number>(stop);
  const order: number[] = [];
  let length = 0;
  for (let i = start; i < end; ++i) {
    const id = ids[i];
    let term = termOf[id];
    if (term === undefined) {
      const [kept] = keywordTerms([vocabulary.terms[id]], stop);
      termOf[id] = term = kept === undefined ? -1 : vocabulary.id(kept);
    }
    if (term < 0) continue;
    if (term >= scratch.length) {
      const grown = new Int32Array(Math.max(term + 1, scratch.length * 2));
      grown.set(scratch);
      scratch = grown;
    }
    if (scratch[term]++ === 0) order.push(term);
    ++length;
  }
  const counts = order.map((term) => scratch[term]);
  for (const term of order) scratch[term] = 0;
  return {terms: order.map((term) => vocabulary.terms[term]), counts, length};
}
