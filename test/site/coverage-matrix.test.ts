import {describe, expect, test} from "vitest";
import {coverageMatrix} from "../../loaders/site/coverage-matrix.ts";

const topics = [
  {topic_id: "b", order: 2, name_zh: "乙", name_en: "B"},
  {topic_id: "a", order: 1, name_zh: "甲", name_en: "A"}
];
const doc = (doc_id: string, year: number | null, n_items = 3) => ({
  doc_id,
  jurisdiction: doc_id.toUpperCase(),
  jurisdiction_en: null,
  province: "P",
  year,
  doc_type: "annual_report",
  n_items
});

describe("coverageMatrix(documents, coverage, topics)", () => {
  test("gives no topics and no documents for empty tables", () => {
    expect(coverageMatrix([], [], [])).toEqual({topics: [], documents: []});
  });

  test("one row per document with items, by year then jurisdiction; topics in display order; missing rows 0", () => {
    const m = coverageMatrix(
      [doc("y", 2022), doc("x", 2022), doc("w", 2020), doc("empty", 2019, 0)],
      [
        {doc_id: "x", topic_id: "a", items: 2, share_items: 2 / 3, share_chars: 0.12345},
        {doc_id: "x", topic_id: "b", items: 1, share_items: 1 / 3, share_chars: 0.5},
        {doc_id: "unknown", topic_id: "a", items: 9, share_items: 1, share_chars: 1}
      ],
      topics
    );
    expect(m.topics.map((t) => t.topic_id)).toEqual(["a", "b"]);
    expect(m.documents.map((d) => d.doc_id)).toEqual(["w", "x", "y"]);
    expect(m.documents[1]).toEqual({
      doc_id: "x",
      jurisdiction: "X",
      jurisdiction_en: null,
      province: "P",
      year: 2022,
      items: [2, 1],
      share_items: [0.667, 0.333],
      share_chars: [0.123, 0.5]
    });
    expect(m.documents[0].items).toEqual([0, 0]);
  });
});
