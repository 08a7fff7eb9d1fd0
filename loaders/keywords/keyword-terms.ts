import {normaliseTerm} from "../text/normalise-term.ts";
import {stopwords} from "./stopwords.ts";

/** A keyword candidate: Chinese characters, optionally with Latin letters or "+" (互联网+), nothing else. */
const CANDIDATE = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z+]+$/u;

/**
 * Keeps the tokens that can be keywords: normalised (quotation marks and 、 removed), at least two characters, made of
 * Chinese characters (digits, punctuation and Latin-only noise dropped) and not in the stop list; empty input returns [].
 */
export function keywordTerms(tokens: readonly string[], stop: ReadonlySet<string> = stopwords()): string[] {
  if (tokens == null) return [];
  let memo = memos.get(stop);
  if (!memo) memos.set(stop, (memo = new Map()));
  const terms: string[] = [];
  for (const token of tokens) {
    let term = memo.get(token);
    if (term === undefined) {
      const normal = normaliseTerm(token);
      term = [...normal].length >= 2 && CANDIDATE.test(normal) && !stop.has(normal) ? normal : null;
      if (memo.size < MEMO_LIMIT) memo.set(token, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Each stop list's verdict per token seen (the term, or null when dropped), bounded; a measured hotspot (issue 6). */
const memos = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const MEMO_LIMIT = 50_000;
