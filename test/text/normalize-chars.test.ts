import {describe, expect, test} from "vitest";
import {normalizeChars} from "../../loaders/text/normalize-chars.ts";

describe("normalizeChars(text)", () => {
  test("keeps every offset: one code unit for one", () => {
    const raw = "（一）牵头单位：区司法局，\t配合单位\r\n";
    expect(normalizeChars(raw)).toHaveLength(raw.length);
  });

  test("turns a tab after text into a cell bar, and a tab that indents a line into a space", () => {
    expect(normalizeChars("序号\t工作任务\t牵头单位\n\t1\t完善制度\t县司法局")).toBe(
      "序号|工作任务|牵头单位\n 1|完善制度|县司法局"
    );
  });

  test("maps full-width ASCII to half-width and keeps Chinese punctuation without an ASCII twin", () => {
    expect(normalizeChars("（牵头单位：区司法局；配合单位：区法院、区检察院）。")).toBe(
      "(牵头单位:区司法局;配合单位:区法院、区检察院)。"
    );
  });

  test("returns an empty string for empty input", () => {
    expect(normalizeChars("")).toBe("");
  });
});
