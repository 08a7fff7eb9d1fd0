import {describe, expect, test} from "vitest";
import {quantityList} from "../../loaders/site/quantity-list.ts";

const row = (k: number) => ({
  indicator_row_id: `d:n${k}`,
  doc_id: k < 2 ? "d" : "gone",
  year: 2022,
  subject: "案件",
  value: k,
  unit: "件",
  approx: false,
  kind: "actual",
  indicator_id: null,
  flag: null,
  quote: `案件${k}件`,
  char_start: 0
});

describe("quantityList(rows, documents)", () => {
  test("gives total 0 and no rows for no input", () => {
    expect(quantityList([], [])).toEqual({total: 0, rows: []});
  });

  test("lists the first `limit` rows with their jurisdiction and province (unknown: doc_id, null) and the total", () => {
    const documents = [{doc_id: "d", jurisdiction: "东胜区", jurisdiction_en: null, province: "内蒙古自治区"}];
    const list = quantityList([0, 1, 2, 3].map(row), documents, {limit: 3});
    expect(list.total).toBe(4);
    expect(list.rows.map((r) => [r.indicator_row_id, r.jurisdiction, r.province])).toEqual([
      ["d:n0", "东胜区", "内蒙古自治区"],
      ["d:n1", "东胜区", "内蒙古自治区"],
      ["d:n2", "gone", null]
    ]);
    expect(Object.keys(list.rows[0])).not.toContain("char_start");
  });
});
