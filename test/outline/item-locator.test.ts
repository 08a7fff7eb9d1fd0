import {describe, expect, it} from "vitest";
import {itemLocator} from "../../loaders/outline/item-locator.ts";
import type {Item} from "../../loaders/types.ts";

const item = (
  item_id: string,
  parent_id: string | null,
  depth: number,
  char_start: number,
  char_end: number
): Item => ({
  doc_id: "d",
  item_id,
  parent_id,
  depth,
  label: "",
  style: "",
  ordinal: 1,
  heading: null,
  text: "",
  is_task: false,
  topic_id: null,
  char_start,
  char_end
});

describe("itemLocator(items)(offset) finds the innermost containing item", () => {
  const items = [item("d:2", null, 1, 50, 100), item("d:1", null, 1, 10, 50), item("d:1.1", "d:1", 2, 20, 30)];
  const locate = itemLocator(items);
  const cases: [number, string | null][] = [
    [0, null],
    [10, "d:1"],
    [25, "d:1.1"],
    [30, "d:1"],
    [49, "d:1"],
    [50, "d:2"],
    [99, "d:2"],
    [100, null]
  ];
  for (const [offset, expected] of cases) {
    it(`offset ${offset} → ${expected}`, () => {
      expect(locate(offset)?.item_id ?? null).toBe(expected);
    });
  }

  it("with no items every offset maps to null", () => {
    expect(itemLocator([])(5)).toBeNull();
    expect(itemLocator(null)(5)).toBeNull();
  });
});
