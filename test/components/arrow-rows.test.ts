import {tableFromArrays} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {arrowRows, arrowRowsWhere} from "../../src/components/arrow-rows.ts";

const table = tableFromArrays({
  doc_id: ["a", "b", "a", "c"],
  item_id: ["a:1", "b:1", "a:2", "c:1"],
  n: Int32Array.from([1, 2, 3, 4])
});

describe("arrowRows(table)", () => {
  test("gives plain rows, and [] for null", () => {
    expect(arrowRows(table)[1]).toEqual({doc_id: "b", item_id: "b:1", n: 2});
    expect(arrowRows(null)).toEqual([]);
  });
});

describe("arrowRowsWhere(table, column, values)", () => {
  test("gives only the rows whose column holds one of the values, in table order", () => {
    expect(arrowRowsWhere(table, "doc_id", new Set(["a", "c"])).map((r) => r.item_id)).toEqual(["a:1", "a:2", "c:1"]);
  });

  test("gives [] for no match or a missing column", () => {
    expect(arrowRowsWhere(table, "doc_id", new Set(["z"]))).toEqual([]);
    expect(arrowRowsWhere(table, "nope", new Set(["a"]))).toEqual([]);
  });
});
