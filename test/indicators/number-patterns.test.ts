import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it, test} from "vitest";
import {numberPatterns, type NumberPattern} from "../../loaders/indicators/number-patterns.ts";
import {leadOf, scanNumbers} from "../../loaders/indicators/scan-numbers.ts";

/** Every token of text as "pattern:value unit" ("≈" when approximate) or "year:2023". */
function tokens(text: string, patterns?: readonly NumberPattern[]): string[] {
  return scanNumbers(text, patterns).map((t) =>
    t.type === "year" ? `year:${t.year}` : `${t.pattern}:${t.value}${t.unit}${t.approx ? "≈" : ""}`
  );
}

/**
 * One case per rule of numberPatterns: a text, its tokens, and its tokens with that rule removed (they must differ,
 * so removing the rule fails the case).
 */
const ruleCases: [rule: string, text: string, tokens: string[], without: string[]][] = [
  ["iso-date", "2023-12-29日内完成", [], ["days-within:29日"]],
  ["year-range", "(2021—2025年)", [], ["year:2025"]],
  ["year-date", "2023年12月29日", ["year:2023"], []],
  ["cn-year", "二〇二三年十二月", ["year:2023"], []],
  ["month-day", "3月15日内报送", [], ["days-within:15日"]],
  ["ordinal", "公布第 3 批清单", [], ["arabic:3批"]],
  ["phone", "咨询电话010-12345678 人工服务", [], ["range:10人", "range:12345678人"]],
  ["range", "3-5个工作日", ["range:3个工作日", "range:5个工作日"], ["arabic:5个工作日"]],
  ["days-within", "规范性文件发布后15日内报送", ["days-within:15日"], []],
  ["arabic", "2.4万人次", ["arabic:24000人次"], []],
  ["cn-percent", "百分之九十五", ["cn-percent:95%"], []],
  ["cn-quantity", "梳理公布两批", ["cn-quantity:2批"], []]
];

describe("numberPatterns: each rule has a case that fails without it", () => {
  test.each(ruleCases)("%s: %j", (rule, text, expected, without) => {
    expect(tokens(text)).toEqual(expected);
    expect(
      tokens(
        text,
        numberPatterns.filter((p) => p.name !== rule)
      )
    ).toEqual(without);
    expect(without).not.toEqual(expected);
  });

  it("every rule has a case, and every case names a rule", () => {
    expect([...new Set(ruleCases.map(([rule]) => rule))].sort()).toEqual(numberPatterns.map((p) => p.name).sort());
  });

  it("every rule has a unique name and compiles on its own", () => {
    expect(new Set(numberPatterns.map((p) => p.name)).size).toBe(numberPatterns.length);
    for (const p of numberPatterns) expect(() => new RegExp(p.pattern)).not.toThrow();
  });
});

