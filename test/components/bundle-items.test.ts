import {describe, expect, test} from "vitest";
import {bundleItems} from "../../src/components/bundle-items.ts";

describe("bundleItems(docId, bundle)", () => {
  test("gives [] for a bundle without items", () => {
    expect(bundleItems("d", {text: "abc", items: []})).toEqual([]);
  });

  test("gives each item its doc_id and its text, the document's text at its offsets", () => {
    const text = "一、总体要求\n(一)推进依法行政。";
    const items = [
      {item_id: "d:1", label: "一、", char_start: 0, char_end: 7, preview: "一、总体"},
      {item_id: "d:1.1", label: "(一)", char_start: 7, char_end: 17, preview: "(一)推进"}
    ];
    expect(bundleItems("d", {text, items}).map((d) => [d.doc_id, d.item_id, d.text])).toEqual([
      ["d", "d:1", "一、总体要求\n"],
      ["d", "d:1.1", "(一)推进依法行政。"]
    ]);
  });
});
