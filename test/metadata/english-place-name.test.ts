import {describe, expect, test} from "vitest";
import {englishPlaceName, pinyinWord} from "../../loaders/metadata/english-place-name.ts";

describe("englishPlaceName(name)", () => {
  test.each([
    ["东胜区", "Dongsheng District"],
    ["平城区", "Pingcheng District"],
    ["辽阳市", "Liaoyang City"],
    ["鄂尔多斯市", "E'erduosi City"],
    ["巴音郭楞蒙古自治州", "Bayinguoleng Mongol Autonomous Prefecture"],
    ["恩施土家族苗族自治州", "Enshi Tujia Miao Autonomous Prefecture"],
    ["达拉特旗", "Dalate Banner"],
    ["锡林郭勒盟", "Xilinguole League"],
    ["广东省", "Guangdong Province"],
    ["新疆维吾尔自治区", "Xinjiang Uyghur Autonomous Region"],
    ["长沙县", "Changsha County"],
    ["城区", "Chengqu District"],
    ["和县", "Hexian County"],
    ["阿里地区", "Ali Prefecture"]
  ])("%s → %s", (zh, en) => {
    expect(englishPlaceName(zh)).toBe(en);
  });

  test("returns null for null or empty input", () => {
    expect(englishPlaceName(null)).toBe(null);
    expect(englishPlaceName("")).toBe(null);
  });
});

describe("pinyinWord(stem)", () => {
  test("puts an apostrophe before a syllable starting with a, o or e: 西安 → Xi'an", () => {
    expect(pinyinWord("西安")).toBe("Xi'an");
  });
});
