import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {extractAssignments} from "../../loaders/assignments/extract-assignments.ts";
import type {Assignment, Item} from "../../loaders/types.ts";

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), "utf8");

/**
 * A stand-in for parseOutline: one item per line that starts with a label of one of `levels` (depth = index + 1),
 * each spanning to the next label of the same or a higher level; item_id is `${docId}:${label}`.
 */
function outline(docId: string, text: string, levels: RegExp[]): Item[] {
  const marks: {start: number; depth: number; label: string}[] = [];
  for (const line of text.matchAll(/^[ \t\u3000]*(.*)$/gm)) {
    const at = line.index + line[0].length - line[1].length;
    const depth = levels.findIndex((level) => level.test(line[1]));
    if (depth >= 0) marks.push({start: at, depth: depth + 1, label: levels[depth].exec(line[1])![0]});
  }
  return marks.map((mark, i) => {
    const next = marks.slice(i + 1).find((other) => other.depth <= mark.depth);
    const end = next?.start ?? text.length;
    return {
      doc_id: docId,
      item_id: `${docId}:${mark.label}`,
      parent_id: null,
      depth: mark.depth,
      label: mark.label,
      style: "test",
      ordinal: i + 1,
      heading: null,
      text: text.slice(mark.start, end),
      is_task: mark.depth === levels.length,
      topic_id: null,
      char_start: mark.start,
      char_end: end
    };
  });
}

const CN = "[一二三四五六七八九十]+";
const SECTION = new RegExp(`^${CN}、`);
const SUBSECTION = new RegExp(`^[(（]${CN}[)）]`);

/** One item spanning the whole text. */
const whole = (text: string): Item[] => outline("d", "1." + text, [/^1\./]).map((item) => ({...item, char_start: 0}));

/** role:agency_raw:agency_id triples of the rows of one item. */
const triples = (rows: Assignment[], itemId: string) =>
  rows.filter((row) => row.item_id === itemId).map((row) => `${row.role}:${row.agency_raw}:${row.agency_id}`);

const count = (rows: Assignment[], key: (row: Assignment) => string) =>
  rows.reduce((counts: Record<string, number>, row) => ((counts[key(row)] = (counts[key(row)] ?? 0) + 1), counts), {});

