import {describe, expect, it} from "vitest";
import {assignTopics} from "../../loaders/topics/assign-topics.ts";
import {matchLexicon} from "../../loaders/topics/match-lexicon.ts";
import {TokenVocabulary} from "../../loaders/text/token-vocabulary.ts";
import {readDataCsv} from "../../loaders/read/read-data-csv.ts";
import {topicLexicon} from "../../loaders/topics/topic-lexicon.ts";
import {topicTable} from "../../loaders/topics/topic-table.ts";
import type {Item} from "../../loaders/types.ts";

/** A hand-written item; text defaults to label + heading + "。". */
function item(path: string, heading: string | null, extra: Partial<Item> = {}): Item {
  const parts = path.split(".");
  return {
    doc_id: "d",
    item_id: `d:${path}`,
    parent_id: parts.length > 1 ? `d:${parts.slice(0, -1).join(".")}` : null,
    depth: parts.length,
    label: `${parts[parts.length - 1]}.`,
    style: "arabic-dot",
    ordinal: Number(parts[parts.length - 1]),
    heading,
    text: `${heading ?? ""}。`,
    is_task: false,
    topic_id: null,
    char_start: 0,
    char_end: 0,
    ...extra
  };
}

/** Tokens for tests that need no nodejieba: the item text split on "/". */
const slashTokens = (it: Item) => it.text.split("/");

describe("assignTopics(items, tokensOf) reads a section heading", () => {
  it.each([
    ["(四)健全行政决策制度体系", "decision_making", "行政决策"],
    ["(三)严格规范公正文明执法", "enforcement", "严格规范公正文明执法"],
    ["加强行政复议工作", "disputes", "行政复议"],
    ["全面主动推进政务公开", "oversight", "政务公开"],
    ["加快建设数字政府", "digital", "数字政府"],
    ["加强党的领导", "leadership", "党的领导"],
    ["完善应急管理制度机制", "emergency", "应急管理"],
    ["持续优化营商环境", "functions_business", "营商环境"],
    ["加强行政规范性文件监督管理", "rules_normative", "行政规范性文件"],
    ["深化“放管服”改革", "functions_business", "放管服"],
    ["全面推行“双随机、一公开”监管", "functions_business", "双随机一公开"],
    ["加强和规范行政机关负责人出庭应诉工作", "disputes", "行政机关负责人出庭|应诉"],
    ["健全府检联动工作机制", "oversight", "府检联动"],
    ["深入推进八五普法", "leadership", "八五普法"],
    ["加快推进政务数据有序共享", "digital", "政务数据|共享"],
    ["依法做好疫情防控工作", "emergency", "疫情防控"]
  ])("heading %j → %s (evidence %s)", (heading, topic_id, evidence) => {
    const [row] = assignTopics([item("1", heading)], slashTokens);
    expect(row).toEqual({doc_id: "d", item_id: "d:1", topic_id, evidence, source: "heading", score: row.score});
    expect(row.score).toBeGreaterThan(0);
  });

  it("counts a term nested in a longer one once: 行政复议委员会 is not also 复议", () => {
    const [row] = assignTopics([item("1", "健全行政复议委员会制度")], slashTokens);
    expect([row.evidence, row.score]).toEqual(["行政复议委员会", 3]);
  });

  it("leaves a heading tied between two topics undecided, so the parent decides", () => {
    const items = [item("1", "加强党的领导"), item("1.1", "行政复议和行政执法")];
    expect(assignTopics(items, slashTokens)[1]).toMatchObject({topic_id: "leadership", source: "inherited"});
  });

  it("reads a heading longer than 40 characters as text, not as a section title", () => {
    const long = "行政执法" + "一".repeat(40);
    const [row] = assignTopics([item("1", long, {text: "x"})], slashTokens);
    expect(row).toMatchObject({topic_id: "other", source: "none"});
  });
});

