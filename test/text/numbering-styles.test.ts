import {describe, expect, it} from "vitest";
import {matchLabel} from "../../loaders/text/match-label.ts";
import {numberingStyles} from "../../loaders/text/numbering-styles.ts";

/** [line content, style name, label as written, ordinal]: forms found in the seeds and forms they do not contain. */
const labels: [string, string, string, number][] = [
  ["第一章 总则", "cn-chapter", "第一章", 1],
  ["第十二章 附则", "cn-chapter", "第十二章", 12],
  ["第二节 行政决策", "cn-section", "第二节", 2],
  ["第三部分 保障措施", "cn-part", "第三部分", 3],
  ["第三条 行政机关应当…", "cn-article", "第三条", 3],
  ["第二十一条 本办法自发布之日起施行", "cn-article", "第二十一条", 21],
  ["二、具体任务和责任分工", "cn-dun", "二、", 2],
  ["十一、强化组织领导", "cn-dun", "十一、", 11],
  ["三．完善制度", "cn-dot", "三．", 3],
  ["四.加强监督", "cn-dot", "四.", 4],
  ["(一)健全政府机构职能体系", "cn-paren", "(一)", 1],
  ["（一）健全政府机构职能体系", "cn-paren", "（一）", 1],
  ["(十二)全面推行重大行政决策风险评估", "cn-paren", "(十二)", 12],
  ["（二十一）完善多调联动工作格局", "cn-paren", "（二十一）", 21],
  ["(三十五)加强法治人才队伍培育工作", "cn-paren", "(三十五)", 35],
  ["一)扎实推进市域社会治理", "cn-half-paren", "一)", 1],
  ["十五）持续深化改革", "cn-half-paren", "十五）", 15],
  ["1.推进政府机构职能优化协同高效", "arabic-dot", "1.", 1],
  ["43．制定法治政府建设规划", "arabic-dot", "43．", 43],
  ["１２.全角数字", "arabic-dot", "１２.", 12],
  ["1、加强组织领导", "arabic-dun", "1、", 1],
  ["10、健全工作机制", "arabic-dun", "10、", 10],
  ["(15)强化对各类企业合法权益的保护", "arabic-paren", "(15)", 15],
  ["（1）完善程序", "arabic-paren", "（1）", 1],
  ["5)推进简政便民", "arabic-half-paren", "5)", 5],
  ["85）加强宣传舆论引导", "arabic-half-paren", "85）", 85],
  ["⑴完善程序", "paren-char", "⑴", 1],
  ["⒇健全机制", "paren-char", "⒇", 20],
  ["⒈加强领导", "dot-char", "⒈", 1],
  ["①建立清单", "circled", "①", 1],
  ["⑳完善机制", "circled", "⑳", 20],
  ["㉑推进公开", "circled", "㉑", 21],
  ["㊿最后一项", "circled", "㊿", 50],
  ["㈠严格规范公正文明执法", "cn-paren-char", "㈠", 1],
  ["㈩加强监督", "cn-paren-char", "㈩", 10],
  ["--配合“市行政审批和公共服务综合信息系统”建设", "bullet", "--", 1],
  ["——推进建立并联审批制度", "bullet", "——", 1],
  ["●完善行政执法程序", "bullet", "●", 1],
  ["1", "table-row", "1", 1],
  ["71\t全面推行行政执法公示制度\t区司法局", "table-row", "71", 71],
  ["12 | 完善行政复议 | 区司法局", "table-row", "12", 12],
  ["事 项:继续深化行政审批制度改革,优化行政审批流程。", "record", "", 1],
  ["工作任务:健全依法决策机制", "record", "", 1]
];

/** The contexts a style needs: a table-row label exists below a 序号 header, a record field above a unit label. */
const allContexts = new Set(["table", "record"]);

/** Line openings that are not labels. */
const nonLabels = [
  "2022年是全面贯彻党的二十大精神的开局之年",
  "1.2万人次参加培训",
  "3.5%的增长",
  "2021.03.12",
  "3、4月份开展专项检查",
  "1..省略",
  "2024年3月31日",
  "一是对加强法治政府建设的重视程度仍有差异",
  "第一,坚持党的领导",
  "十九大以来",
  "各县(市)区政府",
  "(2020-2025年)",
  "- 3 -",
  "-3-",
  "—— 2 ——"
];

/** Lines that are labels only in their context: a bare number outside a table is a page number. */
const contextOnly = ["1", "71\t全面推行行政执法公示制度", "事 项:继续深化行政审批制度改革"];

/** The real matchLabel, in every context. */
function firstMatch(content: string): [string, string, number] | null {
  const match = matchLabel(content, allContexts);
  return match && [match.style, match.label, match.ordinal];
}

describe("numberingStyles", () => {
  for (const [content, style, label, ordinal] of labels) {
    it(`reads ${JSON.stringify(content)} as ${style} ${label} = ${ordinal}`, () => {
      expect(firstMatch(content)).toEqual([style, label, ordinal]);
    });
  }

  for (const content of nonLabels) {
    it(`finds no label at the start of ${JSON.stringify(content)}`, () => {
      expect(firstMatch(content)).toBeNull();
    });
  }

  for (const content of contextOnly) {
    it(`finds no label at the start of ${JSON.stringify(content)} outside its context`, () => {
      expect(matchLabel(content)).toBeNull();
    });
  }

  it("has at least one test form for every style", () => {
    const tested = new Set(labels.map(([, style]) => style));
    expect(numberingStyles.map((s) => s.name).filter((name) => !tested.has(name))).toEqual([]);
  });

  it("pairs written variants of one level in a group: (15) with 15), (一) with 一), 1. with 1、, 一、 with 一.", () => {
    const group = Object.fromEntries(numberingStyles.map((s) => [s.name, s.group]));
    expect(group["arabic-paren"]).toBe(group["arabic-half-paren"]);
    expect(group["cn-paren"]).toBe(group["cn-half-paren"]);
    expect(group["arabic-dot"]).toBe(group["arabic-dun"]);
    expect(group["cn-dun"]).toBe(group["cn-dot"]);
    expect(group["cn-paren"]).not.toBe(group["cn-dun"]);
    expect(group["arabic-paren"]).not.toBe(group["arabic-dot"]);
  });

  it("anchors every pattern at the start of the line", () => {
    expect(numberingStyles.filter((s) => !s.pattern.source.startsWith("^")).map((s) => s.name)).toEqual([]);
  });
});

describe("numberingStyles examples (shown on /about)", () => {
  it.each(numberingStyles.map((style) => [style.name, style.example]))(
    "%s: %s is read as that style",
    (name, example) => {
      expect(matchLabel(example, allContexts)?.style).toBe(name);
    }
  );
});
