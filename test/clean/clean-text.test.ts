import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {cleanText} from "../../loaders/clean/clean-text.ts";
import {noiseRules} from "../../loaders/clean/noise-rules.ts";
import {normalizeChars} from "../../loaders/text/normalize-chars.ts";
import type {CleanResult} from "../../loaders/types.ts";

const seed = (name: string) => readFileSync(`seeds/${name}.txt`, "utf8");
const SEEDS = [
  "dongsheng-2022-plan",
  "liaoyang-2015-opinion",
  "pingcheng-2020-report",
  "ordos-2023-report",
  "bayingol-2024-work-points"
];

/** Puts every removed raw text back at its offset (dropping inserted brackets): normalised, it must equal the normalised raw input. */
function restore({text, removed}: CleanResult): string {
  let out = "";
  let pos = 0;
  for (const r of removed) {
    out += text.slice(pos, r.at) + r.text;
    pos = r.at + (r.kind === "missing-bracket" ? 1 : 0);
  }
  return normalizeChars(out + text.slice(pos));
}

function kinds(result: CleanResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of result.removed) if (r.kind !== "whitespace") counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

describe("cleanText(raw)", () => {
  it("returns empty text and no removals for empty input", () => {
    expect(cleanText("")).toEqual({text: "", removed: []});
  });

  it.each([
    [
      "full-width letters, digits and （）：；，！？ become half-width",
      "（一）ＡＢＣ１２３：负责，配合；好！吗？",
      "(一)ABC123:负责,配合;好!吗?"
    ],
    ["、 。 《》 〔〕 【】 “” are kept", "《条例》、“放管服”〔2022〕【注】。", "《条例》、“放管服”〔2022〕【注】。"],
    ["\\r\\n becomes \\n", "第一行\r\n第二行", "第一行\n第二行"],
    [
      "ideographic-space indentation and nbsp are removed",
      "\u3000\u3000一、总体要求\u00a0\n\u3000\u3000正文。",
      "一、总体要求\n正文。"
    ],
    ["runs of blank lines keep one blank line", "甲。\n \n\n\u3000\n乙。", "甲。\n\n乙。"],
    ["a space inside a Chinese word is removed", "牵头单位:市司法 局", "牵头单位:市司法局"],
    ["a space next to Chinese punctuation is removed", "责任部门: 区直各部门 , 各镇", "责任部门:区直各部门,各镇"],
    ["a run of spaces between Latin words becomes one", "Powered  by   nobody", "Powered by nobody"],
    ["a space between Chinese and a number is kept", "共 5 件", "共 5 件"],
    [
      "a name broken across lines is joined",
      "牵头部门:区委办、区司\n法局\n责任部门:区直各部门",
      "牵头部门:区委办、区司法局\n责任部门:区直各部门"
    ],
    [
      "a break repeated unbroken elsewhere is joined",
      "负责数字化城市管理平台建设工作,由城市管\n理平台统一调度。城市管理平台",
      "负责数字化城市管理平台建设工作,由城市管理平台统一调度。城市管理平台"
    ],
    [
      "a heading line is not joined to its paragraph",
      "一、总体要求\n全市各级行政机关要深入贯彻",
      "一、总体要求\n全市各级行政机关要深入贯彻"
    ],
    [
      "a short title line is not joined",
      "关于加快推进法治政府建设的实施意见\n河东新城管委会:",
      "关于加快推进法治政府建设的实施意见\n河东新城管委会:"
    ],
    [
      "a unit line is not joined to the next label",
      "牵头单位:州党委组织部、发改委、司法局\n参加单位:州人民政府",
      "牵头单位:州党委组织部、发改委、司法局\n参加单位:州人民政府"
    ],
    [
      "an indented next line is a new paragraph",
      "加强行政执法人员培训,提升执法能力和水平\n  法治政府建设",
      "加强行政执法人员培训,提升执法能力和水平\n法治政府建设"
    ],
    ["a line ending in punctuation is not joined", "完善政府职能。\n法局", "完善政府职能。\n法局"],
    [
      "a missing ( before 一) is restored when (一) is used",
      "(一)强化统筹部署。\n二)推动责任落实。",
      "(一)强化统筹部署。\n(二)推动责任落实。"
    ],
    [
      "1) is a numbering style of its own, not a missing bracket",
      "(一)总则\n1)继续优化政府组织结构。",
      "(一)总则\n1)继续优化政府组织结构。"
    ],
    ["一) is left alone when the document never writes (一)", "一)甲。\n二)乙。", "一)甲。\n二)乙。"]
  ])("%s", (_, raw, text) => {
    const result = cleanText(raw);
    expect(result.text).toBe(text);
    expect(restore(result)).toBe(normalizeChars(raw));
  });

  it.each([
    ["breadcrumb", "您当前所在位置: 首页>政务公开>政府信息公开>法定主动公开内容"],
    ["breadcrumb", "当前位置：首页 > 新闻中心 > 通知公告"],
    ["breadcrumb", "首页 > 政务公开 > 规划计划"],
    ["toolbar", "字号:"],
    ["toolbar", "打印: 下载:"],
    ["toolbar", "【字体:大 中 小】"],
    ["toolbar", "[字号：大 中 小] [打印本页] [关闭窗口]"],
    ["toolbar", "【打印】【关闭窗口】"],
    ["share", "分享到:"],
    ["share", "分享到：微信 微博 QQ空间"],
    ["scan-qr", "扫一扫在手机打开当前页"],
    ["scan-qr", "扫一扫在手机上查看当前页面"],
    ["publish-info", "发布时间:2021-04-30 10:39 来源: 浏览量:"],
    ["publish-info", "来源：市司法局 作者：张三 点击数：123"],
    ["metadata-block", "索 引 号 000014349DSQ026/2022-04224 主题分类 公安、安全、司法;其他"],
    ["metadata-block", "发文字号：某政发〔2023〕12号"],
    ["metadata-block", "政务公开"],
    ["copyright", "版权所有©某某市人民政府办公室 网站标识码1500000001"],
    ["copyright", "Copyright © 2010-2024 All Rights Reserved"],
    ["copyright", "蒙ICP备05003321号-1 蒙公网安备15060202000001号"],
    ["related-tags", "相关热词搜索: 辽阳市 法治 实施意见"],
    ["share-footer", "本文由网友上传,如有侵权请联系删除。"],
    ["share-footer", "本文由小编整理发布,仅供学习参考"],
    ["doc-share-footer", "以上就是小编为大家整理的实施意见全部内容。"],
    ["source-link", "原文链接:关于印发某某方案的通知.docx"],
    ["page-nav", "上一篇:关于开展执法检查的通知"]
  ])("removes a %s line: %j", (kind, line) => {
    const raw = `一、总体要求\n加强法治政府建设。\n${line}\n二、主要任务\n完善制度。`;
    const result = cleanText(raw);
    expect(result.text).toBe("一、总体要求\n加强法治政府建设。\n二、主要任务\n完善制度。");
    expect(result.removed.filter((r) => r.kind !== "whitespace").map((r) => r.kind)).toContain(kind);
    expect(restore(result)).toBe(normalizeChars(raw));
  });

  it("removes every example of data/noise-patterns.json with its rule's kind", () => {
    for (const rule of noiseRules()) {
      const raw =
        rule.scope === "tail"
          ? `正文第一段。\n正文第二段。\n${rule.example}`
          : `正文第一段。\n${rule.example}\n正文第二段。`;
      const result = cleanText(raw);
      expect(result.text, rule.name).toBe("正文第一段。\n正文第二段。");
      expect(result.removed.map((r) => r.kind)).toContain(rule.name);
    }
  });

  it("keeps text on the line of an inline toolbar, and records the exact raw text removed", () => {
    const raw = "平城区2020年法治政府建设报告【字体：大 中 小】\n正文。";
    const result = cleanText(raw);
    expect(result.text).toBe("平城区2020年法治政府建设报告\n正文。");
    expect(result.removed).toEqual([{kind: "toolbar", text: "【字体：大 中 小】", at: 16}]);
  });

  it("removes a doc-sharing header with the page preview before it, and keeps the line's rest", () => {
    const raw =
      "关于X的意见各单位:党的十八大提出了下面是小编为大家整理的【法制意见】某市关于X的意见,供大家参考。\n关于X的意见\n各单位:";
    const result = cleanText(raw);
    expect(result.text).toBe("关于X的意见\n各单位:");
    expect(result.removed[0]).toMatchObject({kind: "doc-share-header", at: 0});
  });

  it("removes a related-links list at the end of the page with everything after it", () => {
    const raw = "一、正文\n" + "加强法治政府建设。".repeat(10) + "\n相关推荐\n某某区法治政府建设报告\n某某县工作要点";
    expect(cleanText(raw).text).toBe("一、正文\n" + "加强法治政府建设。".repeat(10));
  });

  it("removes a line that repeats the previous line", () => {
    expect(cleanText("关于印发工作要点的通知\n关于印发工作要点的通知\n正文。").text).toBe(
      "关于印发工作要点的通知\n正文。"
    );
  });

  it("keeps a whole document written on one line (it once went entirely as a breadcrumb)", () => {
    const oneLine = readFileSync("seeds/pingcheng-2020-report.txt", "utf8").replace(/\n/g, "");
    const result = cleanText(oneLine);
    expect(result.removed.filter((r) => r.text.length > 300)).toEqual([]);
    expect(result.text.length).toBeGreaterThan(oneLine.length * 0.95);
  });

  it("takes back noise rules that would remove more than a fifth of a long document, with a warning", () => {
    const raw = `${"正文第一段。".repeat(5)}\n${"版权所有 某某市人民政府\n".repeat(200)}正文第二段。`;
    const result = cleanText(raw);
    expect(result.warnings).toEqual(["noise rules would remove 99% of the text (copyright); nothing removed"]);
    expect(result.removed.filter((r) => r.kind === "copyright")).toEqual([]);
    expect(result.text.match(/版权所有/g)).toHaveLength(200);
  });

  it("does not remove body sentences that merely mention a label word", () => {
    const raw = "来源广泛的意见得到采纳。\n有效性审查全面开展。\n文号规范管理制度进一步完善。";
    expect(cleanText(raw).text).toBe(raw);
  });
});