describe("assignTopics(items, tokensOf) applies the precedence rule", () => {
  const chapter = item("1", "严格规范公正文明执法");
  const cases: [string, Item, Partial<ReturnType<typeof assignTopics>[number]>][] = [
    [
      "own heading beats the parent's topic",
      item("1.1", "依法防控疫情", {text: "依法防控疫情/。/行政执法/执法"}),
      {topic_id: "emergency", source: "heading", evidence: "防控|疫情", score: 4}
    ],
    [
      "decisive own text (≥ 3 and ≥ 2 × runner-up) beats the parent's topic",
      item("1.1", null, {text: "行政复议/案件/行政应诉/和/执法"}),
      {topic_id: "disputes", source: "lexicon", evidence: "行政复议|行政应诉", score: 6}
    ],
    [
      "undecisive own text inherits the parent's topic and evidence",
      item("1.1", null, {text: "行政复议/和/执法/人员"}),
      {topic_id: "enforcement", source: "inherited", evidence: "严格规范公正文明执法", score: 3}
    ],
    [
      "text without lexicon terms inherits",
      item("1.1", "强化工作保障", {text: "强化/工作/保障"}),
      {topic_id: "enforcement", source: "inherited", evidence: "严格规范公正文明执法", score: 3}
    ]
  ];
  it.each(cases)("%s", (_, child, expected) => {
    expect(assignTopics([chapter, child], slashTokens)[1]).toMatchObject(expected);
  });

  it("inherits through several levels from the nearest decided ancestor", () => {
    const items = [item("1", "加强党的领导"), item("1.1", "完善工作机制"), item("1.1.1", null, {text: "召开/会议"})];
    expect(assignTopics(items, slashTokens).map((r) => [r.topic_id, r.source])).toEqual([
      ["leadership", "heading"],
      ["leadership", "inherited"],
      ["leadership", "inherited"]
    ]);
  });

  it("falls back to the text's single best topic when no ancestor has a topic", () => {
    const items = [item("1", "主要任务"), item("1.1", null, {text: "加强/监督/和/信访"})];
    expect(assignTopics(items, slashTokens)[1]).toMatchObject({topic_id: "disputes", source: "lexicon", score: 3});
  });

  it('gives "other" with source "none" and empty evidence when nothing matches', () => {
    expect(assignTopics([item("1", "总体要求", {text: "总体/要求"})], slashTokens)).toEqual([
      {doc_id: "d", item_id: "d:1", topic_id: "other", evidence: "", source: "none", score: 0}
    ]);
  });

  it("returns one row per item in input order, whatever order parents come in", () => {
    const items = [item("1.1", null, {text: "召开/会议"}), item("1", "加强政务公开")];
    expect(assignTopics(items, slashTokens).map((r) => [r.item_id, r.topic_id])).toEqual([
      ["d:1.1", "oversight"],
      ["d:1", "oversight"]
    ]);
  });

  it("survives a parent_id cycle and an unknown parent_id", () => {
    const a = item("1", null, {text: "x", parent_id: "d:2"});
    const b = item("2", null, {text: "x", parent_id: "d:1"});
    const c = item("3", "政务公开", {parent_id: "nowhere"});
    expect(assignTopics([a, b, c], slashTokens).map((r) => r.topic_id)).toEqual(["other", "other", "oversight"]);
  });

  it.each([[[]], [null as unknown as Item[]]])("assignTopics(%j) returns []", (items) => {
    expect(assignTopics(items, slashTokens)).toEqual([]);
  });
});

describe("data/topics.csv and data/topic-lexicon.csv", () => {
  it("topicTable() lists the ten topics of the 纲要 chapters in order", () => {
    expect(topicTable().map((t) => t.topic_id)).toEqual([
      "functions_business",
      "rules_normative",
      "decision_making",
      "enforcement",
      "emergency",
      "disputes",
      "oversight",
      "digital",
      "leadership",
      "other"
    ]);
    expect(topicTable()[3]).toMatchObject({name_zh: "行政执法", name_en: "Law enforcement", order: 4});
  });

  it("the lexicon has several hundred terms, each with a known topic, a weight of 1–3 and no duplicate row", () => {
    const rows = readDataCsv("topic-lexicon.csv");
    const ids = new Set(topicTable().map((t) => t.topic_id));
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.filter((r) => !ids.has(r.topic_id) || !["1", "2", "3"].includes(r.weight))).toEqual([]);
    expect(new Set(rows.map((r) => `${r.term},${r.topic_id}`)).size).toBe(rows.length);
    expect(topicLexicon().length).toBe(rows.length);
  });

  it("every topic but other has lexicon terms", () => {
    const used = new Set(topicLexicon().map((t) => t.topic_id));
    expect(
      topicTable()
        .filter((t) => !used.has(t.topic_id))
        .map((t) => t.topic_id)
    ).toEqual(["other"]);
  });
});

describe("matchLexicon(units, lexicon)", () => {
  it("finds the same terms in a run of token ids as in the token strings", () => {
    const tokens = ["深化", "行政", "复议", "体制改革", "，", "“", "双随机", "、", "一公开", "”", "监管", "行政复议"];
    const vocabulary = new TokenVocabulary();
    const ids = vocabulary.idsOf(["前", ...tokens, "后"]);
    const lexicon = topicLexicon();
    const strings = matchLexicon(tokens, lexicon);
    expect(strings.length).toBeGreaterThan(0);
    expect(matchLexicon({ids, start: 1, end: tokens.length + 1, vocabulary}, lexicon)).toEqual(strings);
  });
});
