import {describe, expect, test} from "vitest";
import {citationExample} from "../../loaders/site/citation-example.ts";

const row = (doc_id: string, indicator_id: string | null, char_start: number) => ({
  doc_id,
  indicator_id,
  char_start,
  char_end: char_start + 4,
  quote: `q${char_start}`
});

describe("citationExample(indicators, documents)", () => {
  test("gives null for no rows", () => {
    expect(citationExample([], [])).toBeNull();
  });

  test("quotes the first classified row of a numbered document, with the document's citation fields", () => {
    const documents = [
      {doc_id: "a", jurisdiction: "甲", title: "A", doc_number: null},
      {doc_id: "b", jurisdiction: "乙", title: "B", doc_number: "乙发〔2022〕1号"}
    ];
    expect(citationExample([row("a", "x", 1), row("b", null, 2), row("b", "y", 3)], documents)).toEqual({
      row: {doc_id: "b", char_start: 3, char_end: 7, quote: "q3"},
      doc: {jurisdiction: "乙", title: "B", doc_number: "乙发〔2022〕1号"}
    });
  });

  test("falls back to the first row when no classified row has a numbered document", () => {
    expect(citationExample([row("a", null, 5)], [])).toEqual({
      row: {doc_id: "a", char_start: 5, char_end: 9, quote: "q5"},
      doc: null
    });
  });
});