describe("extractAssignments(docId, text, items) reads every assignment form", () => {
  // [form, text (one item), expected "form:role:agency_raw:agency_id" rows]
  const cases: [string, string, string[]][] = [
    [
      "unit lines 牵头单位:/责任单位: (full-width colon)",
      "任务。\n牵头单位：区司法局\n责任单位：区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:support:区法院:court"]
    ],
    [
      "unit lines 牵头部门:/责任部门: (half-width colon)",
      "任务。\n牵头部门:区政府办、区委编办\n责任部门:区直有关部门,各镇、街道",
      [
        "unit-line:lead:区政府办:government_office",
        "unit-line:lead:区委编办:establishment_office",
        "unit-line:support:区直有关部门:collective:relevant_departments",
        "unit-line:support:各镇、街道:collective:townships_streets"
      ]
    ],
    [
      "unit lines without a colon",
      "任务。\n牵头单位 区司法局\n配合单位 区法院、区检察院",
      [
        "unit-line:lead:区司法局:justice_bureau",
        "unit-line:support:区法院:court",
        "unit-line:support:区检察院:procuratorate"
      ]
    ],
    [
      "both labels on one line separated by ；",
      "任务。\n牵头单位:区司法局；责任单位:区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:support:区法院:court"]
    ],
    [
      "both labels on one line separated by spaces",
      "任务。\n牵头单位:区司法局  参加单位:区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:support:区法院:court"]
    ],
    [
      "协办单位 before the lead line",
      "任务。\n协办单位：区财政局\n牵头部门:区司法局",
      ["unit-line:support:区财政局:finance_bureau", "unit-line:lead:区司法局:justice_bureau"]
    ],
    [
      "责任单位 with no lead line: those units lead",
      "任务。\n责任单位:区司法局、区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:lead:区法院:court"]
    ],
    [
      "责任单位 with a (牵头) marker",
      "任务。\n责任单位:区司法局(牵头)、区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:support:区法院:court"]
    ],
    [
      "a label after 。 on the task's own line",
      "加强审计监督。牵头单位:区审计局。",
      ["unit-line:lead:区审计局:audit_bureau"]
    ],
    [
      "names on the line after the label",
      "任务。\n牵头单位:\n区司法局、区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:lead:区法院:court"]
    ],
    [
      "a list continued after a trailing comma",
      "任务。\n牵头部门:区司法局\n责任部门:区直有关部门,\n各镇、街道",
      [
        "unit-line:lead:区司法局:justice_bureau",
        "unit-line:support:区直有关部门:collective:relevant_departments",
        "unit-line:support:各镇、街道:collective:townships_streets"
      ]
    ],
    [
      "bracket [A牵头,B、C配合]",
      "任务。[市编委办牵头,市政府各相关部门、各县(市)区政府配合]",
      [
        "bracket-lead-support:lead:市编委办:establishment_office",
        "bracket-lead-support:support:市政府各相关部门:collective:relevant_departments",
        "bracket-lead-support:support:各县(市)区政府:collective:lower_governments"
      ]
    ],
    [
      "bracket 【】 with full-width punctuation",
      "任务。【市编委办牵头，市政府各相关部门、各县（市）区政府配合】",
      [
        "bracket-lead-support:lead:市编委办:establishment_office",
        "bracket-lead-support:support:市政府各相关部门:collective:relevant_departments",
        "bracket-lead-support:support:各县（市）区政府:collective:lower_governments"
      ]
    ],
    [
      "bracket [A牵头,B负责]: B supports",
      "任务。[市政府办公室牵头,市政府各相关部门负责]",
      [
        "bracket-lead-support:lead:市政府办公室:government_office",
        "bracket-lead-support:support:市政府各相关部门:collective:relevant_departments"
      ]
    ],
    [
      "bracket ［…负责］ alone: those units lead",
      "任务。［市司法局负责］",
      ["bracket-responsible:lead:市司法局:justice_bureau"]
    ],
    ["round brackets (A牵头)", "任务。(市司法局牵头)", ["bracket-lead:lead:市司法局:justice_bureau"]],
    [
      "（由A牵头，B配合）",
      "任务。（由市司法局牵头，各县区配合）",
      [
        "bracket-lead-support:lead:市司法局:justice_bureau",
        "bracket-lead-support:support:各县区:collective:lower_governments"
      ]
    ],
    [
      "inline (牵头单位:X;责任单位:Y)",
      "任务。(牵头单位:市司法局;责任单位:各县区政府)",
      ["inline-paren:lead:市司法局:justice_bureau", "inline-paren:support:各县区政府:collective:lower_governments"]
    ],
    [
      "inline 〔牵头单位：X；责任单位：Y〕",
      "任务。〔牵头单位：市司法局；责任单位：市法院〕",
      ["inline-bracket:lead:市司法局:justice_bureau", "inline-bracket:support:市法院:court"]
    ],
    ["inline (责任单位:X) alone leads", "任务。（责任单位：市司法局）", ["inline-paren:lead:市司法局:justice_bureau"]],
    [
      "牵头责任单位 / 主要责任单位 labels",
      "任务。\n牵头责任单位：区司法局\n主要责任单位：区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:support:区法院:court"]
    ],
    [
      "a label after a comma on the task's line",
      "加强管理,责任单位:区司法局、区法院",
      ["unit-line:lead:区司法局:justice_bureau", "unit-line:lead:区法院:court"]
    ],
    [
      "（A牵头，B、C按职责分工落实）",
      "任务。（市政府办公室牵头，各县区政府、市直各部门按职责分工落实）",
      [
        "bracket-lead-support:lead:市政府办公室:government_office",
        "bracket-lead-support:support:各县区政府:collective:lower_governments",
        "bracket-lead-support:support:市直各部门:collective:all_departments"
      ]
    ],
    ["(A具体负责)", "任务。(区司法局具体负责)", ["bracket-responsible:lead:区司法局:justice_bureau"]],
    [
      "a flattened table row: labels and names separated by spaces",
      "任务。\n牵头单位 区司法局 区法院  配合单位 区检察院",
      [
        "unit-line:lead:区司法局:justice_bureau",
        "unit-line:lead:区法院:court",
        "unit-line:support:区检察院:procuratorate"
      ]
    ]
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      const rows = extractAssignments("d", text, whole(text));
      expect(rows.map((row) => `${row.form}:${row.role}:${row.agency_raw}:${row.agency_id}`)).toEqual(expected);
    });
  }
});

