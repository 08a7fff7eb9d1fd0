/** documentBundles: one bundle per document with only its own rows, compact for the document page. */
import {describe, expect, it, test} from "vitest";
import {PREVIEW_CHARS, documentBundles} from "../../loaders/site/document-bundles.ts";
import type {EncodedTable} from "../../loaders/site/encode-columns.ts";
import {gunzipJson} from "../../loaders/site/gzip-json.ts";
import {siteDocument} from "../../loaders/site/site-table.ts";
import {decodeBundle, type EncodedBundle} from "../../src/components/document-bundle.ts";

describe("documentBundles", () => {
  const text = "一、总体要求\n（一）深入推进依法行政，全面建设法治政府，各部门按照职责分工抓好落实。";
  const tables = {
    documents: [{doc_id: "a"}, {doc_id: "b"}],
    texts: [{doc_id: "a", text}],
    items: [{doc_id: "a", item_id: "a:1", label: "一、", char_start: 0, char_end: text.length, text}],
    assignments: [{doc_id: "a", item_id: "a:1", role: "lead", char_start: 10, char_end: 13}],
    indicators: [{doc_id: "b", indicator_row_id: "b:n0", value: 435}],
    removals: []
  };
  const bundles = documentBundles(tables);

  it("gives each document its text and only its own rows, without the repeated doc_id", () => {
    expect([...bundles.keys()]).toEqual(["a", "b"]);
    expect(bundles.get("a")!.text).toBe(text);
    expect(bundles.get("a")!.assignments).toEqual([{item_id: "a:1", role: "lead", char_start: 10, char_end: 13}]);
    expect(bundles.get("a")!.indicators).toEqual([]);
    expect(bundles.get("b")!.indicators).toEqual([{indicator_row_id: "b:n0", value: 435}]);
    expect(bundles.get("b")!.text).toBe("");
  });

  it("keeps an item's first PREVIEW_CHARS characters; its whole text is the document text at its offsets", () => {
    const [item] = bundles.get("a")!.items as {preview: string; char_start: number; char_end: number}[];
    expect(item).toEqual({
      item_id: "a:1",
      label: "一、",
      char_start: 0,
      char_end: text.length,
      preview: text.slice(0, PREVIEW_CHARS)
    });
    expect(item.preview.length).toBe(40);
    expect(text.slice(item.char_start, item.char_end)).toBe(tables.items[0].text);
  });
});

describe("the seeds' bundle files (siteDocument)", () => {
  test("ordos-2023-report: its first figure's quote is the text at the row's offsets, kept in the file only as offsets", async () => {
    const bytes = await siteDocument("ordos-2023-report");
    expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
    const file = gunzipJson<EncodedBundle>(bytes);
    const {text, indicators} = decodeBundle(file);
    expect(indicators[0]).toMatchObject({
      indicator_row_id: "ordos-2023-report:n0",
      item_id: "ordos-2023-report:1.1",
      quote: "市委主要领导主持召开全面依法治市委员会会议2次",
      char_start: 167,
      char_end: 190
    });
    expect(text.slice(167, 190)).toBe("市委主要领导主持召开全面依法治市委员会会议2次");
    expect((file.indicators as EncodedTable).columns.quote[0]).toBe("span");
    expect(indicators.every((d) => d.quote === text.slice(d.char_start as number, d.char_end as number))).toBe(true);
  }, 300_000);
});
