import {describe, expect, test} from "vitest";
import {chunksToArrow, estimateBytes, toChunk} from "../../loaders/tables/column-chunk.ts";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";
import {chunksToParquet, toParquet} from "../../loaders/tables/write-parquet.ts";

const items = tableSchema("items");
const rows = [
  {doc_id: "d", item_id: "d:1", parent_id: null, depth: 1, label: "一、", heading: "总体要求", is_task: false},
  {doc_id: "d", item_id: "d:1.1", parent_id: "d:1", depth: 2.7, label: "(一)", heading: "😀 \ud83d x", is_task: true},
  {doc_id: "e", item_id: "e:1", depth: Number.NaN, label: ["a", "b"], heading: "x".repeat(300) + "法", is_task: 1}
];

describe("toChunk(rows, spec) and chunksToArrow(chunks, spec)", () => {
  test("rows split over chunks give the same Parquet bytes as the rows written at once", () => {
    const whole = toParquet(rows, items);
    const split = chunksToParquet([toChunk(rows.slice(0, 1), items), toChunk(rows.slice(1), items)], items);
    expect(Buffer.from(split).equals(Buffer.from(whole))).toBe(true);
  });

  test("values are normalised to the spec's types: nulls, truncated ints, joined arrays, booleans", () => {
    const table = chunksToArrow([toChunk(rows.slice(0, 2), items), toChunk(rows.slice(2), items)], items);
    expect(table.numRows).toBe(3);
    expect(table.getChild("parent_id")!.toArray()).toEqual([null, "d:1", null]);
    expect([...table.getChild("depth")!]).toEqual([1, 2, null]);
    expect(table.getChild("label")!.get(2)).toBe("a|b");
    expect([...table.getChild("is_task")!]).toEqual([false, true, true]);
    expect(table.getChild("heading")!.get(1)).toBe("😀 \ufffd x");
    expect(table.getChild("heading")!.get(2)).toBe("x".repeat(300) + "法");
    expect(table.getChild("style")!.nullCount).toBe(3);
  });

  test("a chunk knows its rows and their estimated size", () => {
    const chunk = toChunk(rows.slice(0, 1), items);
    expect(chunk.rows).toBe(1);
    // Seven fields: 16 bytes each, plus three bytes per UTF-16 unit of "d", "d:1", "一、" and "总体要求".
    expect(chunk.bytes).toBe(7 * 16 + 3 * (1 + 3 + 2 + 4));
  });
});

describe("estimateBytes(rows)", () => {
  test("counts 16 bytes a field plus 3 a character of each string field", () => {
    // "d" 16+3, "d:1" 16+9, null 16, 1 16, "一、" 16+6, "总体要求" 16+12, false 16.
    expect(estimateBytes([rows[0]])).toBe(142);
    expect(estimateBytes([{a: "ab", b: 1, c: undefined}, {}])).toBe(54);
  });

  test("gives 0 for no rows", () => {
    expect(estimateBytes([])).toBe(0);
  });
});