describe("extractAssignments(docId, text, items) ignores what only looks like an assignment", () => {
  const cases: [string, string][] = [
    ["责任单位 inside a sentence", "明确目标任务、具体措施、完成时限和责任单位。"],
    ["a sentence that starts with 责任单位", "任务。\n责任单位要加强管理,按时完成。"],
    ["a bracket whose 负责 has no agency", "坚持谁主管谁负责(谁主管谁负责)的原则。"],
    ["a bracket without a verb", "州人民政府办公室(州行政服务中心)【法制意见】〔2022〕3号"],
    ["牵头领导 names a person", "任务。\n牵头领导:张三"],
    ["a table header of labels", "任务。\n牵头单位 责任单位 完成时限\n牵头单位 责任单位"],
    ["a bracket naming people", "任务。(由主要负责同志牵头)(区长负责)"],
    ["a label word inside a sentence after a space", "要落实 责任单位 的职责"]
  ];
  for (const [name, text] of cases) {
    test(name, () => expect(extractAssignments("d", text, whole(text))).toEqual([]));
  }
});

describe("extractAssignments(docId, text, items) attaches rows to items", () => {
  const text = "一、总则\n牵头单位:区政府办\n1.任务甲。\n牵头单位:区司法局\n2.任务乙。[区法院负责]\n二、其他";
  const items = outline("d", text, [SECTION, /^\d+\./]);

  test("to the innermost item that holds the name", () => {
    expect(extractAssignments("d", text, items).map((row) => `${row.item_id}:${row.agency_id}`)).toEqual([
      "d:一、:government_office",
      "d:1.:justice_bureau",
      "d:2.:court"
    ]);
  });

  test("leaves out names outside every item", () => {
    expect(extractAssignments("d", text, items.slice(1)).map((row) => row.agency_id)).toEqual([
      "justice_bureau",
      "court"
    ]);
  });

  test("null or empty text and no items return []; a docId that is not a string throws", () => {
    expect(extractAssignments("d", "", items)).toEqual([]);
    expect(extractAssignments("d", null as unknown as string, items)).toEqual([]);
    expect(extractAssignments("d", text, [])).toEqual([]);
    expect(() => extractAssignments(null as unknown as string, text, items)).toThrow("invalid docId: null");
  });
});

describe("extractAssignments on dongsheng-2022-plan (牵头部门/责任部门 lines)", () => {
  const text = seed("dongsheng-2022-plan");
  const items = outline("ds", text, [SECTION, SUBSECTION, /^\d+\.(?!\d)/, /^[(（]?\d+[)）]/]);
  const rows = extractAssignments("ds", text, items);

  test("finds 417 assignments: 224 lead, 193 support, every one on a unit line", () => {
    expect(items.filter((item) => item.is_task)).toHaveLength(85);
    expect(rows).toHaveLength(417);
    expect(count(rows, (row) => `${row.form}/${row.role}`)).toEqual({"unit-line/lead": 224, "unit-line/support": 193});
  });

  test("every one of the 85 tasks has a lead and a support unit", () => {
    expect(new Set(rows.filter((row) => row.role === "lead").map((row) => row.item_id)).size).toBe(85);
    expect(new Set(rows.filter((row) => row.role === "support").map((row) => row.item_id)).size).toBe(85);
  });

  test("task 1): 区政府办, 区委编办 lead; 区直有关部门, 各镇、街道 support", () => {
    expect(triples(rows, "ds:1)")).toEqual([
      "lead:区政府办:government_office",
      "lead:区委编办:establishment_office",
      "support:区直有关部门:collective:relevant_departments",
      "support:各镇、街道:collective:townships_streets"
    ]);
  });

  test("task 13): the branch office 市公安局东胜分局 supports as the public security bureau", () => {
    expect(triples(rows, "ds:13)")).toEqual([
      "lead:区发改委:development_reform_commission",
      "lead:区市场监督管理局:market_regulation_bureau",
      "lead:区司法局:justice_bureau",
      "support:区纪委监委机关:discipline_supervision_commission",
      "support:区法院:court",
      "support:区检察院:procuratorate",
      "support:市公安局东胜分局:public_security_bureau"
    ]);
  });

  test("task 17): 牵头单位 with 参加单位", () => {
    expect(triples(rows, "ds:17)")).toEqual([
      "lead:区市场监督管理局:market_regulation_bureau",
      "lead:区发改委:development_reform_commission",
      "lead:区工科局:industry_science_bureau",
      "support:区直有关部门:collective:relevant_departments"
    ]);
  });

  test("task 80): 区司法局 broken across lines is one name", () => {
    expect(triples(rows, "ds:80)")).toEqual([
      "lead:区政府办:government_office",
      "lead:区委组织部:organisation_department",
      "lead:区委依法治区办:rule_of_law_office",
      "lead:区司法局:justice_bureau",
      "support:区政府组成部门:collective:all_departments",
      "support:各镇、街道:collective:townships_streets"
    ]);
    const broken = rows.find((row) => row.item_id === "ds:80)" && row.agency_raw === "区司法局")!;
    expect(text.slice(broken.char_start, broken.char_end)).toMatch(/^区司\s+法局$/);
  });

  test("task (15): 区法院 leads", () => {
    expect(triples(rows, "ds:(15)")).toEqual([
      "lead:区司法局:justice_bureau",
      "lead:区市场监督管理局:market_regulation_bureau",
      "lead:区法院:court",
      "support:区直有关部门:collective:relevant_departments"
    ]);
  });
});

