import {createHash} from "node:crypto";

/** The fields of a documents row that identify a jurisdiction. */
export interface JurisdictionKey {
  jurisdiction?: string | null;
  jurisdiction_en?: string | null;
  adcode?: string | null;
}

/** Lower-case ASCII words joined by "-": "Dongsheng District" → "dongsheng-district"; no ASCII letters or digits give "". */
function slugify(text: string | null | undefined): string {
  return (text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A stable, URL-safe id of a jurisdiction for its brief's route: the slugified English name
 * ("dongsheng-district"), else the 6-digit adcode, else "j-" and the first 8 hex digits of the sha256 of the
 * Chinese name (an unnamed jurisdiction, all fields empty, gives "j-e3b0c442").
 */
export function jurisdictionSlug({jurisdiction, jurisdiction_en, adcode}: JurisdictionKey): string {
  const fromName = slugify(jurisdiction_en);
  if (fromName) return fromName;
  if (adcode && /^\d{6}$/.test(adcode.trim())) return adcode.trim();
  return `j-${createHash("sha256")
    .update(jurisdiction ?? "")
    .digest("hex")
    .slice(0, 8)}`;
}

/**
 * The slug of each row's jurisdiction, in row order. Rows naming the same jurisdiction (same Chinese name and
 * adcode) share a slug; when two different jurisdictions would get the same slug (several cities have a
 * 城区, "Chengqu District"), each gets its adcode (or the hash) appended: "chengqu-district-140502". [] gives [].
 */
export function jurisdictionSlugs(rows: JurisdictionKey[]): string[] {
  const identity = (d: JurisdictionKey) => `${d.jurisdiction ?? ""}\u0000${d.adcode ?? ""}`;
  const owners = new Map<string, Set<string>>();
  for (const d of rows) {
    const slug = jurisdictionSlug(d);
    if (!owners.has(slug)) owners.set(slug, new Set());
    owners.get(slug)!.add(identity(d));
  }
  return rows.map((d) => {
    const slug = jurisdictionSlug(d);
    if (owners.get(slug)!.size === 1) return slug;
    const suffix = jurisdictionSlug({jurisdiction: identity(d)});
    return `${slug}-${d.adcode && /^\d{6}$/.test(d.adcode.trim()) ? d.adcode.trim() : suffix}`;
  });
}
