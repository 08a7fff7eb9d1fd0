/** briefData on the seed corpus (the site's cached extraction of seeds/) and on small hand-made tables. */
import {beforeAll, describe, expect, it} from "vitest";
import {
  BRIEF_MAX_FIGURES,
  BRIEF_MAX_PEERS,
  briefData,
  briefIndex,
  readBriefTables,
  type BriefTables
} from "../../loaders/site/brief-data.ts";
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";
import type {IndicatorKind, Level} from "../../loaders/types.ts";
import {siteBrief, siteJurisdictions, siteRows} from "../../loaders/site/site-table.ts";
import {gunzipJson} from "../../loaders/site/gzip-json.ts";
import {decodeJson} from "../../src/components/decode-json.ts";

let seeds: BriefTables;
beforeAll(async () => {
  seeds = await readBriefTables(siteRows, indicatorCatalogue);
});

const round = (x: number | null) => (x == null ? x : Math.round(x * 1000) / 1000);

describe("briefData on the seeds", () => {
  it("siteJurisdictions() lists one slug per seed jurisdiction", async () => {
    expect(await siteJurisdictions()).toEqual([
      "bayingol-mongol-autonomous-prefecture",
      "dongsheng-district",
      "liaoyang-city",
      "ordos-city",
      "pingcheng-district"
    ]);
  });

  it("东胜区: one 2022 task plan with its 文号 and 85 tasks", () => {
    const b = briefData(seeds, "dongsheng-district");
    expect([b.jurisdiction, b.jurisdiction_en, b.level, b.parent_jurisdiction, b.adcode]).toEqual([
      "东胜区",
      "Dongsheng District",
      "district",
      "鄂尔多斯市",
      "150602"
    ]);
    expect(b.documents).toEqual([
      {
        doc_id: "dongsheng-2022-plan",
        title: "东胜区关于贯彻落实《法治政府建设规划(2020-2025年)》重点任务分解方案",
        doc_type: "task_plan",
        year: 2022,
        issuer: "中共鄂尔多斯市东胜区委员会全面依法治区委员会",
        doc_number: "东依法委发〔2022〕3号",
        issued_date: "2022-12-29",
        tasks: 85,
        assignments: 417,
        figures: 23
      }
    ]);
    expect(b.corpus).toEqual({
      jurisdictions: 5,
      doc_types: ["annual_report", "implementation_opinion", "task_plan", "work_points"],
      years: [2015, 2024]
    });
  });

  it("东胜区: 司法局 leads 52 of 85 tasks and 政府办 34; collective units are listed apart", () => {
    const w = briefData(seeds, "dongsheng-district").workload!;
    expect([w.tasks, w.tasks_with_lead, w.named_agencies]).toEqual([85, 85, 35]);
    expect(w.lead.map((a) => [a.name_zh, a.lead, round(a.share)])).toEqual([
      ["司法局", 52, 0.612],
      ["人民政府办公室", 34, 0.4],
      ["发展和改革委员会", 10, 0.118],
      ["全面依法治县(市、区)委员会办公室", 10, 0.118],
      ["人民检察院", 9, 0.106],
      ["公安局", 9, 0.106],
      ["政务服务局", 9, 0.106],
      ["人民法院", 8, 0.094]
    ]);
    expect(w.collective.map((a) => [a.name_zh, a.lead, a.support])).toEqual([
      ["各乡镇(街道)", 0, 72],
      ["有关部门", 0, 39],
      ["各部门", 0, 26],
      ["各行政执法部门", 0, 13]
    ]);
  });

  it("东胜区: topic shares of its 85 tasks beside the mean of the four other jurisdictions", () => {
    const topics = briefData(seeds, "dongsheng-district").topics;
    expect(topics.map((t) => t.topic_id)).not.toContain("other");
    expect(topics.find((t) => t.topic_id === "enforcement")).toMatchObject({items: 19, others_covering: 4});
    expect(topics.map((t) => [t.topic_id, t.items, round(t.share), round(t.others)])).toEqual([
      ["functions_business", 16, 0.188, 0.167],
      ["rules_normative", 2, 0.024, 0.071],
      ["decision_making", 4, 0.047, 0.083],
      ["enforcement", 19, 0.224, 0.17],
      ["emergency", 7, 0.082, 0.026],
      ["disputes", 7, 0.082, 0.136],
      ["oversight", 15, 0.176, 0.114],
      ["digital", 4, 0.047, 0.027],
      ["leadership", 11, 0.129, 0.204]
    ]);
  });

  it("东胜区: twelve key figures, all targets, in catalogue order, each citing its quote", () => {
    const b = briefData(seeds, "dongsheng-district");
    expect([b.figures_total, b.figures_classified, b.figures.length]).toEqual([23, 21, BRIEF_MAX_FIGURES]);
    expect(b.figures.map((f) => f.kind)).toEqual(Array(12).fill("target"));
    expect(b.figures[0]).toMatchObject({
      n: 1,
      indicator_id: "head_court_appearance_rate",
      name_zh: "行政机关负责人出庭应诉率",
      value: 100,
      unit: "%",
      indicator_row_id: "dongsheng-2022-plan:n16",
      doc_number: "东依法委发〔2022〕3号",
      char_start: 11271,
      char_end: 11305,
      quote: "行政机关负责人出庭率、行政机关为被执行人案件实际执行到位率达100%"
    });
    expect(b.figures.map((f) => `${f.value}${f.unit}`).slice(0, 6)).toEqual([
      "100%",
      "100%",
      "100%",
      "90%",
      "70%",
      "95%"
    ]);
  });

  it("鄂尔多斯市: a report with no units named has no workload, and its reconsideration figures are key figures", () => {
    const b = briefData(seeds, "ordos-city");
    expect(b.workload).toBeNull();
    expect(b.documents.map((d) => [d.doc_type, d.year, d.title, d.tasks])).toEqual([["annual_report", 2023, null, 18]]);
    expect(b.figures.map((f) => [f.n, f.indicator_id, f.value, f.unit, f.kind])).toEqual([
      [1, "head_court_appearance_rate", 100, "%", "actual"],
      [2, "enforcement_exam_pass_rate", 84.3, "%", "actual"],
      [3, "legal_adviser_coverage", 100, "%", "actual"],
      [4, "reconsideration_disputes_resolved", 55, "件", "actual"],
      [5, "reconsideration_decided", 308, "件", "actual"],
      [6, "reconsideration_received", 435, "件", "actual"],
      [7, "normative_docs_reviewed", 29, "件", "actual"],
      [8, "normative_docs_cleanup", 3, "次", "actual"],
      [9, "normative_docs_issued", 13, "个", "actual"],
      [10, "regulations_enacted", 5, "部", "actual"],
      [11, "policy_interpretations", 505, "件", "actual"],
      [12, "info_published", 22466, "条", "actual"]
    ]);
    expect(b.figures[5].quote).toBe("受理行政复议案件435件");
    expect(b.figures_total).toBe(66);
  });

  it("平城区: the flagged 24907余万件 is not a key figure", () => {
    const b = briefData(seeds, "pingcheng-district");
    expect(b.figures.map((f) => f.indicator_row_id)).not.toContain("pingcheng-2020-report:n15");
    expect(b.figures.filter((f) => f.approx)).toEqual([]);
  });

  it("平城区: its 行政执法主体数 is the 27 bodies confirmed, not the 17 units in a 创建活动 list, nor the 3 batches", () => {
    const b = briefData(seeds, "pingcheng-district");
    const bodies = b.figures.filter((f) => f.indicator_id === "enforcement_bodies");
    expect(bodies.map((f) => [f.value, f.unit])).toEqual([[27, "个"]]);
    expect(bodies[0].quote).toContain("审核确认行政执法主体27个");
  });

  it("巴音郭楞蒙古自治州: 11种案件类型 (twice in the text) is no litigation-case figure", () => {
    const b = briefData(seeds, "bayingol-mongol-autonomous-prefecture");
    expect(b.figures.filter((f) => f.indicator_id === "litigation_cases")).toEqual([]);
    expect(seeds.indicators.filter((r) => r.unit === "种" && r.indicator_id != null)).toEqual([]);
  });

  it("lists every jurisdiction as a peer, itself first, then by year", () => {
    const peers = briefData(seeds, "ordos-city").peers;
    // Classified figures: numbers of kinds or batches (种, 类, 批) count no indicator (Pingcheng 3批, 2批, 4种, 51批…).
    expect(peers.map((p) => [p.jurisdiction, p.tasks, p.figures, p.topics_covered, p.self])).toEqual([
      ["鄂尔多斯市", 18, 59, 7, true],
      ["辽阳市", 43, 1, 8, false],
      ["平城区", 21, 54, 8, false],
      ["东胜区", 85, 21, 9, false],
      ["巴音郭楞蒙古自治州", 35, 9, 9, false]
    ]);
  });

  it("鄂尔多斯市 names 东胜区 (150602 in its 150600) as its child, and 东胜区 names it as its parent", () => {
    const ordos = briefData(seeds, "ordos-city");
    expect([ordos.parent, ordos.children]).toEqual([
      null,
      [
        {
          slug: "dongsheng-district",
          jurisdiction: "东胜区",
          jurisdiction_en: "Dongsheng District",
          level: "district",
          documents: [{doc_type: "task_plan", year: 2022}]
        }
      ]
    ]);
    const dongsheng = briefData(seeds, "dongsheng-district");
    expect([dongsheng.parent?.slug, dongsheng.children]).toEqual(["ordos-city", []]);
    expect(briefData(seeds, "liaoyang-city")).toMatchObject({parent: null, children: []});
  });

  it("鄂尔多斯市: a key figure carries its section and the same indicator in other jurisdictions", () => {
    const b = briefData(seeds, "ordos-city");
    const f = b.figures.find((f) => f.indicator_id === "head_court_appearance_rate")!;
    expect(f.section).toEqual({labels: ["五、", "(二)"], heading: "强化行政复议监督"});
    expect(f.peers.map((p) => [p.jurisdiction, p.value, p.unit, p.kind, p.year])).toEqual([
      ["巴音郭楞蒙古自治州", 100, "%", "target", 2024],
      ["东胜区", 100, "%", "target", 2022]
    ]);
    expect(b.others.doc_types).toEqual(["annual_report", "implementation_opinion", "task_plan", "work_points"]);
  });

  it("throws on an unknown slug", () => {
    expect(() => briefData(seeds, "atlantis")).toThrow("invalid jurisdiction: atlantis");
  });
});

