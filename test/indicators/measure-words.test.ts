import {describe, expect, it} from "vitest";
import {fixedNumeralPhrases, parseFixedNumeralPhrases} from "../../loaders/indicators/fixed-numeral-phrases.ts";
import {measureWord, measureWords, parseMeasureWords} from "../../loaders/indicators/measure-words.ts";
import {stripCommentLines} from "../../loaders/text/strip-comment-lines.ts";

describe("measureWords (data/measure-words.csv)", () => {
  it("lists units longest first, so 个工作日 is tried before 个 and 人次 before 人", () => {
    const units = measureWords.map((w) => w.unit);
    expect(units.indexOf("个工作日")).toBeLessThan(units.indexOf("个"));
    expect(units.indexOf("人次")).toBeLessThan(units.indexOf("人"));
  });

  const cases: [string | null, string | undefined, boolean | undefined, number | null | undefined][] = [
    ["件", "count", true, 10000000],
    ["人次", "person", true, 10000000],
    ["%", "rate", false, 100],
    ["％", "rate", false, 100],
    ["个工作日", "duration", true, 365],
    ["元", "money", false, 1000000000000],
    ["棵", undefined, undefined, undefined],
    [null, undefined, undefined, undefined]
  ];
  for (const [unit, family, cn, max] of cases) {
    it(`measureWord(${JSON.stringify(unit)}) is ${family ?? "undefined"}`, () => {
      const word = measureWord(unit);
      expect([word?.family, word?.cn, word?.max]).toEqual([family, cn, max]);
    });
  }

  it("parseMeasureWords reads comment-headed CSV and empty text returns []", () => {
    expect(parseMeasureWords("# c\nunit,family,cn,max\n次,count,1,\n人次,person,0,5\n")).toEqual([
      {unit: "人次", family: "person", cn: false, max: 5},
      {unit: "次", family: "count", cn: true, max: null}
    ]);
    expect(parseMeasureWords("")).toEqual([]);
  });
});

describe("fixedNumeralPhrases (data/fixed-numeral-phrases.txt)", () => {
  it("holds the fixed phrases the issue names", () => {
    for (const phrase of ["两个维护", "四个意识", "三项制度", "一级指标", "六次全会"])
      expect(fixedNumeralPhrases).toContain(phrase);
  });

  it("parseFixedNumeralPhrases skips comments and blank lines; empty text returns []", () => {
    expect(parseFixedNumeralPhrases("# c\n两个维护\n\n 四个意识 \n")).toEqual(["两个维护", "四个意识"]);
    expect(parseFixedNumeralPhrases(null)).toEqual([]);
  });

  it("stripCommentLines drops # lines and returns an empty string for null", () => {
    expect(stripCommentLines("# a\nb\n  # c\nd")).toBe("b\nd");
    expect(stripCommentLines(null)).toBe("");
  });
});
