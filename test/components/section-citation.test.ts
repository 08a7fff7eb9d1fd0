import {expect, test} from "vitest";
import {sectionCitation} from "../../src/components/section-citation.ts";

test("sectionCitation(section) runs a label on after 、 and puts the heading after a space", () => {
  expect(sectionCitation({labels: ["五、", "(二)"], heading: "强化行政复议监督"})).toBe("五、(二) 强化行政复议监督");
  expect(sectionCitation({labels: ["四、"], heading: null})).toBe("四、");
});

test("sectionCitation(section) keeps numbered labels apart, so 12. and 35) do not read as 12.35", () => {
  expect(sectionCitation({labels: ["二、", "(四)", "12.", "35)"], heading: "创新行政执法方式"})).toBe(
    "二、(四) 12. 35) 创新行政执法方式"
  );
});

test("sectionCitation(section) cuts a heading longer than 20 characters with …", () => {
  expect(
    sectionCitation({labels: ["二、", "(三)"], heading: "落实公职律师和法律顾问在重大行政决策中发挥作用的机制"})
  ).toBe("二、(三) 落实公职律师和法律顾问在重大行政决策中发…");
});

test("sectionCitation(section, lang) names text before the first numbered item in either language", () => {
  expect([sectionCitation(null), sectionCitation({labels: [], heading: null}, "en")]).toEqual([
    "正文（未编号部分）",
    "unnumbered text"
  ]);
});