describe("scanNumbers(text) on numbers that are not figures, and on the rules' details", () => {
  const cases: [string, string[]][] = [
    // A document number, a version, a Chinese date, a hotline and a label have no number before a measure word.
    ["〔2023〕62号", []],
    ["4.0版", []],
    ["十二月三十一日", []],
    ["12345热线", []],
    ["11月份", []],
    ["第三批", []],
    ["第3批", []],
    // ranges: the multiplier of the second end applies to both; approximators on either side
    ["3至5万元", ["range:30000元", "range:50000元"]],
    ["10%至20%", ["range:10%", "range:20%"]],
    ["约3-5个工作日", ["range:3个工作日≈", "range:5个工作日≈"]],
    ["3人至5件", []],
    // approx: 约/近/超过/逾 before, 余/多/左右 after; 以上 is a bound
    ["约3000件", ["arabic:3000件≈"]],
    ["3000余件", ["arabic:3000件≈"]],
    ["3000件左右", ["arabic:3000件≈"]],
    ["近2万人次", ["arabic:20000人次≈"]],
    ["2次以上", ["arabic:2次"]],
    ["1,234件", ["arabic:1234件"]],
    ["95％", ["arabic:95%"]],
    ["约百分之九十", ["cn-percent:90%≈"]],
    ["百分之九十五点五", ["cn-percent:95.5%"]],
    // Chinese numerals: not bare 百/千/万 without 余/多, not 三个月, 一 only after a frequency word, not in phrases
    ["千家万户", []],
    ["百余人", ["cn-quantity:100人≈"]],
    ["三个月", []],
    ["一窗受理", []],
    ["每年听取一次", ["cn-quantity:1次"]],
    ["至少一次", ["cn-quantity:1次"]],
    ["十余次", ["cn-quantity:10次≈"]],
    ["两个维护", []],
    ["“三个四”", []],
    ["三份", []],
    ["三件", ["cn-quantity:3件"]],
    ["三性", []],
    // 日 counts only before 内
    ["15日", []],
    ["15日以内", ["days-within:15日"]],
    ["近15日内", ["days-within:15日≈"]],
    ["1900年", ["year:1900"]],
    ["1899年", []],
    ["2100年", ["year:2100"]],
    ["2101年", []],
    // a number inside a code or another number is none
    ["国标GB50016条款", []],
    // 三百 counts, 千万 alone does not; a measure word before 月 still counts (only 个月 is a period)
    ["三百人", ["cn-quantity:300人"]],
    ["惠及千万人", []],
    // a numeral that only starts with a magnitude is not bare (BARE_MAGNITUDE holds for the whole numeral)
    ["培训千五百人", ["cn-quantity:1500人"]],
    ["分两批月底前完成", ["cn-quantity:2批"]],
    // the frequency word must end right before 一
    ["召开了一次会议", []],
    ["召开一次会议", ["cn-quantity:1次"]]
  ];
  test.each(cases)("%j → %j", (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it("scanNumbers of empty or null text, or with no rules, returns []", () => {
    expect(scanNumbers("")).toEqual([]);
    expect(scanNumbers(null)).toEqual([]);
    expect(scanNumbers("3件", [])).toEqual([]);
  });

  it("gives each end of a range the span of its own number, through its unit or multiplier when it has one", () => {
    const spans = (text: string) =>
      scanNumbers(text).map((t) => (t.type === "quantity" ? text.slice(t.value_start, t.value_end) : ""));
    expect(spans("3-5个工作日")).toEqual(["3", "5个工作日"]);
    expect(spans("3个工作日至5个工作日")).toEqual(["3个工作日", "5个工作日"]);
    expect(spans("3万至5万元")).toEqual(["3万", "5万元"]);
    expect(spans("约百分之九十")).toEqual(["百分之九十"]);
    expect(spans("开展两批")).toEqual(["两批"]);
  });

  it("gives the offsets of the whole match and of the quantity as written", () => {
    expect(scanNumbers("共约2.4万人次参加")).toEqual([
      {
        type: "quantity",
        pattern: "arabic",
        value: 24000,
        unit: "人次",
        approx: true,
        start: 1,
        end: 8,
        value_start: 2,
        value_end: 8
      }
    ]);
  });
});

describe("NumberPattern.first: the characters a rule's match begins with", () => {
  const seedDir = new URL("../../seeds/", import.meta.url);
  const seedTexts = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, seedDir), "utf8"));
  const caseTexts = ruleCases.map(([, text]) => text);

  it("every rule names its first characters, so the scan skips every other position", () => {
    expect(numberPatterns.filter((p) => p.first == null).map((p) => p.name)).toEqual([]);
    expect(numberPatterns.find((p) => p.name === "arabic")!.first).toBe("[约大近将接超逾0-9０-９]");
  });

  it("every match of every rule, alone, on the seeds and the rule cases begins with one of them", () => {
    let matches = 0;
    for (const p of numberPatterns) {
      for (const text of [...seedTexts, ...caseTexts])
        for (const m of text.matchAll(new RegExp(p.pattern, "g"))) {
          ++matches;
          expect(`${p.name}: ${m[0]}`).toMatch(new RegExp(`^${p.name}: (?:${p.first})`));
        }
    }
    expect(matches).toBe(313);
  });

  it("the seeds scan to the same tokens with and without the first characters", () => {
    const without = numberPatterns.map(({first: _, ...p}) => p);
    for (const text of seedTexts) expect(scanNumbers(text)).toEqual(scanNumbers(text, without));
  });

  it("a rule is tried only at its first characters: one that leaves out b misses bc", () => {
    const rule = (first?: string): NumberPattern[] => [
      {
        name: "x",
        pattern: "[ab]c",
        first,
        extract: (m) => [{type: "year", year: 2000, start: m.start(0), end: m.end(0)}]
      }
    ];
    const starts = (patterns: NumberPattern[]) => scanNumbers("bc ac", patterns).map((t) => t.start);
    expect(starts(rule("[ab]"))).toEqual([0, 3]);
    expect(starts(rule("a"))).toEqual([3]);
    expect(starts(rule())).toEqual([0, 3]);
  });
});

describe("leadOf(patterns): the lookahead scanNumbers puts before the rules", () => {
  const rule = (first?: string): NumberPattern => ({name: "x", pattern: "x", first, extract: () => []});

  it("is one character class for numberPatterns (identical firsts taken once)", () => {
    expect(leadOf(numberPatterns)).toBe(
      "(?=[0-9０-９〇零一二三四五六七八九第约大近将接超逾0-9０-９约大近将接超逾百约大近将接超逾零〇一二三四五六七八九十百千万亿两])"
    );
  });

  it("is an alternation when a first is neither a class nor one character, and empty when a rule has none", () => {
    expect(leadOf([rule("[ab]"), rule("c"), rule("[ab]")])).toBe("(?=[abc])");
    expect(leadOf([rule("[ab]"), rule("x|y")])).toBe("(?=[ab]|x|y)");
    expect(leadOf([rule("-")])).toBe("(?=-)");
    expect(leadOf([rule("[ab]"), rule()])).toBe("");
  });
});
