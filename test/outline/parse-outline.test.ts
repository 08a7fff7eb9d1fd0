import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseOutline} from "../../loaders/outline/parse-outline.ts";
import type {DocType, Item} from "../../loaders/types.ts";

/** Outline as "path label" strings, the path being item_id without the doc id. */
function outline(text: string, docType: DocType = "other"): string[] {
  return parseOutline("d", text, docType).map((item) => `${item.item_id.slice(2)} ${item.label}`);
}

/** [spec, text, expected outline] */
const cases: [string, string, string[]][] = [
  [
    "nests styles in the order they first appear: 一、 > (一) > 1. > (1) > 1)",
    "一、甲\n(一)乙\n1.丙\n(1)丁\n1)戊\n2)己\n(2)庚\n2.辛\n(二)壬\n二、癸",
    [
      "1 一、",
      "1.1 (一)",
      "1.1.1 1.",
      "1.1.1.1 (1)",
      "1.1.1.1.1 1)",
      "1.1.1.1.2 2)",
      "1.1.1.2 (2)",
      "1.1.2 2.",
      "1.2 (二)",
      "2 二、"
    ]
  ],
  [
    "follows the document's own order when (一) is the top level and 一、 never appears",
    "(一)甲\n1.乙\n2.丙\n(二)丁\n1.戊",
    ["1 (一)", "1.1 1.", "1.2 2.", "2 (二)", "2.1 1."]
  ],
  [
    "reads full-width brackets, 、 after Arabic numbers and circled numbers",
    "一、甲\n（一）乙\n1、丙\n①丁\n②戊\n2、己\n（二）庚",
    ["1 一、", "1.1 （一）", "1.1.1 1、", "1.1.1.1 ①", "1.1.1.2 ②", "1.1.2 2、", "1.2 （二）"]
  ],
  [
    "reads 第X章 > 第X条 with articles numbered on across chapters",
    "第一章 总则\n第一条 为了规范…\n第二条 本办法适用于…\n第二章 决策程序\n第三条 重大行政决策…\n第四条 决策机关…",
    ["1 第一章", "1.1 第一条", "1.2 第二条", "2 第二章", "2.1 第三条", "2.2 第四条"]
  ],
  [
    "opens a page that starts mid-document at the number reached: (十一), then 29. under it",
    "(十一)甲\n29.乙\n30.丙\n(十二)丁",
    ["1 (十一)", "1.1 29.", "1.2 30.", "2 (十二)"]
  ],
  [
    "opens each style at the number reached on such a page: 2、 then 三、 and 1、 under it (20)",
    "2、甲\n3、乙\n三、丙\n1、丁\n2、戊",
    ["1 2、", "2 3、", "3 三、", "3.1 1、", "3.2 2、"]
  ],
  [
    "rejects a child level starting far in a document that starts at its beginning: 一、 then (十一)",
    "一、甲\n(十一)乙\n(一)丙",
    ["1 一、", "1.1 (一)"]
  ],
  [
    "reads dash bullets as items of one list, under a heading that comes after them (10)",
    "--甲。(市法制局牵头)\n--乙\n(三)丙\n--丁",
    ["1 --", "2 --", "3 (三)", "3.1 --"]
  ],
  [
    "reads the row numbers of a table flattened one cell per line below its 序号 header, not its 二级指标 cells (04)",
    "一级指标\n序号\n主要任务\n一、依法全面履行政府职能\n1.全面推行行政审批制度改革\n1\n主动公开清单。\n牵头单位:区政务服务办\n2\n动态梳理目录。",
    ["1 一、", "1.1 1", "1.2 2"]
  ],
  ["reads a bare number as a page number outside a table", "一、甲\n3\n(一)乙", ["1 一、", "1.1 (一)"]],
  [
    'opens an unnumbered item (label "") for a record whose field is followed by a unit label (09)',
    "事 项:继续深化行政审批制度改革。\n牵头部门:市法制办\n落实情况\n一、继续深化改革。",
    ["1 ", "2 一、"]
  ],
  ["reads ㈠ ㈡ as a level of its own group", "一、甲\n㈠乙\n㈡丙", ["1 一、", "1.1 ㈠", "1.2 ㈡"]],
  [
    "restores a line break lost before a label that runs on after a sentence: 。2、",
    "一、总体要求\n1、认真贯彻落实工作。2、推动争创法治建设工作。共3、4个方面",
    ["1 一、", "1.1 1、", "1.2 2、"]
  ],
  [
    "reads a text whose line breaks were all lost (16): labels after any character, in sequence only",
    "2023年依法治镇工作一、认真贯彻落实工作要点1、认真贯彻落实工作。" +
      "全镇各单位要开展自查工作,查漏补缺,进一步完善考核机制,做好落实法治建设工作。".repeat(8) +
      "2、推动争创法治建设工作。发挥党委的领导核心作用。二、加强法治政府建设1、健全镇行政服务中心建设。" +
      "在去年完成建设的基础上完善运作机制,提高行政服务窗口的行政效能。".repeat(4) +
      "第5、6项工作按年度计划推进。",
    ["1 一、", "1.1 1、", "1.2 2、", "2 二、", "2.1 1、"]
  ],
  [
    "continues a level in Chinese numerals above ten once it has started",
    "一、甲\n" + Array.from({length: 35}, (_, i) => `(${cn(i + 1)})事项`).join("\n"),
    ["1 一、", ...Array.from({length: 35}, (_, i) => `1.${i + 1} (${cn(i + 1)})`)]
  ],
  [
    "treats a label with a lost opening bracket as its level: 一) among (一) (二)",
    "一、甲\n(一)乙\n(二)丙\n二、丁\n一)戊\n(二)己",
    ["1 一、", "1.1 (一)", "1.2 (二)", "2 二、", "2.1 一)", "2.2 (二)"]
  ],
  [
    "keeps (3) among 2) and 5) as a sibling when its number continues their sequence, (1) under 1) as a child",
    "1.甲\n1)乙\n2)丙\n(3)丁\n(4)戊\n5)己\n(1)庚\n6)辛",
    ["1 1.", "1.1 1)", "1.2 2)", "1.3 (3)", "1.4 (4)", "1.5 5)", "1.5.1 (1)", "1.6 6)"]
  ],
  [
    "accepts a numbering that runs on across parents (1)…2) under 1., 3) under 2.)",
    "1.甲\n1)乙\n2)丙\n2.丁\n3)戊\n4)己",
    ["1 1.", "1.1 1)", "1.2 2)", "2 2.", "2.1 3)", "2.2 4)"]
  ],
  [
    "accepts a sequence that restarts at 1 under a new parent",
    "(一)甲\n1.乙\n2.丙\n3.丁\n(二)戊\n1.己\n2.庚",
    ["1 (一)", "1.1 1.", "1.2 2.", "1.3 3.", "2 (二)", "2.1 1.", "2.2 2."]
  ],
  ["tolerates one skipped number but not a jump", "1.甲\n2.乙\n4.丙\n9.丁\n5.戊", ["1 1.", "2 2.", "3 4.", "4 5."]],
  [
    "ignores 一是/二是 enumerations, mid-sentence (一) and labels after text on the same line",
    "一、甲\n一是加强领导。二是完善制度。\n按照本意见(一)项执行,1.坚持原则\n二、乙",
    ["1 一、", "2 二、"]
  ],
  [
    "ignores years, decimals and numbers with units at the start of a line",
    "一、甲\n2022年是开局之年。\n1.2万人次参加培训。\n3、4月份开展检查。\n10.5%的增长\n二、乙",
    ["1 一、", "2 二、"]
  ],
  [
    "reads labels after half-width, full-width and no-break spaces",
    "  一、甲\n\u3000\u3000(一)乙\n\u00a0\u00a01.丙",
    ["1 一、", "1.1 (一)", "1.1.1 1."]
  ],
  [
    "reads a fresh outline after end matter only when it starts again at its first top-level label",
    "一、甲\n二、乙\n某某县人民政府\n2022年1月5日\n附件:\n1.某某清单\n2.某某表\n一、丙\n二、丁",
    ["1 一、", "2 二、", "3 一、", "4 二、"]
  ],
  [
    "does not nest a Chinese-numeral label under an Arabic one: 一、 after a stray 1. 2. list starts at the top",
    "1.首页\n2.政务公开\n一、甲\n(一)乙\n1.丙\n(二)丁",
    ["1 1.", "2 2.", "3 一、", "3.1 (一)", "3.1.1 1.", "3.2 (二)"]
  ],
  [
    "reads the one-character bracketed numbers ⑴ ⑵ as a level",
    "一、甲\n⑴乙\n⑵丙\n二、丁",
    ["1 一、", "1.1 ⑴", "1.2 ⑵", "2 二、"]
  ],
  ["reads Windows line breaks", "一、甲\r\n(一)乙\r\n二、丙\r\n", ["1 一、", "1.1 (一)", "2 二、"]],
  ["returns no items for text without numbering", "关于加强法治政府建设的意见\n全文没有编号。", []]
];

