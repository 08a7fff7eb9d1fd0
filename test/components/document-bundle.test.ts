/** decodeBundle: a bundle's columns (loaders/site/encode-columns.ts) back to the rows the pages read. */
import {describe, expect, test} from "vitest";
import {encodeBundle, type DocumentBundle} from "../../loaders/site/document-bundles.ts";
import {decodeBundle, decodeTable} from "../../src/components/document-bundle.ts";

const text = "一、总体要求\n（一）推进依法行政。牵头单位：市司法局、市政府办公室\n（二）全年办理复议案件435件。";
const bundle: DocumentBundle = {
  document: {doc_id: "d"},
  text,
  items: [
    {
      item_id: "d:1",
      parent_id: null,
      label: "一、",
      heading: "总体要求",
      char_start: 0,
      char_end: 7,
      preview: "一、总体要求\n"
    },
    {
      item_id: "d:1.1",
      parent_id: "d:1",
      label: "（一）",
      heading: "推进依法行政",
      char_start: 7,
      char_end: 34,
      preview: text.slice(7, 34)
    },
    {
      item_id: "d:1.2",
      parent_id: "d:1",
      label: "（二）",
      heading: null,
      char_start: 34,
      char_end: 50,
      preview: text.slice(34, 50)
    }
  ],
  assignments: [
    {item_id: "d:1.1", role: "lead", agency_raw: "市司法局", agency_id: "justice_bureau", char_start: 22, char_end: 26},
    {
      item_id: "d:1.1",
      role: "lead",
      agency_raw: "市政府 办公室",
      agency_id: "government_office",
      char_start: 27,
      char_end: 33
    }
  ],
  indicators: [
    {
      indicator_row_id: "d:n0",
      item_id: "d:1.2",
      subject: "复议案件",
      value: 435,
      quote: "全年办理复议案件435件",
      char_start: 37,
      char_end: 49,
      flag: null
    }
  ],
  removals: [
    {kind: "whitespace", text: " ", at: 3},
    {kind: "whitespace", text: "\n", at: 3},
    {kind: "toolbar", text: "打印本页", at: 50}
  ]
};

describe("decodeBundle(encodeBundle(bundle))", () => {
  const encoded = encodeBundle(bundle);

  test("gives back the same rows, keys in the same order", () => {
    const decoded = decodeBundle(encoded);
    expect(decoded).toEqual(bundle);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(bundle));
  });

  test("keeps no quote, preview or item id in full: offsets into the text and indices into the items", () => {
    const {columns} = encoded.indicators as {columns: Record<string, unknown>};
    expect(columns.quote).toEqual(["span", [0]]);
    expect(columns.subject).toEqual(["span", [[4, 8]]]);
    expect(columns.indicator_row_id).toEqual(["id", ["n0"]]);
    expect((encoded.items as {columns: Record<string, unknown>}).columns.item_id).toEqual(["id", ["1", "1.1", "1.2"]]);
    expect((encoded.items as {columns: Record<string, unknown>}).columns.parent_id).toEqual(["item", [null, 0, 0]]);
    expect((encoded.items as {columns: Record<string, unknown>}).columns.preview).toEqual(["span", [0, 0, 0]]);
    expect((encoded.assignments as {columns: Record<string, unknown>}).columns.item_id).toEqual(["item", [1, 1]]);
  });

  test("keeps a string that is not in the text as it is (agency_raw with its space)", () => {
    const {columns} = encoded.assignments as {columns: Record<string, [string, unknown[]]>};
    expect(columns.agency_raw).toEqual(["span", [0, "市政府 办公室"]]);
    expect(columns.char_start).toEqual(["delta", [22, 5]]);
    expect(columns.char_end).toEqual(["offset", [4, 6]]);
    expect(decodeBundle(encoded).assignments[1].agency_raw).toBe("市政府 办公室");
  });

  test("writes fewer bytes than the rows", () => {
    const rowsBytes = JSON.stringify(bundle).length - text.length;
    expect(JSON.stringify(encoded).length - text.length).toBeLessThan(rowsBytes);
  });
});

describe("decodeTable(table, ctx)", () => {
  const ctx = {text: "abcdef", docId: "d"};

  test("gives rows given as rows back as they are, and [] for no rows", () => {
    expect(decodeTable([{a: 1}], ctx)).toEqual([{a: 1}]);
    expect(decodeTable({n: 0, columns: {}}, ctx)).toEqual([]);
  });

  test("decodes each codec", () => {
    const table = {
      n: 3,
      columns: {
        id: ["id", ["n0", "n1", null]],
        kind: [
          "dict",
          [
            ["actual", "target"],
            [0, 1, 0]
          ]
        ],
        char_start: ["delta", [1, 2, -3]],
        char_end: ["offset", [2, 1, 6]],
        piece: ["span", [0, [-1, 0], "zz"]]
      }
    } as const;
    expect(decodeTable(table as never, ctx)).toEqual([
      {id: "d:n0", kind: "actual", char_start: 1, char_end: 3, piece: "bc"},
      {id: "d:n1", kind: "target", char_start: 3, char_end: 4, piece: "c"},
      {id: null, kind: "actual", char_start: 0, char_end: 6, piece: "zz"}
    ]);
  });

  test("throws on a codec it does not know", () => {
    expect(() => decodeTable({n: 1, columns: {a: ["zip" as never, [1]]}}, ctx)).toThrow("invalid column codec: zip");
  });
});
