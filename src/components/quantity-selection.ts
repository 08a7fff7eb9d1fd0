import {sqlString} from "./explore-link.js";
import {inProvince} from "./in-province.js";

export interface QuantitySelection {
  /** The search box's text ("" for none): matched in subject, quote and jurisdiction. */
  query: string;
  /** The kinds ticked: "actual", "target". */
  kinds: readonly string[];
  /** "all", "classified" (in the indicator catalogue) or "unclassified". */
  classified: string;
  /** The province chosen on the page (documents.province), or null for all. */
  province?: string | null;
}

/**
 * The quantities /indicators lists, twice: `keep(row)` for the rows already searched in the page (kinds and catalogue;
 * the search box filters by itself; province) and `sql`, the query that finds the same rows among all quantities
 * in Explore. No kind ticked keeps nothing.
 */
export function quantitySelection({query, kinds, classified, province = null}: QuantitySelection) {
  const ofProvince = inProvince(province);
  const keep = (d: {kind: string; indicator_id: string | null; province?: string | null}) =>
    kinds.includes(d.kind) &&
    (classified === "all" || (classified === "classified") === (d.indicator_id != null)) &&
    ofProvince(d);
  const like = sqlString(`%${query}%`);
  const where = [
    query ? `(i.subject LIKE ${like} OR i.quote LIKE ${like} OR d.jurisdiction LIKE ${like})` : null,
    kinds.length === 1 ? `i.kind = ${sqlString(kinds[0])}` : kinds.length === 0 ? "false" : null,
    classified === "all" ? null : `i.indicator_id IS ${classified === "classified" ? "NOT " : ""}NULL`,
    province == null ? null : `d.province = ${sqlString(province)}`
  ].filter(Boolean);
  const sql = `SELECT d.jurisdiction, i.year, i.subject, i.value, i.unit, i.approx, i.kind, i.indicator_id, i.flag, i.quote, i.indicator_row_id
FROM indicators i JOIN documents d USING (doc_id)${where.length ? `\nWHERE ${where.join(" AND ")}` : ""}
ORDER BY i.indicator_row_id`;
  return {keep, sql};
}
