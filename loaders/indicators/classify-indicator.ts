import {indicatorCatalogue, type CatalogueIndicator} from "./indicator-catalogue.ts";
import {measureWord} from "./measure-words.ts";

const byFamily = new Map<string, CatalogueIndicator[]>();
for (const row of indicatorCatalogue) {
  const family = measureWord(row.unit)?.family ?? "other";
  byFamily.set(family, [...(byFamily.get(family) ?? []), row]);
}

/**
 * Names the canonical catalogue indicator (`data/indicator-catalogue.csv`) a quantity measures, among rows whose unit
 * family matches: the first row (in catalogue order) whose rule matches the subject, else the row whose rule matches
 * the context with its evidence nearest the context's end (the number); returns null when none does or all are empty.
 */
export function classifyIndicator(
  subject: string | null | undefined,
  context: string | null | undefined,
  unit: string | null | undefined
): string | null {
  const family = measureWord(unit)?.family;
  if (family == null) return null;
  const candidates = byFamily.get(family) ?? [];
  if (subject) {
    const hit = candidates.find((row) => evidenceAt(row, subject) >= 0);
    if (hit) return hit.indicator_id;
  }
  if (!context) return null;
  let best: CatalogueIndicator | null = null;
  let bestAt = -1;
  for (const row of candidates) {
    const at = evidenceAt(row, context);
    if (at > bestAt) ((best = row), (bestAt = at));
  }
  return best ? best.indicator_id : null;
}

/** Where the rule's evidence starts counting in text (the earliest of its parts' last matches), or -1 if it fails. */
function evidenceAt(row: CatalogueIndicator, text: string): number {
  let at = Infinity;
  for (const {re, last, negate} of row.tests) {
    if (negate) {
      if (re.test(text)) return -1;
      continue;
    }
    last.lastIndex = 0;
    let found = -1;
    for (let m = last.exec(text); m; m = last.exec(text)) {
      found = m.index;
      if (m[0] === "") last.lastIndex++;
    }
    if (found < 0) return -1;
    at = Math.min(at, found);
  }
  return at === Infinity ? 0 : at;
}
