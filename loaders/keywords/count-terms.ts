import {topK} from "../text/top-k.ts";

/** Counts each distinct token; null tokens are skipped and empty or null input returns an empty Map. */
export function countTerms(tokens: Iterable<string | null | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens == null) return counts;
  for (const token of tokens) if (token != null) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Returns the n most frequent terms, count descending then term ascending (code-point order); empty counts return []. */
export function topTerms(counts: Map<string, number>, n: number): {term: string; count: number}[] {
  if (counts == null) return [];
  const rows = Array.from(counts, ([term, count]) => ({term, count}));
  return topK(rows, n, (a, b) => b.count - a.count || compareTerms(a.term, b.term));
}

/** Orders two terms by code units, independent of locale; equal terms compare 0. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
