import {describe, expect, it} from "vitest";
import {parseChineseNumeral} from "../../loaders/text/parse-chinese-numeral.ts";

const cases: [string | null | undefined, number | null][] = [
  ["一", 1],
  ["九", 9],
  ["十", 10],
  ["十二", 12],
  ["二十", 20],
  ["二十一", 21],
  ["三十五", 35],
  ["九十九", 99],
  ["两", 2],
  ["零", 0],
  ["〇", 0],
  ["百", 100],
  ["一百", 100],
  ["两百", 200],
  ["一百零五", 105],
  ["一百一十二", 112],
  ["一百五", 150],
  ["一千零一十", 1010],
  ["二〇二二", 2022],
  [" 十五 ", 15],
  ["十十", null],
  ["二二十", null],
  ["二十零", null],
  ["十五条", null],
  ["abc", null],
  ["", null],
  [null, null],
  [undefined, null]
];

describe("parseChineseNumeral", () => {
  for (const [input, expected] of cases) {
    it(`parseChineseNumeral(${JSON.stringify(input)}) returns ${expected}`, () => {
      expect(parseChineseNumeral(input)).toBe(expected);
    });
  }
});
