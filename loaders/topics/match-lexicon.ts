import {normaliseTerm} from "../text/normalise-term.ts";
import type {TokenRun} from "../text/token-vocabulary.ts";
import type {LexiconTerm} from "./topic-lexicon.ts";

interface LexiconIndex {
  byTerm: Map<string, LexiconTerm[]>;
  /** Every proper prefix of a term, so a run of units that starts no term ends the search early. */
  prefixes: Set<string>;
  maxLength: number;
  /** Each unit seen (see unitOf). */
  units: Map<string, Unit>;
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
    indexes.set(lexicon, (index = {byTerm, prefixes, maxLength, units: new Map()}));
  }
  return index;
}

/**
 * Finds lexicon terms in a sequence of units (word tokens, or the characters of a heading) by leftmost-longest
 * matching: at each unit the longest run of whole units that spells a lexicon term is taken and skipped, so a term
 * nested in a longer one (复议 in 行政复议) is not counted twice and a match never splits a unit. Units are
 * normalised first (spaces, quotation marks and 、 removed, empty units dropped). The units are strings, or a run of
 * token ids whose verdicts are kept per id in its vocabulary. Returns every lexicon row of each matched term in text
 * order; empty or null units return [].
 */
export function matchLexicon(units: readonly string[] | TokenRun, lexicon: LexiconTerm[]): LexiconTerm[] {
  if (units == null || lexicon == null) return [];
  const index = indexOf(lexicon);
  if (Array.isArray(units)) {
    const strings = units as readonly string[];
    return matchUnits(index, strings.length, (i) => unitOf(index, strings[i]));
  }
  const {ids, start, end, vocabulary} = units as TokenRun;
  const column = vocabulary.column<Unit>(index);
  return matchUnits(index, end - start, (i) => {
    const id = ids[start + i];
    return (column[id] ??= unitOf(index, vocabulary.terms[id]));
  });
}

function matchUnits(index: LexiconIndex, length: number, unitAt: (i: number) => Unit): LexiconTerm[] {
  const {byTerm, prefixes, maxLength} = index;
  const matches: LexiconTerm[] = [];
  for (let i = 0; i < length;) {
    const first = unitAt(i);
    let best = first.found;
    let bestEnd = i + 1;
    if (first.prefix)
      for (let j = i + 1, joined = first.normal; j < length; ++j) {
        const next = unitAt(j).normal;
        if (next === "") continue; // empty units are dropped: a term spans them
        joined += next;
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

/** A unit as the matcher sees it: normalised, the lexicon rows of that term alone, and whether it begins a longer term. */
interface Unit {
  normal: string;
  found: LexiconTerm[] | undefined;
  prefix: boolean;
}

/** Each lexicon's verdict per unit seen, bounded: the same tokens and heading characters recur throughout a corpus. */
const UNITS_LIMIT = 50_000;

function unitOf(index: LexiconIndex, unit: string): Unit {
  let info = unit == null ? undefined : index.units.get(unit);
  if (info === undefined) {
    const normal = normaliseTerm(unit);
    info = {normal, found: index.byTerm.get(normal), prefix: index.prefixes.has(normal)};
    if (unit != null && index.units.size < UNITS_LIMIT) index.units.set(unit, info);
  }
  return info;
}
