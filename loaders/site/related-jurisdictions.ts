import {ancestorAdcodes} from "./parent-adcode.ts";

/** A jurisdiction as relatedJurisdictions reads it: its brief's slug and its six-digit division code (adcode). */
export interface JurisdictionCode {
  slug: string;
  adcode: string | null | undefined;
}

/**
 * Parent and children of each jurisdiction within the corpus, from division codes: a jurisdiction's parent is the
 * nearest code containing its own that another jurisdiction of the corpus has (东胜区 150602 → 鄂尔多斯市 150600,
 * or the province 150000 when the prefecture has no document; 朝阳区 110105 → 北京市 110000, parent-adcode.ts), and
 * its children are those whose parent it is.
 * Jurisdictions without a code have neither; empty input gives an empty map.
 */
export function relatedJurisdictions(
  jurisdictions: readonly JurisdictionCode[]
): Map<string, {parent: string | null; children: string[]}> {
  const byCode = new Map<string, string>();
  for (const j of jurisdictions) if (j.adcode != null && !byCode.has(j.adcode)) byCode.set(j.adcode, j.slug);
  const related = new Map(
    jurisdictions.map((j) => [j.slug, {parent: null as string | null, children: [] as string[]}])
  );
  for (const j of jurisdictions) {
    const code = ancestorAdcodes(j.adcode).find((c) => byCode.has(c) && byCode.get(c) !== j.slug);
    const parent = code == null ? null : byCode.get(code)!;
    if (parent == null || related.get(j.slug)!.parent != null) continue;
    related.get(j.slug)!.parent = parent;
    related.get(parent)!.children.push(j.slug);
  }
  for (const r of related.values()) r.children.sort();
  return related;
}
