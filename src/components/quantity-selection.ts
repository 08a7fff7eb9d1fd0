import {sqlString} from "./explore-link.js";

export interface QuantitySelection {
  /** The search box's text ("" for none): matched in subject, quote and jurisdiction. */
  query: string;
  /** The kinds ticked: "actual", "target". */
  kinds: readonly string[];
  /** "all", "classified" (in the indicator catalogue) or "unclassified". */
  classified: string;
}

/**
 * The quantities /indicators lists, twice: `keep(row)` for the rows already searched in the page (kinds and catalogue;
 * the search box filters by itself) and `sql`, the query that finds the same rows among all quantities in Explore.
 * No kind ticked keeps nothing.
 */
export function quantitySelection({query, kinds, classified}: QuantitySelection) {
  const keep = (d: {kind: string; indicator_id: string | null}) =>
    kinds.includes(d.kind) && (classified === "all" || (classified === "classified") === (d.indicator_id != null));
  const like = sqlString(`%${query}%`);
  const where = [
    query ? `(i.subject LIKE ${like} OR i.quote LIKE ${like} OR d.jurisdiction LIKE ${like})` : null,
    kinds.length === 1 ? `i.kind = ${sqlString(kinds[0])}` : kinds.length === 0 ? "false" : null,
    classified === "all" ? null : `i.indicator_id IS ${classified === "classified" ? "NOT " : ""}NULL`
  ].filter(Boolean);
  const sql = `SELECT d.jurisdiction, i.year, i.subject, i.value, i.unit, i.approx, i.kind, i.indicator_id, i.flag, i.quote, i.indicator_row_id
FROM indicators i JOIN documents d USING (doc_id)${where.length ? `\nWHERE ${where.join(" AND ")}` : ""}
ORDER BY i.indicator_row_id`;
  return {keep, sql};
}
