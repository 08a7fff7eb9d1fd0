import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractIndicators} from "../../loaders/indicators/extract-indicators.ts";
import type {DocType, Indicator, Item} from "../../loaders/types.ts";

const report = {docType: "annual_report" as DocType, year: 2023};
const plan = {docType: "task_plan" as DocType, year: 2022};

/** [value, unit, approx] of every indicator found in a one-line text. */
function quantities(text: string, ctx = report): [number, string, boolean][] {
  return extractIndicators("t", text, [], ctx).map((r) => [r.value, r.unit, r.approx]);
}

describe("extractIndicators(docId, text, items, ctx) reads number formats", () => {
  const cases: [string, [number, string, boolean][]][] = [
    ["受理行政复议案件435件", [[435, "件", false]]],
    ["共受理1,234件", [[1234, "件", false]]],
    ["全年办结１２件", [[12, "件", false]]],
    ["投入资金3.5亿元", [[350000000, "元", false]]],
    ["紧急拨付2100万元", [[21000000, "元", false]]],
    ["参训人员2.4万人次", [[24000, "人次", false]]],
    ["培训约200人", [[200, "人", true]]],
    ["接待群众两万余人次", [[20000, "人次", true]]],
    ["累计提供服务11万余次", [[110000, "次", true]]],
    ["共接待法律咨询3500余人次", [[3500, "人次", true]]],
    ["举办讲座10场左右", [[10, "场", true]]],
    ["累计培训超过500人", [[500, "人", true]]],
    ["覆盖近300家企业", [[300, "家", true]]],
    ["开展宣传十余次", [[10, "次", true]]],
    ["达标率百分之九十五", [[95, "%", false]]],
    ["合格率84.3%", [[84.3, "%", false]]],
    ["合格率84.3％", [[84.3, "%", false]]],
    ["同比提高2个百分点", [[2, "个百分点", false]]],
    ["确保实际办理时限压缩至1个工作日", [[1, "个工作日", false]]],
    ["最迟在事件发生后5小时内发布权威信息", [[5, "小时", false]]],
    ["发布后15日内报送备案", [[15, "日", false]]],
    ["每年接受不少于60学时的培训", [[60, "学时", false]]],
    [
      "分三批审核确认行政执法主体27个",
      [
        [3, "批", false],
        [27, "个", false]
      ]
    ],
    ["梳理公布两批目录", [[2, "批", false]]],
    ["至少每半年听取一次工作汇报", [[1, "次", false]]],
    ["每年一次", [[1, "次", false]]],
    [
      "办理人大代表建议108件、政协提案75件",
      [
        [108, "件", false],
        [75, "件", false]
      ]
    ],
    [
      "分别达到90%和95%以上",
      [
        [90, "%", false],
        [95, "%", false]
      ]
    ],
    [
      "办理时限3-5个工作日",
      [
        [3, "个工作日", false],
        [5, "个工作日", false]
      ]
    ],
    [
      "每户补助3至5万元",
      [
        [30000, "元", false],
        [50000, "元", false]
      ]
    ],
    [
      "纠错率由10%至20%不等",
      [
        [10, "%", false],
        [20, "%", false]
      ]
    ]
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in "${text}"`, () => {
      expect(quantities(text)).toEqual(expected);
    });
  }
});

describe("extractIndicators(docId, text, items, ctx) skips numbers that are not indicators", () => {
  const cases: string[] = [
    "2022年12月29日",
    "成文日期 2022-12-29",
    "发布时间:2021-04-30 10:39",
    "8月份,对全区开展检查",
    "4月30日前完成",
    "(鄂府发〔2023〕62号)",
    "(辽市委发[2015]3号)",
    "辽政办发﹝2015﹞29号",
    "《法治政府建设规划(2020-2025年)》",
    "三年行动方案(2023—2025年)",
    "实施方案4.0版",
    "依照本办法第十条",
    "市政府第135号令",
    "参加第三批全国示范创建",
    "市五届人大常委会第九次会议",
    "十九届六次全会精神",
    "党的二十大精神",
    "做到两个维护、增强四个意识",
    "落实行政执法三项制度",
    "以“三个四”工作任务为抓手",
    "聚焦完成两件大事",
    "评价体系一级指标",
    "实施“十四五”规划",
    "完善12345政务服务便民热线",
    "电话0477-8888888",
    "实行一窗受理、一次告知",
    "健全一次性告知制度",
    "“万名律师进乡村(社区)”行动",
    "千家万户",
    "成立75周年",
    "冀ICP备20016797号",
    "三治六清五导工作法",
    "三个月内办结",
    "推进二期工程",
    "新一轮改革"
  ];
  for (const text of cases) {
    it(`finds nothing in "${text}"`, () => {
      expect(quantities(text)).toEqual([]);
    });
  }
});

describe("extractIndicators(docId, text, items, ctx) sets kind, year, subject, quote and flag", () => {
  it("reported results in an annual report are actual, goal wording makes a target", () => {
    const rows = extractIndicators("t", "受理行政复议案件435件。力争纠错率不低于10%。", [], report);
    expect(rows.map((r) => r.kind)).toEqual(["actual", "target"]);
  });

  it("everything in a plan is a target unless clearly reported", () => {
    const rows = extractIndicators("t", "每年至少组织1次培训。截至2021年底,已建成调解组织30个。", [], plan);
    expect(rows.map((r) => [r.value, r.kind])).toEqual([
      [1, "target"],
      [30, "actual"]
    ]);
  });

  it("work points and implementation opinions are targets", () => {
    for (const docType of ["work_points", "implementation_opinion"] as DocType[]) {
      expect(extractIndicators("t", "合法性审查率达到100%", [], {docType, year: 2024})[0].kind).toBe("target");
    }
  });

  it("a report's next-steps heading turns what follows into targets", () => {
    const text = "一、工作成效\n办理案件20件。\n二、下一步工作打算\n培训100人次。";
    expect(extractIndicators("t", text, [], report).map((r) => r.kind)).toEqual(["actual", "target"]);
  });

  it("a report sentence opening with a later year and 将 turns what follows into targets", () => {
    const text = "全年办理案件20件。2024年,我市将培训执法人员100人次。";
    expect(extractIndicators("t", text, [], report).map((r) => r.kind)).toEqual(["actual", "target"]);
  });

  it("year is the year named earlier in the sentence, else the document's year", () => {
    const text = "2022年办理案件20件。全年办理案件30件。";
    expect(extractIndicators("t", text, [], report).map((r) => r.year)).toEqual([2022, 2023]);
    expect(extractIndicators("t", "办理案件30件", [], {docType: "other", year: null})[0].year).toBeNull();
  });

  it("quote is the clause, subject the words the number counts", () => {
    const text = "市委召开会议。受理行政复议案件435件,办结308件;召开6次政府常务会议研究议题。";
    const rows = extractIndicators("t", text, [], report);
    expect(rows.map((r) => [r.subject, r.quote])).toEqual([
      ["受理行政复议案件", "受理行政复议案件435件"],
      ["办结", "办结308件"],
      ["政府常务会议", "召开6次政府常务会议研究议题"]
    ]);
    for (const r of rows) expect(text.slice(r.char_start, r.char_end)).toBe(r.quote);
    expect(text.slice(rows[0].value_start!, rows[0].value_end!)).toBe("435件");
  });

  it("implausible values are flagged, never dropped", () => {
    const rows = extractIndicators("t", "共办理各类审批服务事项24907余万件,满意率120%,办结435件", [], report);
    expect(rows.map((r) => r.value)).toEqual([249070000, 120, 435]);
    expect(rows[0].flag).toBe("249070000 件 exceeds the plausible maximum of 10000000");
    expect(rows[1].flag).toBe("120 % exceeds the plausible maximum of 100");
    expect(rows[2].flag).toBeNull();
  });

  it("row ids count in text order and unmatched quantities keep a null indicator_id", () => {
    const rows = extractIndicators("doc", "栽种树苗300棵,建成凉亭5座", [], report);
    expect(rows.map((r) => [r.indicator_row_id, r.value, r.unit, r.indicator_id])).toEqual([["doc:n0", 5, "座", null]]);
  });

  it("empty text returns [] and a bad docId throws", () => {
    expect(extractIndicators("t", "", [], report)).toEqual([]);
    expect(() => extractIndicators("", "3件", [], report)).toThrow("invalid docId");
  });
});

describe("extractIndicators on a report written in forms the seeds do not contain", () => {
  const text = `二、主要成效
（一）化解行政争议。2023年，全区共收到行政复议申请156件，受理142件，审结138件，纠错率12.3%。全年新收行政诉讼案件87起，败诉率下降3.5个百分点。
（二）政务公开。全年办理政府信息公开申请45件，按时答复率100%。12345热线受理群众诉求3.2万件，办结率99.5%。
（三）普法。开展“法律进社区”活动120余场，受众1.5万余人次。培训行政执法人员1,200人次，新申领执法证386人。调解各类矛盾纠纷2,345件，调解成功率98%。法律援助中心办理案件约300件。
三、2024年工作打算
（一）力争行政复议纠错率保持在15%以内，每季度至少开展1次执法培训。`;
  const rows = extractIndicators("u", text, [], report);

  it("reads every quantity with its unit, approximation, kind, year and catalogue id", () => {
    expect(rows.map((r) => [r.value, r.unit, r.approx, r.kind, r.year, r.indicator_id])).toEqual([
      [156, "件", false, "actual", 2023, "reconsideration_received"],
      [142, "件", false, "actual", 2023, "reconsideration_received"],
      [138, "件", false, "actual", 2023, "reconsideration_decided"],
      [12.3, "%", false, "actual", 2023, "reconsideration_correction_rate"],
      [87, "起", false, "actual", 2023, "litigation_cases"],
      [3.5, "个百分点", false, "actual", 2023, "litigation_loss_rate"],
      [45, "件", false, "actual", 2023, "disclosure_applications"],
      [100, "%", false, "actual", 2023, "disclosure_reply_rate"],
      [32000, "件", false, "actual", 2023, "hotline_tickets"],
      [99.5, "%", false, "actual", 2023, "hotline_rate"],
      [120, "场", true, "actual", 2023, "legal_publicity_events"],
      [15000, "人次", true, "actual", 2023, null],
      [1200, "人次", false, "actual", 2023, "enforcement_officers_trained"],
      [386, "人", false, "actual", 2023, "enforcement_officers_certified"],
      [2345, "件", false, "actual", 2023, "disputes_mediated"],
      [98, "%", false, "actual", 2023, "mediation_success_rate"],
      [300, "件", true, "actual", 2023, "legal_aid_cases"],
      [15, "%", false, "target", 2024, "reconsideration_correction_rate"],
      [1, "次", false, "target", 2024, "enforcement_training_sessions"]
    ]);
  });

  it("subjects drop item labels, 共/全年 openers and verbs before the number", () => {
    expect(rows.map((r) => r.subject)).toContain("全区共收到行政复议申请");
    expect(rows.map((r) => r.subject)).toContain("行政复议纠错率");
    expect(rows.map((r) => r.subject)).toContain("败诉率");
  });
});

describe("extractIndicators(docId, text, items, ctx) attaches rows to the innermost item", () => {
  const text = "前言有3项。\n一、甲\n(一)乙办理5件。\n二、丙受理7件。";
  const at = (s: string) => text.indexOf(s);
  const item = (item_id: string, parent_id: string | null, depth: number, start: number, end: number): Item => ({
    doc_id: "d",
    item_id,
    parent_id,
    depth,
    label: "",
    style: "",
    ordinal: 1,
    heading: null,
    text: text.slice(start, end),
    is_task: false,
    topic_id: null,
    char_start: start,
    char_end: end
  });

  it("nested spans (a parent covering its children)", () => {
    const items = [
      item("d:1", null, 1, at("一、"), at("二、")),
      item("d:1.1", "d:1", 2, at("(一)"), at("二、")),
      item("d:2", null, 1, at("二、"), text.length)
    ];
    expect(extractIndicators("d", text, items, report).map((r) => r.item_id)).toEqual([null, "d:1.1", "d:2"]);
  });

  it("own-text spans (a parent ending where its first child starts), in any input order", () => {
    const items = [
      item("d:2", null, 1, at("二、"), text.length),
      item("d:1.1", "d:1", 2, at("(一)"), at("二、")),
      item("d:1", null, 1, at("一、"), at("(一)"))
    ];
    expect(extractIndicators("d", text, items, report).map((r) => r.item_id)).toEqual([null, "d:1.1", "d:2"]);
  });
});

const seeds: [string, DocType, number, number][] = [
  ["pingcheng-2020-report", "annual_report", 2020, 73],
  ["ordos-2023-report", "annual_report", 2023, 66],
  ["dongsheng-2022-plan", "task_plan", 2022, 23],
  ["bayingol-2024-work-points", "work_points", 2024, 15],
  ["liaoyang-2015-opinion", "implementation_opinion", 2015, 1]
];
const seedText = (name: string) => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), "utf8");
const seedRows = Object.fromEntries(
  seeds.map(([name, docType, year]) => [name, extractIndicators(name, seedText(name), [], {docType, year})])
) as Record<string, Indicator[]>;

type Golden = Pick<Indicator, "value" | "unit" | "kind" | "approx" | "indicator_id" | "quote">;
/** The seed row with this value and quote, reduced to the fields pinned below. */
function row(name: string, value: number, quote: string): Golden & {subject: string; year: number | null} {
  const r = seedRows[name].find((r) => r.value === value && r.quote === quote);
  if (!r) throw new Error(`no row ${value} "${quote}" in ${name}`);
  const {unit, kind, approx, indicator_id, subject, year} = r;
  return {value, unit, kind, approx, indicator_id, quote, subject, year};
}

describe("extractIndicators on the seed documents", () => {
  for (const [name, , , total] of seeds) {
    it(`${name} yields ${total} indicators`, () => {
      expect(seedRows[name].length).toBe(total);
    });
    it(`${name}: every quote is text.slice(char_start, char_end), ids and offsets in text order`, () => {
      const text = seedText(name);
      seedRows[name].forEach((r, i) => {
        expect(text.slice(r.char_start, r.char_end)).toBe(r.quote);
        expect(r.indicator_row_id).toBe(`${name}:n${i}`);
        expect(r.char_start <= r.value_start! && r.value_end! <= r.char_end).toBe(true);
        if (i > 0) expect(r.value_start!).toBeGreaterThan(seedRows[name][i - 1].value_start!);
      });
    });
  }

  const ordos = "ordos-2023-report";
  const ordosCases: ReturnType<typeof row>[] = [
    {
      value: 435,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "reconsideration_received",
      quote: "受理行政复议案件435件",
      subject: "受理行政复议案件",
      year: 2023
    },
    {
      value: 308,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "reconsideration_decided",
      quote: "办结308件",
      subject: "办结",
      year: 2023
    },
    {
      value: 100,
      unit: "%",
      kind: "actual",
      approx: false,
      indicator_id: "head_court_appearance_rate",
      quote: "2023年行政机关负责人出庭应诉率100%",
      subject: "行政机关负责人出庭应诉率",
      year: 2023
    },
    {
      value: 24000,
      unit: "人次",
      kind: "actual",
      approx: false,
      indicator_id: "enforcement_officers_trained",
      quote: "参训人员2.4万人次",
      subject: "参训人员",
      year: 2023
    },
    {
      value: 400,
      unit: "场次",
      kind: "actual",
      approx: true,
      indicator_id: "enforcement_training_sessions",
      quote: "全市累计组织行政执法相关培训400余场次",
      subject: "全市累计组织行政执法相关培训",
      year: 2023
    },
    {
      value: 194,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "npc_suggestions",
      quote: "办理市人大代表建议194件、政协委员提案251件",
      subject: "办理市人大代表建议",
      year: 2023
    },
    {
      value: 251,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "cppcc_proposals",
      quote: "办理市人大代表建议194件、政协委员提案251件",
      subject: "政协委员提案",
      year: 2023
    },
    {
      value: 29,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "normative_docs_reviewed",
      quote: "年内审查各旗区、各部门规范性文件29件",
      subject: "审查各旗区、各部门规范性文件",
      year: 2023
    },
    {
      value: 22466,
      unit: "条",
      kind: "actual",
      approx: false,
      indicator_id: "info_published",
      quote: "市人民政府门户网站公开各类政务信息22466条、政府文件87件、规范性文件1件、提案建议答复函337件",
      subject: "市人民政府门户网站公开各类政务信息",
      year: 2023
    },
    {
      value: 1969,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "legal_aid_cases",
      quote: "办理法律援助案件1969件",
      subject: "办理法律援助案件",
      year: 2023
    },
    {
      value: 9964,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "disputes_mediated",
      quote: "成功调解矛盾纠纷9964件",
      subject: "成功调解矛盾纠纷",
      year: 2023
    },
    {
      value: 110000,
      unit: "次",
      kind: "actual",
      approx: true,
      indicator_id: "permits_processed",
      quote: "累计提供基层帮办代办服务11万余次",
      subject: "提供基层帮办代办服务",
      year: 2023
    },
    {
      value: 550,
      unit: "名",
      kind: "actual",
      approx: false,
      indicator_id: "legal_advisers",
      quote: "全市设立公职律师550名",
      subject: "全市设立公职律师",
      year: 2023
    }
  ];
  for (const expected of ordosCases) {
    it(`${ordos}: ${expected.value} ${expected.unit} in "${expected.quote}"`, () => {
      expect(row(ordos, expected.value, expected.quote)).toEqual(expected);
    });
  }

  const ping = "pingcheng-2020-report";
  const pingCases: ReturnType<typeof row>[] = [
    {
      value: 108,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "npc_suggestions",
      quote: "全年共办理人大代表建议108件、政协提案75件",
      subject: "办理人大代表建议",
      year: 2020
    },
    {
      value: 75,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "cppcc_proposals",
      quote: "全年共办理人大代表建议108件、政协提案75件",
      subject: "政协提案",
      year: 2020
    },
    {
      value: 85,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "litigation_cases",
      quote: "全年行政诉讼应诉案件85件",
      subject: "行政诉讼应诉案件",
      year: 2020
    },
    {
      value: 8262,
      unit: "条",
      kind: "actual",
      approx: false,
      indicator_id: "info_published",
      quote: "全年在政务网站公开政务信息8262条",
      subject: "在政务网站公开政务信息",
      year: 2020
    },
    {
      value: 740,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "legal_aid_cases",
      quote: "共办理援助案件740件",
      subject: "办理援助案件",
      year: 2020
    },
    {
      value: 3500,
      unit: "人次",
      kind: "actual",
      approx: true,
      indicator_id: "legal_consultations",
      quote: "全年共接待法律咨询3500余人次",
      subject: "接待法律咨询",
      year: 2020
    },
    {
      value: 2,
      unit: "件",
      kind: "actual",
      approx: false,
      indicator_id: "normative_docs_reviewed",
      quote: "全年累计审核各类行政规范性文件2件",
      subject: "审核各类行政规范性文件",
      year: 2020
    },
    {
      value: 21000000,
      unit: "元",
      kind: "actual",
      approx: false,
      indicator_id: "funds",
      quote: "紧急拨付2100万元",
      subject: "紧急拨付",
      year: 2020
    },
    {
      value: 3,
      unit: "批",
      kind: "actual",
      approx: false,
      // Three batches, not three bodies: 批 counts groups (measure-words.csv family group), so the phrase gives
      // 行政执法主体数 once (the 27 个).
      indicator_id: null,
      quote: "分三批审核确认行政执法主体27个",
      subject: "审核确认行政执法主体",
      year: 2020
    },
    {
      value: 98.07,
      unit: "%",
      kind: "actual",
      approx: false,
      indicator_id: "petition_resolution_rate",
      quote: "办结率98.07%",
      subject: "办结率",
      year: 2020
    },
    {
      value: 100,
      unit: "%",
      kind: "target",
      approx: false,
      indicator_id: "legality_review_rate",
      quote: "保持重大行政决策合法性审查率100%",
      subject: "保持重大行政决策合法性审查率",
      year: 2020
    }
  ];
  for (const expected of pingCases) {
    it(`${ping}: ${expected.value} ${expected.unit} in "${expected.quote}"`, () => {
      expect(row(ping, expected.value, expected.quote)).toEqual(expected);
    });
  }

  it(`${ping}: 24907余万件 folds to 249,070,000 and is flagged, not dropped`, () => {
    const r = seedRows[ping].find((r) => r.value === 249070000)!;
    expect([r.unit, r.approx, r.quote, r.flag]).toEqual([
      "件",
      true,
      "共办理各类审批服务事项24907余万件",
      "249070000 件 exceeds the plausible maximum of 10000000"
    ]);
  });

  it(`${ping}: the 下一步 section holds the only target`, () => {
    expect(seedRows[ping].filter((r) => r.kind === "target").map((r) => r.quote)).toEqual([
      "保持重大行政决策合法性审查率100%"
    ]);
  });

  const planCases: [string, ReturnType<typeof row>][] = [
    [
      "dongsheng-2022-plan",
      {
        value: 1,
        unit: "个工作日",
        kind: "target",
        approx: false,
        indicator_id: "time_limit",
        quote: "确保实际办理时限压缩至1个工作日",
        subject: "实际办理时限",
        year: 2022
      }
    ],
    [
      "dongsheng-2022-plan",
      {
        value: 100,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "normative_doc_review_rate",
        quote: "行政规范性文件合法性审核率达到100%",
        subject: "行政规范性文件合法性审核率",
        year: 2022
      }
    ],
    [
      "dongsheng-2022-plan",
      {
        value: 95,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "enforcement_cert_rate",
        quote: "在编人员执法持证率达到95%以上",
        subject: "在编人员执法持证率",
        year: 2022
      }
    ],
    [
      "dongsheng-2022-plan",
      {
        value: 70,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "online_processing_rate",
        quote: "推动70%以上的政务服务事项实现“一网通办”",
        subject: "政务服务事项",
        year: 2022
      }
    ],
    [
      "dongsheng-2022-plan",
      {
        value: 1,
        unit: "次",
        kind: "target",
        approx: false,
        indicator_id: "enforcement_training_sessions",
        quote: "每年至少组织1次全区行政执法业务培训",
        subject: "全区行政执法业务培训",
        year: 2022
      }
    ],
    [
      "dongsheng-2022-plan",
      {
        value: 60,
        unit: "学时",
        kind: "target",
        approx: false,
        indicator_id: "training_hours",
        quote: "行政执法人员每年接受不少于60学时的业务知识和法律法规培训",
        subject: "业务知识",
        year: 2022
      }
    ],
    [
      "bayingol-2024-work-points",
      {
        value: 2,
        unit: "次",
        kind: "target",
        approx: false,
        indicator_id: "law_lectures",
        quote: "每年至少举办2次以上法治专题讲座",
        subject: "法治专题讲座",
        year: 2024
      }
    ],
    [
      "bayingol-2024-work-points",
      {
        value: 100,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "legality_review_rate",
        quote: "合法性审查率达到100%",
        subject: "合法性审查率",
        year: 2024
      }
    ],
    [
      "bayingol-2024-work-points",
      {
        value: 100,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "head_court_appearance_rate",
        quote: "做到出庭应诉率达100%",
        subject: "出庭应诉率",
        year: 2024
      }
    ],
    [
      "bayingol-2024-work-points",
      {
        value: 100,
        unit: "%",
        kind: "target",
        approx: false,
        indicator_id: "disclosure_reply_rate",
        quote: "对符合条件的依申请公开政府信息答复率100%",
        subject: "对符合条件的依申请公开政府信息答复率",
        year: 2024
      }
    ],
    [
      "liaoyang-2015-opinion",
      {
        value: 1,
        unit: "次",
        kind: "target",
        approx: false,
        indicator_id: "rule_of_law_meetings",
        quote: "政府常务会议至少每半年听取一次加快法治政府建设工作汇报",
        subject: "加快法治政府建设工作汇报",
        year: 2015
      }
    ]
  ];
  for (const [name, expected] of planCases) {
    it(`${name}: target ${expected.value} ${expected.unit} in "${expected.quote}"`, () => {
      expect(row(name, expected.value, expected.quote)).toEqual(expected);
    });
  }

  it("plans and work points hold only targets", () => {
    for (const name of ["dongsheng-2022-plan", "bayingol-2024-work-points", "liaoyang-2015-opinion"]) {
      expect(seedRows[name].every((r) => r.kind === "target")).toBe(true);
    }
  });
});
