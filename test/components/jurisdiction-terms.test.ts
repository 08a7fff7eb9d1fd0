/** jurisdiction-terms and document-terms: the terms lists of /terms from the keywords table's rows. */
import {describe, expect, it} from "vitest";
import type {Keyword} from "../../loaders/types.ts";
import {documentTerms} from "../../src/components/document-terms.ts";
import {jurisdictionTerms} from "../../src/components/jurisdiction-terms.ts";

const row = (doc_id: string, method: string, rank: number, term: string, score: number, count: number): Keyword => ({
  doc_id,
  method,
  rank,
  term,
  score,
  count
});
const rows = [
  row("a", "tfidf", 2, "监督", 0.02, 9),
  row("a", "tfidf", 1, "复议", 0.03, 12),
  row("a", "keyness", 1, "草原", 40.5, 7),
  row("b", "tfidf", 1, "执法", 0.05, 20),
  row("b", "tfidf", 2, "复议", 0.01, 15),
  row("b", "keyness", 1, "草原", 10.25, 7),
  row("b", "keyness", 2, "口岸", 30, 5)
];

describe("documentTerms(rows, method)", () => {
  it("gives the rows of one method by rank; no rows of it give []", () => {
    expect(
      documentTerms(
        rows.filter((r) => r.doc_id === "a"),
        "tfidf"
      ).map((r) => r.term)
    ).toEqual(["复议", "监督"]);
    expect(
      documentTerms(
        rows.filter((r) => r.doc_id === "a"),
        "keyness"
      ).map((r) => r.term)
    ).toEqual(["草原"]);
    expect(documentTerms([], "tfidf")).toEqual([]);
  });
});

describe("jurisdictionTerms(rows, method, top)", () => {
  it("merges the documents' rows per term: documents listing it first, then the summed score", () => {
    expect(jurisdictionTerms(rows, "tfidf")).toEqual([
      {term: "复议", rank: 1, score: 0.04, count: 27, documents: 2, doc_id: "b"},
      {term: "执法", rank: 2, score: 0.05, count: 20, documents: 1, doc_id: "b"},
      {term: "监督", rank: 3, score: 0.02, count: 9, documents: 1, doc_id: "a"}
    ]);
    expect(jurisdictionTerms(rows, "keyness")).toEqual([
      {term: "草原", rank: 1, score: 50.75, count: 14, documents: 2, doc_id: "a"},
      {term: "口岸", rank: 2, score: 30, count: 5, documents: 1, doc_id: "b"}
    ]);
  });

  it("with one document gives its own list in its own order; keeps at most `top`; no rows give []", () => {
    const one = rows.filter((r) => r.doc_id === "b" && r.method === "tfidf");
    expect(jurisdictionTerms(one, "tfidf").map((r) => [r.term, r.rank, r.score])).toEqual([
      ["执法", 1, 0.05],
      ["复议", 2, 0.01]
    ]);
    expect(jurisdictionTerms(rows, "tfidf", 1).map((r) => r.term)).toEqual(["复议"]);
    expect(jurisdictionTerms([], "tfidf")).toEqual([]);
  });
});
