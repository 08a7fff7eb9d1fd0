import {describe, expect, test} from "vitest";
import {stateOption} from "../../src/components/state-option.ts";

describe("stateOption(options, raw, {parse, fallback})", () => {
  const years = [2021, 2022, 2023];
  test.each([
    ["2022", 2022],
    ["2020", null],
    ["x", null],
    [null, null]
  ])("a year select given ?year=%s selects %s", (raw, expected) => {
    expect(stateOption(years, raw, {parse: Number})).toBe(expected);
  });

  test("returns the string itself without parse, and the fallback when the URL names no option", () => {
    expect(stateOption(["内蒙古自治区", "辽宁省"], "辽宁省")).toBe("辽宁省");
    expect(stateOption(["justice", "finance"], "police", {fallback: "justice"})).toBe("justice");
    expect(stateOption(["justice", "finance"], undefined, {fallback: "justice"})).toBe("justice");
  });

  test("gives the fallback for an empty option list", () => {
    expect(stateOption([], "a")).toBeNull();
  });
});
