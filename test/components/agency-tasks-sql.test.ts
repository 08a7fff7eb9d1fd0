import {describe, expect, test} from "vitest";
import {agencyTasksSql} from "../../src/components/agency-tasks-sql.ts";

describe("agencyTasksSql(agencyId)", () => {
  test("selects one agency's assignments with their documents and items, in year and text order", () => {
    expect(agencyTasksSql("司法局")).toBe(
      `SELECT d.jurisdiction, d.year, a.role, a.agency_raw, i.label, coalesce(i.heading, i.text) AS task, a.doc_id, a.item_id
FROM assignments a
JOIN documents d ON d.doc_id = a.doc_id
JOIN items i ON i.item_id = a.item_id
WHERE a.agency_id = '司法局'
ORDER BY d.year, d.jurisdiction, a.char_start`
    );
  });

  test("quotes an apostrophe in the id, and asks for none with null", () => {
    expect(agencyTasksSql("o'brien")).toContain("WHERE a.agency_id = 'o''brien'\n");
    expect(agencyTasksSql(null)).toContain("WHERE a.agency_id = NULL\n");
  });
});