describe("cleanText(raw, noise)", () => {
  it("removes the noise spans a reader found first, each recorded with its kind, exact raw text and offset", () => {
    const raw = "东胜区文件\n(一)推进依法行政,\n- 1 -\n东胜区文件\n完善制度。\n- 2 -";
    const span = (text: string, kind: string, from = 0) => {
      const start = raw.indexOf(text, from);
      return {start, end: start + text.length, kind};
    };
    const noise = [
      span("东胜区文件\n", "page-header"),
      span("\n- 1 -", "page-number"),
      span("\n东胜区文件", "page-header", 5),
      span("\n- 2 -", "page-number")
    ];
    const result = cleanText(raw, noise);
    expect(result.text).toBe("(一)推进依法行政,\n完善制度。");
    expect(result.removed).toEqual([
      {kind: "page-header", text: "东胜区文件\n", at: 0},
      {kind: "page-number", text: "\n- 1 -", at: 10},
      {kind: "page-header", text: "\n东胜区文件", at: 10},
      {kind: "page-number", text: "\n- 2 -", at: 16}
    ]);
    expect(restore(result)).toBe(normalizeChars(raw));
  });

  it("gives the same result as without noise when the list is empty", () => {
    const raw = seed("ordos-2023-report");
    expect(cleanText(raw, [])).toEqual(cleanText(raw));
  });
});

