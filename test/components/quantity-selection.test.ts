import {describe, expect, test} from "vitest";
import {quantitySelection} from "../../src/components/quantity-selection.ts";

const rows = [
  {kind: "actual", indicator_id: "cases", province: "山西省"},
  {kind: "actual", indicator_id: null, province: "内蒙古自治区"},
  {kind: "target", indicator_id: "rate", province: null}
];

describe("quantitySelection({query, kinds, classified, province})", () => {
  test("keeps the rows of the ticked kinds and catalogue choice", () => {
    const keep = (kinds: string[], classified: string) =>
      rows.map(quantitySelection({query: "", kinds, classified}).keep);
    expect(keep(["actual", "target"], "all")).toEqual([true, true, true]);
    expect(keep(["actual"], "classified")).toEqual([true, false, false]);
    expect(keep(["actual", "target"], "unclassified")).toEqual([false, true, false]);
    expect(keep([], "all")).toEqual([false, false, false]);
  });

  test("writes the same selection as SQL over all quantities, quoting the search text", () => {
    expect(quantitySelection({query: "复议'", kinds: ["target"], classified: "classified"}).sql).toBe(
      `SELECT d.jurisdiction, i.year, i.subject, i.value, i.unit, i.approx, i.kind, i.indicator_id, i.flag, i.quote, i.indicator_row_id
FROM indicators i JOIN documents d USING (doc_id)
WHERE (i.subject LIKE '%复议''%' OR i.quote LIKE '%复议''%' OR d.jurisdiction LIKE '%复议''%') AND i.kind = 'target' AND i.indicator_id IS NOT NULL
ORDER BY i.indicator_row_id`
    );
  });

  test("with a province, keeps its rows only and asks for its documents in SQL", () => {
    const selection = quantitySelection({
      query: "",
      kinds: ["actual", "target"],
      classified: "all",
      province: "山西省"
    });
    expect(rows.map(selection.keep)).toEqual([true, false, false]);
    expect(selection.sql).toContain("\nWHERE d.province = '山西省'\n");
    expect(rows.map(quantitySelection({query: "", kinds: ["actual"], classified: "all", province: null}).keep)).toEqual(
      [true, true, false]
    );
  });

  test("has no WHERE when nothing narrows, and selects nothing when no kind is ticked", () => {
    const all = quantitySelection({query: "", kinds: ["actual", "target"], classified: "all"}).sql;
    expect(all).not.toContain("WHERE");
    expect(quantitySelection({query: "", kinds: [], classified: "all"}).sql).toContain("WHERE false");
  });
});
