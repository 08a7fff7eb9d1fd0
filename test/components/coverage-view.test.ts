import {describe, expect, test} from "vitest";
import {coverageDrill, coverageView, type MatrixDoc} from "../../src/components/coverage-view.ts";

const topics = [
  {topic_id: "a", order: 1, name_zh: "甲", name_en: "A"},
  {topic_id: "b", order: 2, name_zh: "乙", name_en: "B"}
];
const doc = (doc_id: string, jurisdiction: string, province: string, year: number, share: number): MatrixDoc => ({
  doc_id,
  jurisdiction,
  jurisdiction_en: null,
  province,
  year,
  items: [1, 1],
  share_items: [share, 1 - share],
  share_chars: [share, 1 - share]
});
const matrix = {
  topics,
  documents: [doc("x1", "X", "P", 2021, 0.2), doc("x2", "X", "P", 2022, 0.4), doc("y", "Y", "Q", 2022, 0.6)]
};
const columns = (v: ReturnType<typeof coverageView>) => v.columns;

describe("coverageView(matrix, options)", () => {
  test("gives no cells for an empty matrix", () => {
    expect(coverageView({topics: [], documents: []})).toMatchObject({mode: "documents", cells: [], columns: []});
  });

  test("a column per document, and 'no document' cells for a jurisdiction without one that year", () => {
    const v = coverageView(matrix, {year: 2021});
    expect(v.mode).toBe("documents");
    expect(columns(v)).toEqual(["X 2021", "Y 2021"]);
    expect(v.cells.filter((c) => c.topic_id === "a").map((c) => [c.doc_id, c.documents, c.share_items])).toEqual([
      ["x1", 1, 0.2],
      [null, 0, 0]
    ]);
  });

  test("two documents of one jurisdiction and year get distinct columns", () => {
    const twice = {topics, documents: [doc("x1", "X", "P", 2022, 0.2), doc("x2", "X", "P", 2022, 0.4)]};
    expect(columns(coverageView(twice))).toEqual(["X 2022", "X 2022 (2)"]);
  });

  test("above maxColumns documents, a column per province with the mean share of its documents", () => {
    const v = coverageView(matrix, {maxColumns: 2});
    expect(v.mode).toBe("provinces");
    expect(columns(v)).toEqual(["P", "Q"]);
    expect(v.cells.filter((c) => c.topic_id === "a")).toEqual([
      {
        doc_id: null,
        column: "P",
        topic_id: "a",
        topic: "甲 A",
        documents: 2,
        items: 2,
        share_items: 0.3,
        share_chars: 0.3
      },
      {
        doc_id: null,
        column: "Q",
        topic_id: "a",
        topic: "甲 A",
        documents: 1,
        items: 1,
        share_items: 0.6,
        share_chars: 0.6
      }
    ]);
  });

  test("with a province chosen and still too many columns, a column per year; a province and year list their documents", () => {
    const many = {topics, documents: [...matrix.documents, doc("z", "Z", "P", 2022, 0)]};
    const years = coverageView(many, {province: "P", maxColumns: 2});
    expect([years.mode, columns(years)]).toEqual(["years", ["2021", "2022"]]);
    expect(years.cells.find((c) => c.column === "2022" && c.topic_id === "a")!.share_items).toBe(0.2);
    const one = coverageView(many, {province: "P", year: 2022, maxColumns: 1});
    expect([one.mode, columns(one)]).toEqual(["documents", ["X 2022", "Z 2022"]]);
    // "No document" stand-ins only while they fit: Z has no 2021 document, shown at 2 columns, left out at 1.
    expect(columns(coverageView(many, {province: "P", year: 2021, maxColumns: 2}))).toEqual(["X 2021", "Z 2021"]);
    expect(columns(coverageView(many, {province: "P", year: 2021, maxColumns: 1}))).toEqual(["X 2021"]);
  });
});

describe("coverageDrill(picked, mode)", () => {
  const cell = (doc_id: string | null, documents: number, column: string) => ({doc_id, documents, column});

  test("a province's column chooses the province, a year's column the year (as a number)", () => {
    expect(coverageDrill(cell(null, 3, "内蒙古自治区"), "provinces")).toEqual({
      filter: "province",
      value: "内蒙古自治区"
    });
    expect(coverageDrill(cell(null, 2, "2022"), "years")).toEqual({filter: "year", value: 2022});
  });

  test("a document's cell, a no-document cell and no click set nothing", () => {
    expect(coverageDrill(cell("x1", 1, "X 2021"), "documents")).toBe(null);
    expect(coverageDrill(cell(null, 0, "Y 2021"), "documents")).toBe(null);
    expect(coverageDrill(null, "provinces")).toBe(null);
  });

  test("drills from the view's own province columns to that province's years", () => {
    const provinces = coverageView(matrix, {maxColumns: 2});
    const drill = coverageDrill(
      provinces.cells.find((c) => c.column === "P"),
      provinces.mode
    );
    expect(drill).toEqual({filter: "province", value: "P"});
    expect(coverageView(matrix, {maxColumns: 1, province: drill!.value as string}).columns).toEqual(["2021", "2022"]);
  });
});