describe("cleanText on the seed documents", () => {
  it.each([
    ["dongsheng-2022-plan", 18294, {"metadata-block": 10, "publish-info": 1, toolbar: 2, "source-link": 1}],
    ["liaoyang-2015-opinion", 7670, {"doc-share-header": 1, "share-footer": 1, copyright: 1}],
    ["pingcheng-2020-report", 5829, {breadcrumb: 1, "publish-info": 1, "scan-qr": 1}],
    ["ordos-2023-report", 3804, {"missing-bracket": 1}],
    ["bayingol-2024-work-points", 8240, {}]
  ])("%s: %i characters, removals by kind", (name, length, expected) => {
    const result = cleanText(seed(name));
    expect(result.text.length).toBe(length);
    expect(kinds(result)).toEqual(expected);
  });

  it.each(SEEDS)("%s: putting every removal back restores the normalised raw text", (name) => {
    const raw = seed(name);
    expect(restore(cleanText(raw))).toBe(normalizeChars(raw));
  });

  it("dongsheng: the 政务公开 block, toolbar and source link are gone, the title and signature stay", () => {
    const {text} = cleanText(seed("dongsheng-2022-plan"));
    expect(
      text.startsWith(
        "关于印发《东胜区关于贯彻落实<法治政府建设规划(2020-2025年)>重点任务分解方案》的通知\n\n各园区党工委"
      )
    ).toBe(true);
    expect(text).toContain("中共鄂尔多斯市东胜区委员会\n\n全面依法治区委员会\n\n2022年12月29日");
    for (const noise of ["索 引 号", "字号:", "打印:", "原文链接", "\u00a0", "  "]) expect(text).not.toContain(noise);
    expect(text.endsWith("确保实施方案各项任务措施落到实处。")).toBe(true);
  });

  it("liaoyang: the doc-sharing header and footer are gone", () => {
    const {text} = cleanText(seed("liaoyang-2015-opinion"));
    expect(text.startsWith("关于加快推进法治政府建设的实施意见\n河东新城管委会、各县(市)区人民政府")).toBe(true);
    expect(text.endsWith("[市政府办公室牵头,市政府各相关部门、各县(市)区政府配合]")).toBe(true);
    for (const noise of ["小编", "巨匠文档网", "相关热词搜索", "ICP"]) expect(text).not.toContain(noise);
  });

  it("pingcheng: breadcrumb, publication line and QR prompt are gone", () => {
    const {text} = cleanText(seed("pingcheng-2020-report"));
    expect(text.startsWith("平城区2020年法治政府建设报告\n\n2020年,平城区人民政府全面贯彻")).toBe(true);
    expect(
      text.endsWith("推进行政复议、人民调解、行政裁决、仲裁、信访等矛盾化解机制有效衔接、高效协同。\n\n2021年3月12日")
    ).toBe(true);
  });

  it("ordos: the missing bracket of (一) in chapter 六 is restored", () => {
    const result = cleanText(seed("ordos-2023-report"));
    const at = result.removed.find((r) => r.kind === "missing-bracket")!.at;
    expect(result.text.slice(at, at + 13)).toBe("(一)扎实推进市域社会治理");
    expect(result.text.slice(at - 25, at)).toContain("六、赋能基层社会治理,着力防范化解矛盾纠纷\n");
  });
});
