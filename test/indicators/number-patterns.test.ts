import {describe, expect, it} from "vitest";
import {numberPatterns} from "../../loaders/indicators/number-patterns.ts";
import {scanNumbers} from "../../loaders/indicators/scan-numbers.ts";

/** The pattern that claims the first token of text, and what it yields ("year:2023", "15日", or "skip"). */
function firstRule(text: string): string {
  const tokens = scanNumbers(text);
  if (tokens.length === 0) return "skip";
  const t = tokens[0];
  return t.type === "year" ? `year:${t.year}` : `${t.pattern}:${t.value}${t.unit}`;
}

describe("numberPatterns are tried in order, skips first", () => {
  const cases: [string, string][] = [
    ["〔2023〕62号", "skip"],
    ["2022-12-29", "skip"],
    ["2020-2025年", "skip"],
    ["2023年12月29日", "year:2023"],
    ["二〇二三年", "year:2023"],
    ["11月份", "skip"],
    ["十二月三十一日", "skip"],
    ["第3批", "skip"],
    ["4.0版", "skip"],
    ["0477-8888888", "skip"],
    ["3-5个工作日", "range:3个工作日"],
    ["15日内", "days-within:15日"],
    ["2.4万人次", "arabic:24000人次"],
    ["百分之九十五", "cn-percent:95%"],
    ["两批", "cn-quantity:2批"]
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${expected}`, () => {
      expect(firstRule(text)).toBe(expected);
    });
  }

  it("every rule has a unique name and compiles on its own", () => {
    expect(new Set(numberPatterns.map((p) => p.name)).size).toBe(numberPatterns.length);
    for (const p of numberPatterns) expect(() => new RegExp(p.pattern)).not.toThrow();
  });

  it("scanNumbers of empty or null text returns []", () => {
    expect(scanNumbers("")).toEqual([]);
    expect(scanNumbers(null)).toEqual([]);
  });
});
