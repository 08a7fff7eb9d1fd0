import {sqlString} from "./explore-link.js";

/**
 * The SQL that lists every assignment of one agency (both roles) with its jurisdiction, year, task label and text,
 * in year, jurisdiction and text order, for Explore (/agencies' "open all" link). The id is quoted as an SQL string;
 * null asks for none (agency_id = NULL).
 */
export function agencyTasksSql(agencyId: string | null | undefined): string {
  return `SELECT d.jurisdiction, d.year, a.role, a.agency_raw, i.label, coalesce(i.heading, i.text) AS task, a.doc_id, a.item_id
FROM assignments a
JOIN documents d ON d.doc_id = a.doc_id
JOIN items i ON i.item_id = a.item_id
WHERE a.agency_id = ${sqlString(agencyId)}
ORDER BY d.year, d.jurisdiction, a.char_start`;
}
