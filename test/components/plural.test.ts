import {describe, expect, test} from "vitest";
import {plural} from "../../src/components/plural.ts";

describe("plural(n, singular, plural?)", () => {
  test.each([
    [1, "figure", undefined, "1 figure"],
    [2, "figure", undefined, "2 figures"],
    [0, "piece", undefined, "0 pieces"],
    [1234, "task", undefined, "1,234 tasks"],
    [1, "person", "people", "1 person"],
    [3, "person", "people", "3 people"]
  ])("plural(%s, %s, %s) is %s", (n, singular, many, expected) => {
    expect(plural(n, singular, many)).toBe(expected);
  });

  test("a missing count gives a dash and the plural", () => {
    expect(plural(null, "figure")).toBe("– figures");
    expect(plural(NaN, "figure")).toBe("– figures");
  });
});
