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

  test("lists the first `limit` rows with their jurisdiction (the doc_id when unknown) and the total", () => {
    const list = quantityList([0, 1, 2, 3].map(row), [{doc_id: "d", jurisdiction: "东胜区", jurisdiction_en: null}], {
      limit: 3
    });
    expect(list.total).toBe(4);
    expect(list.rows.map((r) => [r.indicator_row_id, r.jurisdiction])).toEqual([
      ["d:n0", "东胜区"],
      ["d:n1", "东胜区"],
      ["d:n2", "gone"]
    ]);
    expect(Object.keys(list.rows[0])).not.toContain("char_start");
  });
});