function cn(n: number): string {
  const d = "零一二三四五六七八九";
  return n < 10 ? d[n] : `${n >= 20 ? d[Math.floor(n / 10)] : ""}十${n % 10 ? d[n % 10] : ""}`;
}

describe("parseOutline", () => {
  for (const [spec, text, expected] of cases) {
    it(`parseOutline(docId, text) ${spec}`, () => {
      expect(outline(text)).toEqual(expected);
    });
  }

  it("parseOutline(docId, text) gives ids, parent ids, depths, styles, ordinals and offsets", () => {
    const text = "标题\n一、总体要求\n(一)完善工作格局。具体内容。\n  1)推进简政便民\n";
    expect(parseOutline("x", text, "other").map(({text: t, ...rest}) => rest)).toEqual([
      {
        doc_id: "x",
        item_id: "x:1",
        parent_id: null,
        depth: 1,
        label: "一、",
        style: "cn-dun",
        ordinal: 1,
        heading: "总体要求",
        is_task: false,
        topic_id: null,
        char_start: 3,
        char_end: 9
      },
      {
        doc_id: "x",
        item_id: "x:1.1",
        parent_id: "x:1",
        depth: 2,
        label: "(一)",
        style: "cn-paren",
        ordinal: 1,
        heading: "完善工作格局",
        is_task: false,
        topic_id: null,
        char_start: 10,
        char_end: 25
      },
      {
        doc_id: "x",
        item_id: "x:1.1.1",
        parent_id: "x:1.1",
        depth: 3,
        label: "1)",
        style: "arabic-half-paren",
        ordinal: 1,
        heading: "推进简政便民",
        is_task: true,
        topic_id: null,
        char_start: 28,
        char_end: 36
      }
    ]);
  });

  it("parseOutline(docId, text) keeps a heading of at most 40 characters before the first 。or ；and null beyond", () => {
    const short = "一、" + "字".repeat(40) + "。正文";
    const long = "一、" + "字".repeat(41) + "。正文";
    const semicolon = "一、加强领导；完善制度。";
    expect(parseOutline("d", short, "other")[0].heading).toBe("字".repeat(40));
    expect(parseOutline("d", long, "other")[0].heading).toBeNull();
    expect(parseOutline("d", semicolon, "other")[0].heading).toBe("加强领导");
  });

  it("parseOutline(docId, text) ends the last item before a date line and the issuer lines above it", () => {
    const text = "一、甲\n(一)加强领导。内容。\n牵头单位:县司法局\n\n某某县人民政府办公室\n2024年3月31日\n";
    const items = parseOutline("d", text, "work_points");
    expect(items.at(-1)!.text).toBe("(一)加强领导。内容。\n牵头单位:县司法局");
  });

  it("parseOutline(docId, text) ends the last item before a concluding paragraph, a link line or a copyright line", () => {
    expect(parseOutline("d", "一、甲。\n综合来看,仍有不足。", "other")[0].text).toBe("一、甲。");
    expect(parseOutline("d", "一、甲。\n原文链接:某某.docx", "other")[0].text).toBe("一、甲。");
    expect(parseOutline("d", "一、甲。\n版权所有:某某网", "other")[0].text).toBe("一、甲。");
    expect(parseOutline("d", "一、甲。\n二〇二二年十二月二十九日", "other")[0].text).toBe("一、甲。");
  });

  it("parseOutline(docId, text) keeps a concluding-looking line inside the body when items follow it", () => {
    expect(outline("一、甲\n总之,要加强领导。\n二、乙")).toEqual(["1 一、", "2 二、"]);
    expect(parseOutline("d", "一、甲\n总之,要加强领导。\n二、乙", "other")[0].text).toBe("一、甲\n总之,要加强领导。");
  });

  it("parseOutline(docId, text) returns [] for empty text and throws on an invalid doc id or doc type", () => {
    expect(parseOutline("d", "", "other")).toEqual([]);
    expect(parseOutline("d", null as unknown as string, "other")).toEqual([]);
    expect(() => parseOutline("", "一、甲", "other")).toThrow("invalid docId: ");
    expect(() => parseOutline("d", "一、甲", "memo" as DocType)).toThrow("invalid docType: memo");
  });
});