describe("extractAssignments on bayingol-2024-work-points (牵头单位/参加单位 lines with shared prefixes)", () => {
  const text = seed("bayingol-2024-work-points");
  const items = outline("bz", text, [SECTION, SUBSECTION]);
  const rows = extractAssignments("bz", text, items);

  test("finds 193 assignments: 81 lead, 112 support", () => {
    expect(items.filter((item) => item.is_task)).toHaveLength(35);
    expect(rows).toHaveLength(193);
    expect(count(rows, (row) => `${row.form}/${row.role}`)).toEqual({"unit-line/lead": 81, "unit-line/support": 112});
    expect(new Set(rows.filter((row) => row.role === "lead").map((row) => row.item_id)).size).toBe(35);
  });

  test("(四): the intermediate court leads with 州市场监督管理局 and 司法局 under the 州 prefix", () => {
    expect(triples(rows, "bz:(四)")).toEqual([
      "lead:州中级人民法院:court",
      "lead:州市场监督管理局:market_regulation_bureau",
      "lead:司法局:justice_bureau",
      "support:州人民政府有关部门:collective:relevant_departments",
      "support:各县市人民政府:collective:lower_governments",
      "support:库尔勒经济技术开发区管委会:development_zone_committee"
    ]);
  });

  test("(七): an aside stays with its name", () => {
    expect(triples(rows, "bz:(七)")[0]).toBe("lead:州人民政府办公室(州行政服务中心):government_office");
  });

  test("(十五): 州党委组织部、编办 are two party units", () => {
    expect(triples(rows, "bz:(十五)")).toEqual([
      "lead:州党委组织部:organisation_department",
      "lead:编办:establishment_office",
      "lead:州人民政府办公室:government_office",
      "lead:司法局:justice_bureau",
      "lead:财政局:finance_bureau",
      "support:州人民政府行政执法部门:collective:enforcement_departments",
      "support:各县市人民政府:collective:lower_governments",
      "support:库尔勒经济技术开发区管委会:development_zone_committee"
    ]);
  });

  test("(二十七): supervision bodies support", () => {
    expect(triples(rows, "bz:(二十七)")).toEqual([
      "lead:州人民政府办公室:government_office",
      "lead:统计局:statistics_bureau",
      "lead:审计局:audit_bureau",
      "support:州纪委监委:discipline_supervision_commission",
      "support:州人大办:people_congress_standing_committee",
      "support:政协办:cppcc_committee",
      "support:各县市人民政府:collective:lower_governments",
      "support:库尔勒经济技术开发区管委会:development_zone_committee"
    ]);
  });

  test("(三十五): the last task does not take the signature line", () => {
    expect(triples(rows, "bz:(三十五)")).toEqual([
      "lead:州党委组织部:organisation_department",
      "lead:发改委:development_reform_commission",
      "lead:司法局:justice_bureau",
      "lead:人社局:human_resources_social_security_bureau",
      "support:州人民政府有关部门:collective:relevant_departments",
      "support:各县市人民政府:collective:lower_governments",
      "support:库尔勒经济技术开发区管委会:development_zone_committee"
    ]);
  });
});

