import {describe, expect, it} from "vitest";
import {unifyGlyphForms} from "../../loaders/read/unify-glyph-forms.ts";

describe("unifyGlyphForms(text)", () => {
  it("returns empty text for empty input", () => {
    expect(unifyGlyphForms("")).toBe("");
  });

  it.each([
    ["Kangxi radicals (NFKC)", "⼈⺠政府⽂件", "人民政府文件"],
    ["CJK Radicals Supplement forms of data/glyph-forms.csv", "部⻔⻓效机制", "部门长效机制"],
    ["the traditional form a simplified font shares", "政府门戶网站", "政府门户网站"],
    [
      "canonical equivalents (NFC): U+2329 U+232A → 〈〉, a compatibility ideograph",
      "贯彻落实\u2329纲要\u232a\uf9b4",
      "贯彻落实\u3008纲要\u3009\u9818"
    ]
  ])("unifies %s", (_, pdf, text) => {
    expect(unifyGlyphForms(pdf)).toBe(text);
  });

  it("keeps full-width forms, circled numbers and other radicals (no other compatibility fold)", () => {
    expect(unifyGlyphForms("(一)①ＡＢ１２⺅")).toBe("(一)①ＡＢ１２⺅");
  });
});
