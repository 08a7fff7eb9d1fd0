import {describe, expect, it} from "vitest";
import {parseNumber} from "../../loaders/text/parse-number.ts";

const cases: [string | null | undefined, number | null][] = [
  ["435", 435],
  ["98.07", 98.07],
  ["0.5", 0.5],
  ["1,234", 1234],
  ["12,345,678", 12345678],
  ["１２３", 123],
  ["２.４万", 24000],
  ["2.4万", 24000],
  ["2100万", 21000000],
  ["24907万", 249070000],
  ["3.5亿", 350000000],
  ["1.15亿", 115000000],
  ["0.07万", 700],
  ["1.5千", 1500],
  ["11万", 110000],
  ["两", 2],
  ["三", 3],
  ["十九", 19],
  ["三十五", 35],
  ["一百零五", 105],
  ["两万", 20000],
  ["两万五千", 25000],
  ["十万", 100000],
  ["三亿", 300000000],
  ["一亿二千万", 120000000],
  ["百分之九十五", 95],
  ["百分之百", 100],
  ["九十五点五", 95.5],
  ["九十九点九", 99.9],
  ["1,2345", null],
  ["12.", null],
  ["abc", null],
  ["三点", null],
  ["", null],
  [null, null],
  [undefined, null]
];

describe("parseNumber", () => {
  for (const [input, expected] of cases) {
    it(`parseNumber(${JSON.stringify(input)}) returns ${expected}`, () => {
      expect(parseNumber(input)).toBe(expected);
    });
  }

  it("parseNumber folds 万 with exact decimal arithmetic (2.4 × 10000 is 24000, not 23999.999…)", () => {
    expect(0.29 * 1e8).not.toBe(29000000); // the binary-float trap being avoided
    expect(parseNumber("2.4万")).toBe(24000);
    expect(parseNumber("1.1万")).toBe(11000);
    expect(parseNumber("0.29亿")).toBe(29000000);
  });
});
