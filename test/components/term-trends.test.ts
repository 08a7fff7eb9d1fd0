/** term-trends: the relative frequency of terms per jurisdiction × year on /terms, from the search index's hits. */
import {describe, expect, it} from "vitest";
import {searchIndex} from "../../loaders/site/search-index.ts";
import {findPhrase, searchShard} from "../../src/components/phrase-search.ts";
import {MAX_TREND_TERMS, parseTerms, termTrendTotals, termTrends} from "../../src/components/term-trends.ts";

const meta = (doc_id: string, jurisdiction: string, year: number | null) => ({
  doc_id,
  title: null,
  jurisdiction,
  jurisdiction_en: `${jurisdiction} (en)`,
  year,
  doc_type: null
});
const documents = [
  meta("a", "甲市", 2020),
  meta("b", "甲市", 2020),
  meta("c", "甲市", 2021),
  meta("d", "乙县", 2020),
  meta("e", "乙县", null),
  meta("f", "丙区", 2020)
];
const texts = [
  {doc_id: "a", text: "行政复议行政复议机关"},
  {doc_id: "b", text: "依法行政,行政复议"},
  {doc_id: "c", text: "没有这个词语"},
  {doc_id: "d", text: "行政复议"},
  {doc_id: "e", text: "依法行政依法行政"},
  {doc_id: "f", text: ""}
];
// The real index the site writes, read the way the page reads it.
const index = searchIndex(texts, documents, {shardChars: 8});
const find = (term: string) => ({
  term,
  hits: findPhrase(term, (bigram) => index.shards[searchShard(bigram, index.manifest.shards)][bigram])
});

describe("parseTerms(value)", () => {
  it("splits on commas (full-width too), trims, drops repeats and terms under two characters", () => {
    expect(parseTerms(" 行政复议，依法行政, 行政复议,法,,柔性执法 ")).toEqual(["行政复议", "依法行政", "柔性执法"]);
    expect(parseTerms("双随机、一公开")).toEqual(["双随机、一公开"]);
  });

  it(`keeps at most ${MAX_TREND_TERMS} terms; null or "" gives []`, () => {
    const many = Array.from({length: 12}, (_, i) => `词语${i}`);
    expect(parseTerms(many.join(","))).toEqual(many.slice(0, MAX_TREND_TERMS));
    expect(parseTerms(null)).toEqual([]);
    expect(parseTerms("")).toEqual([]);
  });
});

describe("termTrends(terms, docs)", () => {
  it("gives occurrences per 10,000 characters of each term per jurisdiction × year, zero rows included", () => {
    const rows = termTrends([find("行政复议")], index.manifest.docs);
    expect(rows).toEqual([
      {
        term: "行政复议",
        jurisdiction: "乙县",
        jurisdiction_en: "乙县 (en)",
        year: 2020,
        occurrences: 1,
        documents: 1,
        documents_with_term: 1,
        chars: 4,
        per_10k: 2500
      },
      {
        term: "行政复议",
        jurisdiction: "乙县",
        jurisdiction_en: "乙县 (en)",
        year: null,
        occurrences: 0,
        documents: 1,
        documents_with_term: 0,
        chars: 8,
        per_10k: 0
      },
      {
        term: "行政复议",
        jurisdiction: "甲市",
        jurisdiction_en: "甲市 (en)",
        year: 2020,
        occurrences: 3,
        documents: 2,
        documents_with_term: 2,
        chars: 19,
        per_10k: (3 / 19) * 10_000
      },
      {
        term: "行政复议",
        jurisdiction: "甲市",
        jurisdiction_en: "甲市 (en)",
        year: 2021,
        occurrences: 0,
        documents: 1,
        documents_with_term: 0,
        chars: 6,
        per_10k: 0
      }
    ]);
    expect(rows[2].per_10k).toBeCloseTo(1578.947368, 6);
  });

  it("gives rows per term in the order given; documents without text are left out", () => {
    const rows = termTrends([find("依法行政"), find("行政复议")], index.manifest.docs);
    expect(rows.map((r) => [r.term, r.jurisdiction, r.year, r.occurrences])).toEqual([
      ["依法行政", "乙县", 2020, 0],
      ["依法行政", "乙县", null, 2],
      ["依法行政", "甲市", 2020, 1],
      ["依法行政", "甲市", 2021, 0],
      ["行政复议", "乙县", 2020, 1],
      ["行政复议", "乙县", null, 0],
      ["行政复议", "甲市", 2020, 3],
      ["行政复议", "甲市", 2021, 0]
    ]);
    expect(rows.find((r) => r.jurisdiction === "乙县" && r.year == null)?.per_10k).toBe(2500);
  });

  it('keeps an unknown jurisdiction (null) apart from one named "null" (joined string keys merged them)', () => {
    const docs = index.manifest.docs.map((d, i) => ({
      ...d,
      jurisdiction: i < 2 ? null : i < 4 ? "null" : d.jurisdiction
    }));
    const rows = termTrends([find("行政复议")], docs);
    expect(rows.map((r) => [r.jurisdiction, r.year, r.documents, r.occurrences, r.chars])).toEqual([
      ["null", 2020, 1, 1, 4],
      ["null", 2021, 1, 0, 6],
      ["乙县", null, 1, 0, 8],
      [null, 2020, 2, 3, 19]
    ]);
  });

  it("gives [] for no terms or no documents with text", () => {
    expect(termTrends([], index.manifest.docs)).toEqual([]);
    expect(termTrends([find("行政复议")], [])).toEqual([]);
  });
});

describe("termTrendTotals(rows)", () => {
  it("sums occurrences and characters over jurisdictions per term and year, leaving out documents without a year", () => {
    const totals = termTrendTotals(termTrends([find("行政复议"), find("依法行政")], index.manifest.docs));
    expect(totals.map((r) => [r.term, r.jurisdiction, r.year, r.occurrences, r.chars, r.documents])).toEqual([
      ["行政复议", null, 2020, 4, 23, 3],
      ["行政复议", null, 2021, 0, 6, 1],
      ["依法行政", null, 2020, 1, 23, 3],
      ["依法行政", null, 2021, 0, 6, 1]
    ]);
    expect(totals[0].per_10k).toBeCloseTo((4 / 23) * 10_000, 9);
    expect(termTrendTotals([])).toEqual([]);
    const [late, early] = termTrendTotals(termTrends([find("行政复议")], index.manifest.docs)).reverse();
    expect(termTrendTotals([late, early]).map((r) => [r.year, r.occurrences])).toEqual([
      [2020, 4],
      [2021, 0]
    ]);
  });
});