/** Seeds: [doc id, doc type, items, tasks, pinned rows as path → [label, depth, heading, parent label, is_task]]. */
type Row = [string, number, string | null, string | null, boolean];
const seeds: [string, DocType, number, number, Record<string, Row>][] = [
  [
    // 85 tasks: the "1)"…"85)" items under 一、>(一)>1.; "(15)" and "(16)" are bracket variants in that sequence.
    "dongsheng-2022-plan",
    "task_plan",
    127,
    85,
    {
      "1": ["一、", 1, "总体要求和目标", null, false],
      "2.1.1": ["1.", 3, "推进政府机构职能优化协同高效", "(一)", false],
      "2.1.1.1": ["1)", 4, null, "1.", true],
      "2.1.3.3": ["(15)", 4, "强化对各类企业合法权益的保护", "3.", true],
      "2.9.4.2": ["85)", 4, "加强宣传舆论引导", "31.", true]
    }
  ],
  [
    // 43 tasks: the "1."…"43." items, including 39.–43. under 三、保障措施 (they carry [X牵头] assignments).
    "liaoyang-2015-opinion",
    "implementation_opinion",
    55,
    43,
    {
      "1": ["一、", 1, "总体要求", null, false],
      "2.1.1": ["1.", 3, "建立政府责任清单制度", "(一)", true],
      "3.1.1": ["39.", 3, "完善组织机构", "(八)", true],
      "3.2.2": ["43.", 3, "制定法治政府建设规划", "(九)", true]
    }
  ],
  [
    // 21 tasks: the report's deepest numbered level is "1."…"21." under 一、>(一)…(七); chapters 二、(problems) and
    // 三、(next steps) enumerate with 一是…六是 inside paragraphs, which are not items.
    "pingcheng-2020-report",
    "annual_report",
    31,
    21,
    {
      "1.1.1": ["1.", 3, "加强组织领导", "(一)", true],
      "1.7.2": ["21.", 3, "做好普法宣传", "(七)", true],
      "3": ["三、", 1, "下一步工作打算", null, false]
    }
  ],
  [
    // 18 tasks: six chapters 一、…六、 with three "(一)"…"(三)" items each, the deepest level; chapter 六's first
    // label is written "一)" with its opening bracket lost.
    "ordos-2023-report",
    "annual_report",
    24,
    18,
    {
      "4.3": ["(三)", 2, "提升执法队伍素质", "四、", true],
      "6": ["六、", 1, "赋能基层社会治理,着力防范化解矛盾纠纷", null, false],
      "6.1": ["一)", 2, "扎实推进市域社会治理", "六、", true]
    }
  ],
  [
    // 35 tasks: "(一)"…"(三十五)" numbered on across ten chapters.
    "bayingol-2024-work-points",
    "work_points",
    45,
    35,
    {
      "1.1": ["(一)", 2, "加强党对法治政府建设的领导", "一、", true],
      "7.1": ["(二十一)", 2, "完善多调联动工作格局", "七、", true],
      "10.3": ["(三十五)", 2, "加强法治人才队伍培育工作", "十、", true]
    }
  ]
];

