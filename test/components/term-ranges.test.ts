/** term-ranges: the occurrences of a term that /document?term= highlights. */
import {describe, expect, it} from "vitest";
import {termRanges} from "../../src/components/term-ranges.ts";

describe("termRanges(text, term)", () => {
  it("gives every occurrence left to right as [start, end) string offsets", () => {
    expect(termRanges("行政复议机关办理行政复议案件,行政复议", "行政复议")).toEqual([
      {start: 0, end: 4},
      {start: 8, end: 12},
      {start: 15, end: 19}
    ]);
  });

  it("does not overlap: after a match the search goes on at its end", () => {
    expect(termRanges("哈哈哈哈哈", "哈哈")).toEqual([
      {start: 0, end: 2},
      {start: 2, end: 4}
    ]);
  });

  it("gives [] for a term under two characters, a missing term or text, or no occurrence", () => {
    expect(termRanges("行政复议", "行")).toEqual([]);
    expect(termRanges("行政复议", null)).toEqual([]);
    expect(termRanges(null, "行政")).toEqual([]);
    expect(termRanges("行政复议", "柔性执法")).toEqual([]);
  });
});
