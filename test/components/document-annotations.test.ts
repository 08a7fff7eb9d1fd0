import {describe, expect, test} from "vitest";
import {documentHighlights} from "../../src/components/document-annotations.ts";

const bundle = {
  items: [{item_id: "d:1", label: "一、", heading: "总体要求", is_task: false, char_start: 0, char_end: 8}],
  assignments: [],
  indicators: []
};

describe("documentHighlights(bundle, {range, rangeTitle, term, termHits})", () => {
  test("marks the items, then the search hit, then every term occurrence with its anchor", () => {
    expect(
      documentHighlights(bundle, {
        range: {start: 3, end: 7},
        rangeTitle: "Search hit",
        term: "法治",
        termHits: [
          {start: 10, end: 12},
          {start: 20, end: 22}
        ]
      })
    ).toEqual([
      {start: 0, end: 8, kind: "item", id: "i-1"},
      {start: 3, end: 7, kind: "range", id: "c3-7", title: "Search hit"},
      {start: 10, end: 12, kind: "term", id: "term-0", title: "法治"},
      {start: 20, end: 22, kind: "term", id: "term-1", title: "法治"}
    ]);
  });

  test("without range or term hits gives only the bundle's marks; an empty bundle gives []", () => {
    expect(documentHighlights(bundle).map((a) => a.kind)).toEqual(["item"]);
    expect(documentHighlights({})).toEqual([]);
  });
});
