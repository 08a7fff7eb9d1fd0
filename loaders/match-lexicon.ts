import {normaliseTerm} from "./normalise-term.ts";
import type {LexiconTerm} from "./topic-lexicon.ts";

interface LexiconIndex {
  byTerm: Map<string, LexiconTerm[]>;
  /** Every proper prefix of a term, so a run of units that starts no term ends the search early. */
  prefixes: Set<string>;
  maxLength: number;
}

const indexes = new WeakMap<LexiconTerm[], LexiconIndex>();

function indexOf(lexicon: LexiconTerm[]): LexiconIndex {
  let index = indexes.get(lexicon);
  if (index == null) {
    const byTerm = new Map<string, LexiconTerm[]>();
    let maxLength = 0;
    for (const entry of lexicon) {
      const term = normaliseTerm(entry.term);
      if (term === "") continue;
      byTerm.set(term, [...(byTerm.get(term) ?? []), entry]);
      maxLength = Math.max(maxLength, term.length);
    }
    const prefixes = new Set<string>();
    for (const term of byTerm.keys()) for (let n = 1; n < term.length; ++n) prefixes.add(term.slice(0, n));
    indexes.set(lexicon, (index = {byTerm, prefixes, maxLength}));
  }
  return index;
}

/**
 * Finds lexicon terms in a sequence of units (word tokens, or the characters of a heading) by leftmost-longest
 * matching: at each unit the longest run of whole units that spells a lexicon term is taken and skipped, so a term
 * nested in a longer one (复议 in 行政复议) is not counted twice and a match never splits a unit. Units are
 * normalised first (spaces, quotation marks and 、 removed, empty units dropped). Returns every lexicon row of each
 * matched term in text order; empty or null units return [].
 */
export function matchLexicon(units: readonly string[], lexicon: LexiconTerm[]): LexiconTerm[] {
  if (units == null || lexicon == null) return [];
  const {byTerm, prefixes, maxLength} = indexOf(lexicon);
  const clean: string[] = [];
  for (const unit of units) {
    const normal = normalised(unit);
    if (normal !== "") clean.push(normal);
  }
  const matches: LexiconTerm[] = [];
  for (let i = 0; i < clean.length;) {
    let best: LexiconTerm[] | undefined;
    let bestEnd = i + 1;
    for (let j = i, joined = ""; j < clean.length; ++j) {
      joined += clean[j];
      if (joined.length > maxLength) break;
      const found = byTerm.get(joined);
      if (found) ((best = found), (bestEnd = j + 1));
      if (!prefixes.has(joined)) break;
    }
    if (best) matches.push(...best);
    i = bestEnd;
  }
  return matches;
}

/** normaliseTerm of each unit seen, bounded: the same tokens and heading characters recur throughout a corpus. */
const normals = new Map<string, string>();
const NORMALS_LIMIT = 200_000;

function normalised(unit: string): string {
  if (unit == null) return normaliseTerm(unit);
  let normal = normals.get(unit);
  if (normal === undefined) {
    normal = normaliseTerm(unit);
    if (normals.size < NORMALS_LIMIT) normals.set(unit, normal);
  }
  return normal;
}
