import {compareTerms} from "./count-terms.ts";
import {topK} from "../text/top-k.ts";
import type {Keyword} from "../types.ts";

/** A term with its score and count in one document. */
export interface ScoredTerm {
  term: string;
  score: number;
  count: number;
}

/** A keyword score rounded to 6 decimals, so Parquet output is byte-stable across platforms. */
export function roundScore(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The top `n` scored terms of one document as keyword rows ranked 1…n (score desc, then term); empty input gives []. */
export function rankKeywords(doc_id: string, method: string, scored: Iterable<ScoredTerm>, n: number): Keyword[] {
  const byScore = (a: ScoredTerm, b: ScoredTerm) => b.score - a.score || compareTerms(a.term, b.term);
  return topK(scored, n, byScore).map(({term, score, count}, i) => ({doc_id, term, method, rank: i + 1, score, count}));
}
