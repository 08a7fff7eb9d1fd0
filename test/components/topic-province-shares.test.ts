import {describe, expect, test} from "vitest";
import type {MatrixDoc} from "../../src/components/coverage-view.ts";
import {topicProvinceShares} from "../../src/components/topic-province-shares.ts";

const doc = (doc_id: string, province: string | null, year: number, items: number, chars: number): MatrixDoc => ({
  doc_id,
  jurisdiction: doc_id,
  jurisdiction_en: null,
  province,
  year,
  items: [1, 1],
  share_items: [items, 1 - items],
  share_chars: [chars, 1 - chars]
});
const matrix = {
  topics: [{topic_id: "a"}, {topic_id: "b"}],
  documents: [
    doc("x1", "山西省", 2021, 0.2, 0.1),
    doc("x2", "山西省", 2022, 0.4, 0.3),
    doc("y", "辽宁省", 2022, 0.6, 0.5),
    doc("z", null, 2022, 0.9, 0.9)
  ]
};

describe("topicProvinceShares(matrix, topicId, {year, metric})", () => {
  test("gives the topic's mean share of tasks per province over every year, documents as n", () => {
    const shares = topicProvinceShares(matrix, "a");
    expect(shares.map((d) => [d.province, d.n])).toEqual([
      ["山西省", 2],
      ["辽宁省", 1]
    ]);
    expect(shares[0].value).toBeCloseTo(0.3, 12);
    expect(shares[1].value).toBeCloseTo(0.6, 12);
  });

  test("reads the topic's own column, the year's documents only, and the share of text when asked", () => {
    expect(topicProvinceShares(matrix, "b", {year: 2022, metric: "share_chars"})).toEqual([
      {province: "山西省", value: 0.7, n: 1},
      {province: "辽宁省", value: 0.5, n: 1}
    ]);
  });

  test("gives [] for an unknown topic, none, or a year without documents", () => {
    expect(topicProvinceShares(matrix, "nonsense")).toEqual([]);
    expect(topicProvinceShares(matrix, null)).toEqual([]);
    expect(topicProvinceShares(matrix, "a", {year: 1999})).toEqual([]);
  });
});
