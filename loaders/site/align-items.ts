export interface TermItem {
  doc_id: string;
  item_id: string;
  /** "term:count|term:count" as stored in the item_terms table. */
  terms: string;
}

/** Parses "term:count|…" into a Map; empty or null gives an empty Map. */
export function parseTerms(terms: string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (!terms) return counts;
  for (const pair of terms.split("|")) {
    const k = pair.lastIndexOf(":");
    if (k > 0) counts.set(pair.slice(0, k), Number(pair.slice(k + 1)));
  }
  return counts;
}

/** TF-IDF vectors (L2-normalised) for the given items, with IDF over those items. */
export function tfidfVectors(items: TermItem[]): Map<string, Map<string, number>> {
  const counts = items.map((d) => parseTerms(d.terms));
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  const vectors = new Map<string, Map<string, number>>();
  items.forEach((d, i) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of counts[i]) {
      const w = (1 + Math.log(c)) * Math.log((1 + n) / (1 + (df.get(t) ?? 0)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    vectors.set(d.item_id, v);
  });
  return vectors;
}

/** Cosine similarity of two L2-normalised sparse vectors; an empty vector gives 0. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

export interface Alignment {
  left: string | null;
  right: string | null;
  score: number;
}

/**
 * Aligns the items of two sides on the same matter: pairs with cosine ≥ threshold, best first, each item
 * used once (greedy matching); items left over are returned with the other side null, as what one side has
 * and the other lacks. Empty sides give only the other side's items.
 */
export function alignItems(left: TermItem[], right: TermItem[], threshold = 0.2): Alignment[] {
  const vectors = tfidfVectors([...left, ...right]);
  const candidates: Alignment[] = [];
  for (const l of left) {
    for (const r of right) {
      const score = cosine(vectors.get(l.item_id)!, vectors.get(r.item_id)!);
      if (score >= threshold) candidates.push({left: l.item_id, right: r.item_id, score});
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      String(a.left).localeCompare(String(b.left)) ||
      String(a.right).localeCompare(String(b.right))
  );
  const used = new Set<string>();
  const pairs: Alignment[] = [];
  for (const c of candidates) {
    if (used.has(c.left!) || used.has(c.right!)) continue;
    used.add(c.left!);
    used.add(c.right!);
    pairs.push(c);
  }
  const order = new Map([...left, ...right].map((d, i) => [d.item_id, i]));
  pairs.sort((a, b) => order.get(a.left!)! - order.get(b.left!)!);
  return [
    ...pairs,
    ...left.filter((d) => !used.has(d.item_id)).map((d) => ({left: d.item_id, right: null, score: 0})),
    ...right.filter((d) => !used.has(d.item_id)).map((d) => ({left: null, right: d.item_id, score: 0}))
  ];
}
