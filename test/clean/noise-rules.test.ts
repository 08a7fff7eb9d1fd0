import {describe, expect, it, test} from "vitest";
import {cleanText} from "../../loaders/clean/clean-text.ts";
import {noiseRules} from "../../loaders/clean/noise-rules.ts";

/** The cleaned text and the kinds of removal other than whitespace. */
function clean(raw: string): {text: string; kinds: string[]} {
  const result = cleanText(raw);
  return {text: result.text, kinds: result.removed.map((r) => r.kind).filter((k) => k !== "whitespace")};
}

/** clean(raw) while the rule `id` is out of noiseRules() (the same list cleanText reads; put back afterwards). */
function cleanWithout(id: string, raw: string): {text: string; kinds: string[]} {
  const rules = noiseRules();
  const at = rules.findIndex((r) => r.id === id);
  const [rule] = rules.splice(at, 1);
  try {
    return clean(raw);
  } finally {
    rules.splice(at, 0, rule);
  }
}

const body = (line: string) => `正文第一段。\n${line}\n正文第二段。`;
const tailOf = (lines: string) => "一、正文\n" + "加强法治政府建设。".repeat(10) + `\n${lines}`;

/** One case per rule of data/noise-patterns.json: raw text, the cleaned text and the removal kinds. */
const ruleCases: [id: string, raw: string, text: string, kinds: string[]][] = [
  [
    "doc-share-header",
    "下面是小编为大家整理的实施意见,供大家参考。关于加强法治政府建设的实施意见\n正文。",
    "关于加强法治政府建设的实施意见\n正文。",
    ["doc-share-header"]
  ],
  [
    "doc-share-footer",
    body("以上就是小编为大家整理的实施意见全部内容。"),
    body("").replace("\n\n", "\n"),
    ["doc-share-footer"]
  ],
  [
    "related-tags",
    "正文第一段。相关热词搜索:辽阳市 法治\n正文第二段。",
    "正文第一段。\n正文第二段。",
    ["related-tags"]
  ],
  ["copyright", "某某市司法局主办 版权所有©某某市人民政府\n正文。", "某某市司法局主办\n正文。", ["copyright"]],
  ["scan-qr", "正文第一段。扫一扫在手机打开当前页\n正文第二段。", "正文第一段。\n正文第二段。", ["scan-qr"]],
  [
    "toolbar-font-size",
    "平城区2020年法治政府建设报告【字体:大 中 小】\n正文。",
    "平城区2020年法治政府建设报告\n正文。",
    ["toolbar"]
  ],
  [
    "toolbar-buttons",
    "平城区2020年法治政府建设报告【打印】\n正文。",
    "平城区2020年法治政府建设报告\n正文。",
    ["toolbar"]
  ],
  ["breadcrumb", body("您当前所在位置: 首页>政务公开>政府信息公开"), "正文第一段。\n正文第二段。", ["breadcrumb"]],
  ["toolbar-line", body("打印: 下载:"), "正文第一段。\n正文第二段。", ["toolbar"]],
  ["share", body("分享到: 微信 微博 QQ空间"), "正文第一段。\n正文第二段。", ["share"]],
  ["publish-info", body("发布时间:2021-04-30 10:39 来源: 浏览量:"), "正文第一段。\n正文第二段。", ["publish-info"]],
  [
    "metadata-block",
    body("索 引 号 000014349DSQ026/2022-04224 主题分类 公安、安全、司法;其他"),
    "正文第一段。\n正文第二段。",
    ["metadata-block"]
  ],
  ["source-link", body("原文链接:关于印发某某方案的通知.docx"), "正文第一段。\n正文第二段。", ["source-link"]],
  ["share-footer", body("本文由网友上传,如有侵权请联系删除"), "正文第一段。\n正文第二段。", ["share-footer"]],
  ["page-nav", body("上一篇:关于开展执法检查的通知"), "正文第一段。\n正文第二段。", ["page-nav"]],
  [
    "related-links",
    tailOf("相关推荐\n某某区法治政府建设报告\n某某县工作要点"),
    "一、正文\n" + "加强法治政府建设。".repeat(10),
    ["related-links"]
  ]
];

describe("noiseRules(): each rule of data/noise-patterns.json has a case that fails without it", () => {
  test.each(ruleCases)("%s: %j", (id, raw, text, kinds) => {
    expect(clean(raw)).toEqual({text, kinds});
    expect(cleanWithout(id, raw)).not.toEqual({text, kinds});
  });

  it("every rule has a case, and every case names a rule", () => {
    expect(ruleCases.map(([id]) => id).sort()).toEqual(
      noiseRules()
        .map((r) => r.id)
        .sort()
    );
  });

  it("a line rule matches the line without its indentation", () => {
    expect(clean(body("    分享到: 微信 微博"))).toEqual({text: "正文第一段。\n正文第二段。", kinds: ["share"]});
  });

  it("a related-links heading early in the text is not end matter", () => {
    expect(clean("相关推荐\n" + "加强法治政府建设。".repeat(10)).text).toBe(
      "相关推荐\n" + "加强法治政府建设。".repeat(10)
    );
  });

  it("each rule's own example is removed with the rule's kind", () => {
    for (const rule of noiseRules()) {
      const raw = rule.scope === "tail" ? tailOf(rule.example) : body(rule.example);
      expect(clean(raw).kinds, rule.id).toContain(rule.name);
    }
  });
});
