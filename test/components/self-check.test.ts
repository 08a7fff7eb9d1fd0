import {describe, expect, test} from "vitest";
import {selfCheckSummary} from "../../src/components/self-check.ts";

describe("selfCheckSummary(doc, lang)", () => {
  test("says how many unit markers ended in units and how many numbered lines became items, in zh and en", () => {
    const doc = {unit_markers: 170, unit_markers_assigned: 170, numbered_lines: 127, numbered_items: 127};
    expect(selfCheckSummary(doc, "en")).toEqual({
      text: "units found for 170 of 170 unit markers · 127 items from 127 numbered lines",
      low: false
    });
    expect(selfCheckSummary(doc, "zh")).toEqual({
      text: "分工标记 170 处，其中 170 处抽出了单位 · 编号行 127 行，成为条目 127 条",
      low: false
    });
  });

  test("is low when fewer than 80 % of the markers gave units or fewer than half the numbered lines became items", () => {
    expect(
      selfCheckSummary({unit_markers: 10, unit_markers_assigned: 7, numbered_lines: 4, numbered_items: 4}, "en")?.low
    ).toBe(true);
    expect(
      selfCheckSummary({unit_markers: 10, unit_markers_assigned: 8, numbered_lines: 4, numbered_items: 1}, "en")?.low
    ).toBe(true);
    expect(
      selfCheckSummary({unit_markers: 1, unit_markers_assigned: 1, numbered_lines: 1, numbered_items: 1}, "en")?.text
    ).toBe("units found for 1 of 1 unit marker · 1 item from 1 numbered line");
  });

  test("is null for a row without the counts (an output written before they existed)", () => {
    expect(selfCheckSummary({}, "zh")).toBeNull();
  });
});
