import {describe, expect, it} from "vitest";
import {countTerms, topTerms} from "../../loaders/keywords/count-terms.ts";
import {topK} from "../../loaders/text/top-k.ts";

describe("countTerms(tokens)", () => {
  it("counts each distinct token and skips null tokens", () => {
    expect([...countTerms(["执法", "复议", "执法", null, undefined, "执法"])]).toEqual([
      ["执法", 3],
      ["复议", 1]
    ]);
  });
  it.each([[[]], [null as unknown as string[]]])("countTerms(%j) returns an empty Map", (tokens) => {
    expect(countTerms(tokens).size).toBe(0);
  });
});

describe("topTerms(counts, n)", () => {
  const counts = new Map([
    ["调解", 2],
    ["行政复议", 5],
    ["乙乙", 2],
    ["甲甲", 2],
    ["信访", 1]
  ]);
  it.each([
    [1, [{term: "行政复议", count: 5}]],
    [
      3,
      [
        {term: "行政复议", count: 5},
        {term: "乙乙", count: 2},
        {term: "甲甲", count: 2}
      ]
    ],
    [0, []],
    [
      99,
      [
        {term: "行政复议", count: 5},
        {term: "乙乙", count: 2},
        {term: "甲甲", count: 2},
        {term: "调解", count: 2},
        {term: "信访", count: 1}
      ]
    ]
  ])("topTerms(counts, %i) keeps the most frequent, ties by code point", (n, expected) => {
    expect(topTerms(counts, n)).toEqual(expected);
  });
  it("breaks count ties by code-point order (乙 U+4E59 < 甲 U+7532 < 调 U+8C03)", () => {
    expect(topTerms(counts, 4).map((r) => r.term)).toEqual(["行政复议", "乙乙", "甲甲", "调解"]);
  });
  it("topTerms(new Map(), 5) returns []", () => {
    expect(topTerms(new Map(), 5)).toEqual([]);
  });
});

describe("topK(values, k, compare)", () => {
  const asc = (a: number, b: number) => a - b;
  it.each([
    [[5, 1, 4, 2, 3], 2, [1, 2]],
    [[5, 1, 4, 2, 3], 5, [1, 2, 3, 4, 5]],
    [[5, 1, 4, 2, 3], 9, [1, 2, 3, 4, 5]],
    [[3, 3, 1, 3], 2, [1, 3]],
    [[], 3, []],
    [[1, 2], 0, []]
  ])("topK(%j, %i) → %j", (values, k, expected) => {
    expect(topK(values, k, asc)).toEqual(expected);
  });
  it("agrees with a full sort on a shuffled sequence", () => {
    const values = Array.from({length: 200}, (_, i) => (i * 7919) % 211);
    expect(topK(values, 17, asc)).toEqual([...values].sort(asc).slice(0, 17));
  });
});