describe("extractAssignments on liaoyang-2015-opinion (bracketed clauses)", () => {
  const text = seed("liaoyang-2015-opinion");
  const items = outline("ly", text, [SECTION, SUBSECTION, /^\d+\./]);
  const rows = extractAssignments("ly", text, items);

  test("finds 138 assignments in 43 tasks", () => {
    expect(items.filter((item) => item.is_task)).toHaveLength(43);
    expect(rows).toHaveLength(138);
    expect(count(rows, (row) => `${row.form}/${row.role}`)).toEqual({
      "bracket-lead-support/lead": 52,
      "bracket-lead-support/support": 80,
      "bracket-responsible/lead": 6
    });
    expect(new Set(rows.map((row) => row.item_id)).size).toBe(43);
  });

  test("1.: [市编委办牵头,市政府各相关部门、各县(市)区政府配合]", () => {
    expect(triples(rows, "ly:1.")).toEqual([
      "lead:市编委办:establishment_office",
      "support:市政府各相关部门:collective:relevant_departments",
      "support:各县(市)区政府:collective:lower_governments"
    ]);
  });

  test("4.: 市工商局 leads as the market regulation bureau", () => {
    expect(triples(rows, "ly:4.")).toEqual([
      "lead:市编委办:establishment_office",
      "lead:市工商局:market_regulation_bureau",
      "support:市政府各相关部门:collective:relevant_departments",
      "support:各县(市)区政府:collective:lower_governments"
    ]);
  });

  test("10.: [市政府各相关部门、各县(市)区政府负责] alone leads", () => {
    expect(triples(rows, "ly:10.")).toEqual([
      "lead:市政府各相关部门:collective:relevant_departments",
      "lead:各县(市)区政府:collective:lower_governments"
    ]);
    expect(rows.find((row) => row.item_id === "ly:10.")!.form).toBe("bracket-responsible");
  });

  test("11.: [市政府办公室牵头,…负责] makes the 负责 units support", () => {
    expect(triples(rows, "ly:11.")).toEqual([
      "lead:市政府办公室:government_office",
      "support:市政府各相关部门:collective:relevant_departments",
      "support:各县(市)区政府:collective:lower_governments"
    ]);
  });

  test("12.: 市监察局 is the discipline and supervision commission", () => {
    expect(triples(rows, "ly:12.")[0]).toBe("lead:市监察局:discipline_supervision_commission");
  });

  test("the addressee line and 【法制意见】 give no rows", () => {
    expect(rows.every((row) => row.char_start > text.indexOf("1.建立政府责任清单制度"))).toBe(true);
  });
});

describe("extractAssignments on the annual reports", () => {
  for (const name of ["ordos-2023-report", "pingcheng-2020-report"]) {
    test(`${name} assigns nothing`, () => {
      const text = seed(name);
      expect(extractAssignments(name, text, whole(text))).toEqual([]);
    });
  }
});

describe("extractAssignments rows are traceable", () => {
  const docs: [string, RegExp[]][] = [
    ["dongsheng-2022-plan", [SECTION, SUBSECTION, /^\d+\.(?!\d)/, /^[(（]?\d+[)）]/]],
    ["bayingol-2024-work-points", [SECTION, SUBSECTION]],
    ["liaoyang-2015-opinion", [SECTION, SUBSECTION, /^\d+\./]]
  ];
  for (const [name, levels] of docs) {
    test(`${name}: text.slice(char_start, char_end) without whitespace is agency_raw, and every item exists`, () => {
      const text = seed(name);
      const items = outline(name, text, levels);
      const ids = new Set(items.map((item) => item.item_id));
      const rows = extractAssignments(name, text, items);
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows) {
        expect(text.slice(row.char_start, row.char_end).replace(/\s+/g, "")).toBe(row.agency_raw);
        expect(ids.has(row.item_id)).toBe(true);
        const item = items.find((i) => i.item_id === row.item_id)!;
        expect(row.char_start >= item.char_start && row.char_end <= item.char_end).toBe(true);
      }
      expect(extractAssignments(name, text, items)).toEqual(rows);
    });
  }
});
