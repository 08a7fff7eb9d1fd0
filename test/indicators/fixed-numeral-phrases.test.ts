import {describe, expect, it, test} from "vitest";
import {fixedNumeralPhrases, parseFixedNumeralPhrases} from "../../loaders/indicators/fixed-numeral-phrases.ts";
import {scanNumbers} from "../../loaders/indicators/scan-numbers.ts";
import {stripCommentLines} from "../../loaders/read/strip-comment-lines.ts";

/** Every quantity of text as "value unit". */
function quantities(text: string): string[] {
  return scanNumbers(text).flatMap((t) => (t.type === "quantity" ? [`${t.value}${t.unit}`] : []));
}

describe("fixedNumeralPhrases (data/fixed-numeral-phrases.txt)", () => {
  it("holds the fixed phrases the issue names", () => {
    for (const phrase of ["两个维护", "四个意识", "三项制度", "一级指标", "六次全会"])
      expect(fixedNumeralPhrases).toContain(phrase);
  });

  /** The quantities of text when the phrase list lacks `phrase` (restored afterwards). */
  function quantitiesWithoutPhrase(phrase: string, text: string): string[] {
    const at = fixedNumeralPhrases.indexOf(phrase);
    fixedNumeralPhrases.splice(at, 1);
    try {
      return quantities(text);
    } finally {
      fixedNumeralPhrases.splice(at, 0, phrase);
    }
  }

  /** One case per phrase whose numeral would count: without the phrase, the text gives these quantities. */
  const phraseCases: [phrase: string, without: string][] = [
    ["两个维护", "2个"],
    ["两个确立", "2个"],
    ["四个意识", "4个"],
    ["四个自信", "4个"],
    ["四个全面", "4个"],
    ["五个一", "5个"],
    ["三个四", "3个"],
    ["三个区分开来", "3个"],
    ["三个代表", "3个"],
    ["三项制度", "3项"],
    ["三项机制", "3项"],
    ["两件大事", "2件"],
    ["两个一百年", "2个"],
    ["两个大局", "2个"],
    ["两个结合", "2个"],
    ["两个责任", "2个"],
    ["三个务必", "3个"],
    ["四个不摘", "4个"],
    ["两类人员", "2类"],
    ["六次全会", "6次"],
    ["五次全会", "5次"],
    ["四次全会", "4次"],
    ["三次全会", "3次"],
    ["二次全会", "2次"],
    ["七次全会", "7次"],
    ["两个全覆盖", "2个"],
    ["两个毫不动摇", "2个"],
    ["三个一批", "3个"],
    ["一件事", "1件"]
  ];
  /**
   * Phrases whose numeral no rule would count today (级, 大, 法, 下 are not measure words, 所 counts only after Arabic
   * numerals): kept for readers and for a measure word added later. When one starts to count, it needs a case above.
   */
  const inert = ["三大攻坚战", "两法衔接", "两所联动", "四下基层", "一级指标", "二级指标", "三级指标", "一级执法"];

  test.each(phraseCases)("%s: counts nothing, and %s without the phrase", (phrase, without) => {
    // 开展 is a frequency word, so 一 counts too
    expect(quantities(`开展${phrase}`)).toEqual([]);
    expect(quantitiesWithoutPhrase(phrase, `开展${phrase}`)).toEqual([without]);
  });

  test.each(inert)("%s counts nothing even without the phrase", (phrase) => {
    expect(quantitiesWithoutPhrase(phrase, `开展${phrase}`)).toEqual([]);
  });

  it("every phrase has a case or is listed as inert", () => {
    expect([...phraseCases.map(([phrase]) => phrase), ...inert].sort()).toEqual([...fixedNumeralPhrases].sort());
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
