/** Golden tests on the five seed documents through the real segmenter (loads nodejieba once for this file). */
import {describe, expect, it} from "vitest";
import {assignTopics} from "../../loaders/topics/assign-topics.ts";
import {coverage} from "../../loaders/topics/coverage.ts";
import {keywords} from "../../loaders/keywords/keywords.ts";
import {segment} from "../../loaders/text/segment.ts";
import {topicTable} from "../../loaders/topics/topic-table.ts";
import type {Item} from "../../loaders/types.ts";
import {readSeed, seedItems} from "../support/topic-seed-items.ts";

const SEEDS = [
  "dongsheng-2022-plan",
  "liaoyang-2015-opinion",
  "pingcheng-2020-report",
  "ordos-2023-report",
  "bayingol-2024-work-points"
];

function topicsOf(name: string) {
  const items = seedItems(name, readSeed(name));
  const rows = assignTopics(items, (it: Item) => segment(it.text));
  const byHeading = (prefix: string) => rows[items.findIndex((it) => it.heading?.startsWith(prefix))];
  const tasks = Object.fromEntries(coverage(items, rows, topicTable()).map((r) => [r.topic_id, r.items]));
  return {items, rows, byHeading, tasks};
}

describe("assignTopics on the seeds (nodejieba tokens)", () => {
  it("东胜区 2022 plan: 85 tasks by topic", () => {
    expect(topicsOf("dongsheng-2022-plan").tasks).toEqual({
      functions_business: 16,
      rules_normative: 2,
      decision_making: 4,
      enforcement: 19,
      emergency: 7,
      disputes: 7,
      oversight: 15,
      digital: 4,
      leadership: 11,
      other: 0
    });
  });

  it("辽阳市 opinion: 43 tasks by topic (no emergency chapter in 2015)", () => {
    expect(topicsOf("liaoyang-2015-opinion").tasks).toEqual({
      functions_business: 6,
      rules_normative: 3,
      decision_making: 5,
      enforcement: 11,
      emergency: 0,
      disputes: 4,
      oversight: 5,
      digital: 1,
      leadership: 8,
      other: 0
    });
  });

  it.each([
    ["dongsheng-2022-plan", "推进简政便民", {topic_id: "functions_business", source: "heading", evidence: "简政|便民"}],
    ["dongsheng-2022-plan", "健全行政复议委员会制度", {topic_id: "disputes", source: "heading"}],
    ["dongsheng-2022-plan", "推动“双随机”监管机制改革", {topic_id: "functions_business", source: "lexicon"}],
    ["dongsheng-2022-plan", "强化对各类企业合法权益的保护", {topic_id: "functions_business", source: "heading"}],
    ["pingcheng-2020-report", "依法防控疫情", {topic_id: "emergency", source: "heading", evidence: "防控|疫情"}],
    ["pingcheng-2020-report", "强化生态保护", {topic_id: "functions_business", source: "inherited"}],
    ["ordos-2023-report", "营造最优环境", {topic_id: "functions_business", source: "lexicon"}],
    ["ordos-2023-report", "强化行政复议监督", {topic_id: "disputes", source: "heading", evidence: "行政复议"}],
    ["bayingol-2024-work-points", "深入推进“互联网+”监管执法", {topic_id: "digital", evidence: "互联网+监管"}],
    ["bayingol-2024-work-points", "加强法治政府督察", {topic_id: "leadership", evidence: "督察"}],
    ["liaoyang-2015-opinion", "推进法律服务队伍建设", {topic_id: "disputes", source: "lexicon"}]
  ])("%s: the item headed %j gets %j", (seed, heading, expected) => {
    expect(topicsOf(seed).byHeading(heading)).toMatchObject(expected);
  });

  it("every seed item gets exactly one row", () => {
    for (const seed of SEEDS) {
      const {items, rows} = topicsOf(seed);
      expect(rows.map((r) => r.item_id)).toEqual(items.map((it) => it.item_id));
    }
  });
});

describe("keywords on the five seeds", () => {
  const rows = keywords(
    SEEDS.map((doc_id) => ({doc_id, tokens: segment(readSeed(doc_id))})),
    {top: 5}
  );
  const top = (doc_id: string, method: string) =>
    rows.filter((k) => k.doc_id === doc_id && k.method === method).map((k) => [k.term, k.count]);

  it("东胜区's five most distinctive terms by keyness", () => {
    expect(top("dongsheng-2022-plan", "keyness")).toEqual([
      ["东胜", 23],
      ["督查", 19],
      ["依法治区", 13],
      ["突发事件", 20],
      ["行政裁决", 13]
    ]);
  });

  it("辽阳市 (2015) stands out for 法制 (the pre-2018 word for 法治 work) and 立法", () => {
    expect(top("liaoyang-2015-opinion", "keyness").map(([term]) => term)).toEqual([
      "法制",
      "救助",
      "决策",
      "十八",
      "立法"
    ]);
  });

  it("鄂尔多斯市's top TF-IDF term is its demonstration campaign, kept whole by the user dictionary", () => {
    expect(top("ordos-2023-report", "tfidf")[0]).toEqual(["法治政府建设示范", 8]);
  });

  it("never returns stock phrases or place names as keywords", () => {
    const terms = new Set(rows.map((k) => k.term));
    expect(
      ["法治政府", "推进", "加强", "工作", "建设", "鄂尔多斯市", "东胜区", "辽阳市"].filter((t) => terms.has(t))
    ).toEqual([]);
  });
});
