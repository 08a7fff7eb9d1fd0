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
        {doc_id: "a", jurisdiction: "甲", jurisdiction_en: null, year: 2020, n_tasks: 10},
        {doc_id: "b", jurisdiction: "乙", jurisdiction_en: null, year: 2021, n_tasks: 5}
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
