import {describe, expect, it} from "vitest";
import {keywordTerms} from "../../loaders/keywords/keyword-terms.ts";
import {keywords} from "../../loaders/keywords/keywords.ts";
import {logLikelihood} from "../../loaders/keywords/log-likelihood.ts";

/** Two tiny documents: A is about reconsideration, B about enforcement; both mediate. */
const corpus = [
  {doc_id: "A", tokens: ["行政复议", "行政复议", "的", "2020", "行政复议", "调解", "推进", "调解"]},
  {doc_id: "B", tokens: ["行政执法", "行政执法", "调解", "执法人员"]}
];
const stop = new Set(["推进"]);
const rows = (method: string, doc_id: string, opts = {}) =>
  keywords(corpus, {stop, ...opts})
    .filter((k) => k.method === method && k.doc_id === doc_id)
    .map(({term, rank, score, count}) => [term, rank, score, count]);

describe("logLikelihood(a, b, c, d)", () => {
  it.each([
    // a = 10 in 100 tokens, b = 5 in 1000: E1 = 100·15/1100, E2 = 1000·15/1100, G² = 2(10 ln(10/E1) + 5 ln(5/E2))
    [10, 5, 100, 1000, 29.815582205166276],
    // a = 3 in 50, b = 0 in 50: E1 = 1.5, G² = 2·3·ln 2
    [3, 0, 50, 50, 6 * Math.log(2)],
    // same rate in both: G² = 0
    [4, 8, 100, 200, 0],
    [0, 0, 100, 200, 0],
    [0, 0, 0, 0, 0]
  ])("logLikelihood(%i, %i, %i, %i) = %f", (a, b, c, d, expected) => {
    expect(logLikelihood(a, b, c, d)).toBeCloseTo(expected, 10);
  });
});

describe("keywordTerms(tokens, stop)", () => {
  it("drops one-character, digit, Latin-only, punctuation and stop tokens and normalises quotes and 、", () => {
    expect(
      keywordTerms(["的", "2020", "APP", "，", "“", "推进", "双随机、一公开", "互联网+", "行政复议", "法治政府"], stop)
    ).toEqual(["双随机一公开", "互联网+", "行政复议", "法治政府"]);
  });
  it("uses data/stopwords.txt by default, which lists the genre's stock phrases", () => {
    expect(keywordTerms(["深入贯彻", "进一步", "法治政府", "全面", "落实", "工作", "行政复议"])).toEqual(["行政复议"]);
  });
  it.each([[[]], [null as unknown as string[]]])("keywordTerms(%j) returns []", (tokens) => {
    expect(keywordTerms(tokens, stop)).toEqual([]);
  });
});

describe("keywords(docs, opts)", () => {
  it("ranks TF-IDF as count / terms × (ln((1 + N) / (1 + df)) + 1)", () => {
    // A keeps 5 terms; idf = ln(3/2) + 1 for a term in one of two documents, 1 for a term in both.
    expect(rows("tfidf", "A")).toEqual([
      ["行政复议", 1, 0.843279, 3],
      ["调解", 2, 0.4, 2]
    ]);
    expect(rows("tfidf", "B")).toEqual([
      ["行政执法", 1, 0.702733, 2],
      ["执法人员", 2, 0.351366, 1],
      ["调解", 3, 0.25, 1]
    ]);
  });

  it("keeps keyness terms seen at least 3 times (by default) and over-represented against the rest", () => {
    // 行政复议: a = 3 of 5, b = 0 of 4 → G² = 2·3·ln(3 / (5·3/9))
    expect(rows("keyness", "A")).toEqual([["行政复议", 1, 3.52672, 3]]);
    expect(rows("keyness", "B")).toEqual([]);
  });

  it("drops under-represented terms from keyness even when minCount allows them", () => {
    // 调解 is 2/5 of A but 1/4 of B: distinctive of A, not of B.
    expect(rows("keyness", "A", {minCount: 1})).toEqual([
      ["行政复议", 1, 3.52672, 3],
      ["调解", 2, 0.153922, 2]
    ]);
    expect(rows("keyness", "B", {minCount: 1})).toEqual([
      ["行政执法", 1, 3.243721, 2],
      ["执法人员", 2, 1.62186, 1]
    ]);
  });

  it("cuts each list at top and breaks score ties by code point", () => {
    const tied = keywords([{doc_id: "T", tokens: ["甲甲", "乙乙", "丙丙"]}], {stop, top: 2});
    expect(tied.map((k) => [k.term, k.rank, k.score])).toEqual([
      ["丙丙", 1, 0.333333],
      ["乙乙", 2, 0.333333]
    ]);
  });

  it("gives a single document TF-IDF terms but no keyness (there is no rest to compare with)", () => {
    const one = keywords([corpus[0]], {stop});
    expect(one.map((k) => [k.method, k.term])).toEqual([
      ["tfidf", "行政复议"],
      ["tfidf", "调解"]
    ]);
  });

  it("is deterministic: the same input gives the same rows", () => {
    expect(keywords(corpus, {stop})).toEqual(keywords(structuredClone(corpus), {stop}));
  });

  it("throws on a duplicate doc_id", () => {
    expect(() => keywords([corpus[0], corpus[0]], {stop})).toThrow("invalid docs: duplicate doc_id A");
  });

  it.each([[[]], [null as unknown as []]])("keywords(%j) returns []", (docs) => {
    expect(keywords(docs, {stop})).toEqual([]);
  });

  it("returns no rows for a document whose tokens are all filtered out", () => {
    expect(
      keywords([{doc_id: "E", tokens: ["的", "2021", "推进"]}, corpus[1]], {stop}).filter((k) => k.doc_id === "E")
    ).toEqual([]);
  });
});
