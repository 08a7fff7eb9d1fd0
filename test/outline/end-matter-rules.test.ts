import {describe, expect, it, test} from "vitest";
import {endMatterRules} from "../../loaders/outline/end-matter-rules.ts";
import {parseOutline} from "../../loaders/outline/parse-outline.ts";

const OUTLINE = "一、总体要求\n加强法治政府建设。\n二、主要任务\n完善依法行政制度体系。";

/** The text of the outline's last item when `after` follows the outline. */
function lastItem(after: string): string | undefined {
  return parseOutline("x", `${OUTLINE}\n${after}`, "work_points").at(-1)?.text;
}

/** lastItem(after) while the rule `name` is out of endMatterRules (the list parseOutline reads; put back afterwards). */
function lastItemWithout(name: string, after: string): string | undefined {
  const at = endMatterRules.findIndex((r) => r.name === name);
  const [rule] = endMatterRules.splice(at, 1);
  try {
    return lastItem(after);
  } finally {
    endMatterRules.splice(at, 0, rule);
  }
}

const LAST = "二、主要任务\n完善依法行政制度体系。";

/** One case per end-matter rule: what follows the outline, and where the last item ends. */
const ruleCases: [name: string, after: string, last: string][] = [
  // a date takes the short issuer line above it with it
  ["date", "某某市人民政府办公室\n2023年12月29日印发", LAST],
  ["date-cn", "某某市人民政府\n二〇二三年十二月二十九日", LAST],
  ["date-iso", "某某市司法局\n2023-12-29", LAST],
  // other end lines cut where they stand
  ["attachment", "某某市人民政府\n附件1:任务分工表\n序号 任务 牵头单位", `${LAST}\n某某市人民政府`],
  ["cc", "抄送:市委办公室,市人大常委会办公室", LAST],
  ["no-body", "(此页无正文)", LAST],
  ["source-link", "相关阅读\n某某区2023年法治政府建设工作要点", LAST],
  ["page-furniture", "扫一扫在手机打开当前页", LAST],
  ["copyright", "版权所有:某某市人民政府办公室", LAST],
  // closing paragraphs after the last item
  ["summary", "综上所述,2024年我们将继续推进法治政府建设。", LAST],
  ["exhortation", "各级各部门要高度重视,认真抓好落实。", LAST]
];

describe("endMatterRules: each rule has a case that fails without it", () => {
  test.each(ruleCases)("%s: %j", (name, after, last) => {
    expect(lastItem(after)).toBe(last);
    expect(lastItemWithout(name, after)).not.toBe(last);
  });

  it("every rule has a case, and every case names a rule", () => {
    expect(ruleCases.map(([name]) => name).sort()).toEqual(endMatterRules.map((r) => r.name).sort());
  });

  // Lines that only look like end matter: the rules hold for the whole line, from its start.
  const lookalikes: [after: string, cut: boolean][] = [
    ["2023 年 12 月 29 日 印发", true],
    ["附件 12 ：任务分工", true],
    ["回顾历史经验", false],
    ["于2023年12月29日召开会议", false],
    ["2023年12月29日召开会议", false],
    ["2023年12月29日发布", true],
    ["于二〇二三年十二月二十九日召开", false],
    ["二〇二三年十二月二十九日印发", true],
    ["截至2023-12-29共办理", false],
    ["2023/12/29", true],
    ["附件材料要齐全", false],
    ["详见附件1", false],
    ["附表二", true],
    ["附件：任务清单", true],
    ["报告抄送:市委", false],
    ["主送：各旗区人民政府", true],
    ["(此页无正文)以下空白", false],
    ["（此件公开发布）", true],
    ["详见相关阅读", false],
    ["请扫一扫", false],
    ["网站地图", true],
    ["本站版权所有", false],
    ["copyright 2023", true],
    ["回顾过去一年,我们取得了成效。", true],
    ["全市各级各部门要高度重视。", true],
    ["各地各单位要认真落实。", true],
    ["要求各级各部门高度重视。", false],
    // a date, a note or a closing phrase after other words on the line (Stryker's survivors of dropped anchors)
    ["完成时限：2023年12月31日", false],
    ["完成时限：2023-12-31", false],
    ["2023-12-31前完成", false],
    ["注(此页无正文)", false],
    ["全年工作总的来看,成效明显。", false]
  ];
  test.each(lookalikes)("%j ends the outline: %s", (after, cut) => {
    expect(lastItem(after)).toBe(cut ? LAST : `${LAST}\n${after}`);
  });

  it("a closing line between two items cuts nothing (closing lines count only after the last item)", () => {
    const text = "一、总体要求\n综上所述,要加强建设。\n二、主要任务\n完善制度。";
    expect(parseOutline("x", text, "work_points").map((i) => i.text)).toEqual([
      "一、总体要求\n综上所述,要加强建设。",
      "二、主要任务\n完善制度。"
    ]);
  });
});
