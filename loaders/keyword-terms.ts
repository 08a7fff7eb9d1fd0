import {normaliseTerm} from "./normalise-term.ts";
import {stopwords} from "./stopwords.ts";

/** A keyword candidate: Chinese characters, optionally with Latin letters or "+" (互联网+), nothing else. */
const CANDIDATE = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z+]+$/u;

/**
 * Keeps the tokens that can be keywords: normalised (quotation marks and 、 removed), at least two characters, made of
 * Chinese characters (digits, punctuation and Latin-only noise dropped) and not in the stop list; empty input returns [].
 */
export function keywordTerms(tokens: readonly string[], stop: ReadonlySet<string> = stopwords()): string[] {
  if (tokens == null) return [];
  const terms: string[] = [];
  for (const token of tokens) {
    const term = normaliseTerm(token);
    if ([...term].length >= 2 && CANDIDATE.test(term) && !stop.has(term)) terms.push(term);
  }
  return terms;
}
