import {beforeAll, describe, expect, test} from "vitest";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import {headlineFacts, type HeadlineInput} from "../../loaders/site/headline-facts.ts";
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";

const empty: HeadlineInput = {
  documents: [],
  coverage: [],
  topics: [],
  assignments: [],
  agencies: [],
  indicators: [],
  catalogue: []
};

describe("headlineFacts(tables)", () => {
  test("returns no facts for empty tables", () => {
    expect(headlineFacts(empty)).toEqual([]);
  });

  test("picks the topic with the highest mean share, counting a document without the topic as 0", () => {
    const facts = headlineFacts({
      ...empty,
      documents: [
        {doc_id: "a", n_tasks: 10},
        {doc_id: "b", n_tasks: 5}
      ],
      coverage: [
        {doc_id: "a", topic_id: "enforcement", share_items: 0.5},
        {doc_id: "b", topic_id: "disputes", share_items: 0.6},
        {doc_id: "b", topic_id: "enforcement", share_items: 0.2}
      ],
      topics: [
        {topic_id: "enforcement", name_zh: "行政执法", name_en: "Law enforcement"},
        {topic_id: "disputes", name_zh: "矛盾纠纷化解", name_en: "Disputes"}
      ]
    });
    expect(facts).toEqual([
      {
        kind: "topic",
        href: "coverage?topic=enforcement",
        name_zh: "行政执法",
        name_en: "Law enforcement",
        value: 0.35,
        documents: 2
      }
    ]);
  });

  test("picks the named agency with the highest mean of per-document lead shares, leaving collective units out", () => {
    const led = (doc_id: string, n: number, agency_id: string, is_collective = false) =>
      Array.from({length: n}, (_, i) => ({
        doc_id,
        item_id: `${doc_id}:${i}`,
        role: "lead" as const,
        agency_id,
        is_collective
      }));
    // justice: 5/10 and 0/30 → mean 0.25 (pooled 5/40 = 0.125); finance: 0/10 and 9/30 → mean 0.15 (pooled 0.225).
    const facts = headlineFacts({
      ...empty,
      documents: [
        {doc_id: "a", n_tasks: 10},
        {doc_id: "b", n_tasks: 30}
      ],
      assignments: [...led("a", 5, "justice"), ...led("b", 9, "finance"), ...led("b", 30, "towns", true)],
      agencies: [
        {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau"},
        {agency_id: "finance", name_zh: "财政局", name_en: "Finance Bureau"},
        {agency_id: "towns", name_zh: "各镇", name_en: ""}
      ]
    });
    expect(facts).toEqual([
      {
        kind: "agency",
        href: "agencies?agency=justice",
        name_zh: "司法局",
        name_en: "Justice Bureau",
        value: 0.25,
        documents: 2
      }
    ]);
  });

  describe("on the seed corpus", () => {
    let facts: ReturnType<typeof headlineFacts>;
    beforeAll(async () => {
      const {tables} = await extractCorpus(["seeds"]);
      facts = headlineFacts({...(tables as unknown as HeadlineInput), catalogue: indicatorCatalogue});
    });

    test("gives one fact of each kind, linking into its view", () => {
      expect(facts.map((f) => [f.kind, f.href.split("?")[0]])).toEqual([
        ["topic", "coverage"],
        ["agency", "agencies"],
        ["indicator", "indicators"]
      ]);
    });

    test("pins the three facts: leadership topic, the government office, administrative penalty cases", () => {
      expect(facts.map(({href, name_zh, value, documents}) => ({href, name_zh, value, documents}))).toEqual([
        {href: "coverage?topic=leadership", name_zh: "党的领导与推进机制", value: 0.1894, documents: 5},
        {href: "agencies?agency=government_office", name_zh: "人民政府办公室", value: 0.5218, documents: 3},
        {href: "indicators?indicator=admin_penalty_cases", name_zh: "行政处罚案件数", value: 2, documents: 2}
      ]);
    });
  });
});