function rowsOf(items: Item[], paths: string[], docId: string): Record<string, Row | null> {
  const byId = new Map(items.map((item) => [item.item_id, item]));
  return Object.fromEntries(
    paths.map((path) => {
      const item = byId.get(`${docId}:${path}`);
      const parent = item?.parent_id == null ? null : (byId.get(item.parent_id)?.label ?? "?");
      return [path, item == null ? null : [item.label, item.depth, item.heading, parent, item.is_task]];
    })
  );
}

const cleanTextPath = new URL("../../loaders/clean/clean-text.ts", import.meta.url);

async function cleaned(raw: string): Promise<string> {
  const {cleanText} = await import(cleanTextPath.href);
  return cleanText(raw).text;
}

describe("parseOutline on the seed documents", () => {
  for (const [docId, docType, nItems, nTasks, rows] of seeds) {
    const raw = readFileSync(new URL(`../../seeds/${docId}.txt`, import.meta.url), "utf8");
    const items = parseOutline(docId, raw, docType);

    it(`${docId}: ${nItems} items, ${nTasks} tasks on the raw text`, () => {
      expect([items.length, items.filter((item) => item.is_task).length]).toEqual([nItems, nTasks]);
    });

    it(`${docId}: pinned rows`, () => {
      expect(rowsOf(items, Object.keys(rows), docId)).toEqual(rows);
    });

    it(`${docId}: every item's text is text.slice(char_start, char_end), in order, with unique ids`, () => {
      expect(items.filter((item) => raw.slice(item.char_start, item.char_end) !== item.text)).toEqual([]);
      expect(items.every((item, i) => i === 0 || item.char_start >= items[i - 1].char_end)).toBe(true);
      expect(new Set(items.map((item) => item.item_id)).size).toBe(items.length);
    });

    it.skipIf(!existsSync(cleanTextPath))(`${docId}: same task count on cleanText() output`, async () => {
      const text = await cleaned(raw);
      const again = parseOutline(docId, text, docType);
      expect(again.filter((item) => item.is_task).length).toBe(nTasks);
      expect(again.filter((item) => text.slice(item.char_start, item.char_end) !== item.text)).toEqual([]);
    });
  }
});