/** A documents row of a task plan with no metadata beyond what a test gives. */
const docRow = (
  row: Partial<BriefTables["documents"][number]> & {doc_id: string}
): BriefTables["documents"][number] => ({
  title: null,
  jurisdiction: null,
  jurisdiction_en: null,
  level: "district",
  parent_jurisdiction: null,
  province: null,
  adcode: null,
  doc_type: "task_plan",
  issuer: null,
  doc_number: null,
  issued_date: null,
  year: null,
  n_tasks: 0,
  n_assignments: 0,
  n_indicators: 0,
  ...row
});

describe("briefData on hand-made tables", () => {
  const doc = (doc_id: string, jurisdiction: string, year: number, n_tasks: number) =>
    docRow({doc_id, title: doc_id, jurisdiction, year, n_tasks});
  const figure = (doc_id: string, k: number, indicator_id: string | null, value: number, extra = {}) => ({
    doc_id,
    indicator_row_id: `${doc_id}:n${k}`,
    item_id: null,
    indicator_id,
    subject: "",
    value,
    unit: "件",
    approx: false,
    kind: "actual" as IndicatorKind,
    year: 2020,
    quote: `q${k}`,
    char_start: k * 10,
    char_end: k * 10 + 5,
    flag: null,
    ...extra
  });
  const tables: BriefTables = {
    documents: [doc("a1", "甲区", 2021, 10), doc("a0", "甲区", 2020, 30), doc("b", "乙区", 2020, 5)],
    indicators: [
      figure("a1", 0, "cases", 1),
      figure("a0", 2, "cases", 2),
      figure("a0", 1, "cases", 3, {flag: "too large"}),
      figure("a0", 3, "rate", 4, {kind: "target"}),
      figure("a0", 4, null, 5),
      figure("b", 0, "cases", 7, {year: 2019}),
      figure("b", 1, "cases", 8, {kind: "target"})
    ],
    assignments: [],
    agencies: [],
    coverage: [
      {doc_id: "a0", topic_id: "t1", items: 10},
      {doc_id: "a1", topic_id: "t1", items: 0},
      {doc_id: "a1", topic_id: "t2", items: 10},
      {doc_id: "b", topic_id: "t2", items: 5}
    ],
    topics: [
      {topic_id: "t2", order: 2, name_zh: "二", name_en: "Two"},
      {topic_id: "t1", order: 1, name_zh: "一", name_en: "One"},
      {topic_id: "t3", order: 3, name_zh: "三", name_en: "Three"}
    ],
    items: [],
    catalogue: [
      {indicator_id: "rate", name_zh: "率", name_en: "Rate"},
      {indicator_id: "cases", name_zh: "案件", name_en: "Cases"}
    ]
  };
  const slug = "j-59975178"; // 甲区 has no English name or adcode: "j-" + sha256("甲区")

  it("pools a jurisdiction's documents: topic share = its task items on the topic / all its tasks", () => {
    const b = briefData(tables, slug);
    expect(b.documents.map((d) => d.doc_id)).toEqual(["a0", "a1"]);
    expect(b.topics.map((t) => [t.topic_id, t.items, t.share, t.others])).toEqual([
      ["t1", 10, 0.25, 0],
      ["t2", 10, 0.25, 1]
    ]);
  });

  it("takes the first unflagged figure of each indicator and kind, in catalogue order, numbered from 1", () => {
    expect(briefData(tables, slug).figures.map((f) => [f.n, f.indicator_row_id, f.value])).toEqual([
      [1, "a0:n3", 4],
      [2, "a0:n2", 2]
    ]);
  });

  it("gives each key figure the same indicator elsewhere, same kind first: 乙区's result 7 beside 甲区's result 2", () => {
    const figures = briefData(tables, slug).figures;
    expect(
      figures.map((f) => [f.indicator_id, f.kind, f.peers.map((p) => [p.jurisdiction, p.value, p.kind, p.year])])
    ).toEqual([
      ["rate", "target", []],
      ["cases", "actual", [["乙区", 7, "actual", 2019]]]
    ]);
    // with no item the section is null (cited as unnumbered text)
    expect(figures.map((f) => f.section)).toEqual([null, null]);
  });

  it("has no workload when no document names units", () => {
    expect(briefData(tables, slug).workload).toBeNull();
  });

  it("shares of tasks led are the mean of the documents' shares: 3/30 and 5/10 → 30% (pooled would be 20%)", () => {
    const led = (doc_id: string, n: number, agency_id: string, role: "lead" | "support" = "lead") =>
      Array.from({length: n}, (_, i) => ({doc_id, item_id: `${doc_id}:${i}`, role, agency_id, is_collective: false}));
    const w = briefData(
      {
        ...tables,
        assignments: [...led("a0", 3, "justice"), ...led("a1", 5, "justice"), ...led("a1", 2, "finance", "support")],
        agencies: [
          {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau", kind: "government"},
          {agency_id: "finance", name_zh: "财政局", name_en: "Finance Bureau", kind: "government"}
        ]
      },
      slug
    ).workload!;
    expect([w.tasks, w.documents, w.tasks_with_lead, w.named_agencies]).toEqual([40, 2, 8, 1]);
    expect(w.lead.map((a) => [a.agency_id, a.lead, a.support, a.share, a.support_share])).toEqual([
      ["justice", 8, 0, 0.3, 0]
    ]);
  });
});

describe("briefIndex on many jurisdictions", () => {
  // 甲 (P, district) and 13 others: 3 in P as districts, 2 in P as counties, 4 in Q as districts, 4 in Q as counties.
  const place = (name: string, province: string, level: Level, year: number) =>
    docRow({doc_id: name, jurisdiction: name, jurisdiction_en: name, level, province, year, n_tasks: 10});
  const others = [
    ...["p1", "p2", "p3"].map((n, i) => place(n, "P", "district", 2020 + i)),
    ...["pc1", "pc2"].map((n, i) => place(n, "P", "county", 2020 + i)),
    ...["q1", "q2", "q3", "q4"].map((n, i) => place(n, "Q", "district", 2010 + i)),
    ...["qc1", "qc2", "qc3", "qc4"].map((n, i) => place(n, "Q", "county", 2000 + i))
  ];
  const tables: BriefTables = {
    documents: [place("jia", "P", "district", 2021), ...others],
    indicators: [],
    assignments: [],
    agencies: [],
    // 甲 covers one topic, every other jurisdiction two.
    coverage: [
      {doc_id: "jia", topic_id: "t1", items: 10},
      ...others.flatMap((d) => [
        {doc_id: d.doc_id, topic_id: "t1", items: 5},
        {doc_id: d.doc_id, topic_id: "t2", items: 5}
      ])
    ],
    topics: [
      {topic_id: "t1", order: 1, name_zh: "一", name_en: "One"},
      {topic_id: "t2", order: 2, name_zh: "二", name_en: "Two"}
    ],
    items: [],
    catalogue: []
  };
  const index = briefIndex(tables);

  it("lists every slug once, sorted", () => {
    expect(index.slugs()).toEqual([
      "jia",
      "p1",
      "p2",
      "p3",
      "pc1",
      "pc2",
      "q1",
      "q2",
      "q3",
      "q4",
      "qc1",
      "qc2",
      "qc3",
      "qc4"
    ]);
  });

  it("keeps the peer table to BRIEF_MAX_PEERS: same province first, then same level elsewhere, by year", () => {
    const peers = index.brief("jia").peers;
    expect(peers.length).toBe(BRIEF_MAX_PEERS);
    expect(peers.map((p) => p.slug)).toEqual(["jia", "q1", "q2", "q3", "q4", "p1", "pc1", "p2", "pc2", "p3"]);
  });

  it("compares topics with all 13 others, not only the peers shown", () => {
    const b = index.brief("jia");
    expect(b.others).toEqual({jurisdictions: 13, mean_topics_covered: 2, doc_types: ["task_plan"]});
    expect(b.topics.map((t) => [t.topic_id, t.share, t.others, t.others_covering])).toEqual([
      ["t1", 1, 0.5, 13],
      ["t2", 0, 0.5, 13]
    ]);
  });

  it("gives the same brief as briefData", () => {
    expect(index.brief("q2")).toEqual(briefData(tables, "q2"));
  });
});

describe("the seeds' brief files (siteBrief)", () => {
  it("ordos-city.json is gzip that decodes (decodeJson) to briefData's brief of Ordos, and is smaller than it as rows", async () => {
    const bytes = await siteBrief("ordos-city");
    const file = gunzipJson(bytes);
    const brief = JSON.parse(JSON.stringify(briefData(seeds, "ordos-city")));
    expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
    expect(decodeJson(file)).toEqual(brief);
    expect((decodeJson(file) as {jurisdiction: string}).jurisdiction).toBe("鄂尔多斯市");
    expect(Buffer.byteLength(JSON.stringify(file))).toBeLessThan(Buffer.byteLength(JSON.stringify(brief)));
    expect(bytes.length).toBeLessThan(Buffer.byteLength(JSON.stringify(file)));
  }, 300_000);
});
