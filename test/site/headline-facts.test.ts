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
const doc = (doc_id: string, jurisdiction: string, n_tasks = 10) => ({doc_id, jurisdiction, n_tasks});
const led = (doc_id: string, n: number, agency_id: string, is_collective = false) =>
  Array.from({length: n}, (_, i) => ({
    doc_id,
    item_id: `${doc_id}:${agency_id}:${i}`,
    role: "lead" as const,
    agency_id,
    is_collective
  }));
const agencies = [
  {agency_id: "office", name_zh: "人民政府办公室", name_en: "Government Office"},
  {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau"},
  {agency_id: "towns", name_zh: "各镇", name_en: ""}
];

describe("headlineFacts(tables)", () => {
  test("returns no facts for empty tables", () => {
    expect(headlineFacts(empty)).toEqual([]);
  });

  test("names the topic with the most tasks in the most jurisdictions, a jurisdiction's documents taken together", () => {
    const facts = headlineFacts({
      ...empty,
      documents: [doc("a1", "A"), doc("a2", "A"), doc("b", "B"), doc("c", "C", 0)],
      coverage: [
        // A: enforcement 3 + 0, disputes 2 + 2 → disputes; B: enforcement 5, disputes 1 → enforcement.
        {doc_id: "a1", topic_id: "enforcement", items: 3},
        {doc_id: "a1", topic_id: "disputes", items: 2},
        {doc_id: "a2", topic_id: "disputes", items: 2},
        {doc_id: "b", topic_id: "enforcement", items: 5},
        {doc_id: "b", topic_id: "disputes", items: 1},
        {doc_id: "b", topic_id: "other", items: 9}
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
        leaders: [
          {id: "enforcement", name_zh: "行政执法", name_en: "Law enforcement", href: "coverage?topic=enforcement"},
          {id: "disputes", name_zh: "矛盾纠纷化解", name_en: "Disputes", href: "coverage?topic=disputes"}
        ],
        jurisdictions: 1,
        of: 2
      }
    ]);
  });

  test("names the agency leading the most tasks in the most jurisdictions, not the highest mean of shares", () => {
    // The office leads 6 of A's 10 tasks (a mean share of 0.22 against the justice bureau's 0.1): the justice bureau
    // leads the most tasks in two of the three jurisdictions that name units (D names none).
    const facts = headlineFacts({
      ...empty,
      documents: [doc("a", "A"), doc("b", "B", 30), doc("c", "C", 30), doc("d", "D")],
      assignments: [
        ...led("a", 6, "office"),
        ...led("a", 1, "justice"),
        ...led("b", 3, "justice"),
        ...led("b", 2, "office"),
        ...led("c", 3, "justice"),
        ...led("c", 20, "towns", true)
      ],
      agencies
    });
    expect(
      facts.map(({kind, leaders, jurisdictions, of}) => ({kind, ids: leaders.map((l) => l.id), jurisdictions, of}))
    ).toEqual([{kind: "agency", ids: ["justice"], jurisdictions: 2, of: 3}]);
  });

  test("admits ties: every agency first in as many jurisdictions is named, and a tie inside a jurisdiction counts for both", () => {
    const facts = headlineFacts({
      ...empty,
      documents: [doc("a", "A"), doc("b", "B")],
      assignments: [...led("a", 2, "office"), ...led("a", 2, "justice"), ...led("b", 1, "office")],
      agencies
    });
    expect(facts[0].leaders.map((l) => l.id)).toEqual(["office"]);
    const tied = headlineFacts({
      ...empty,
      documents: [doc("a", "A"), doc("b", "B")],
      assignments: [...led("a", 2, "office"), ...led("b", 1, "justice")],
      agencies
    });
    // Ordered by Chinese name: 人民政府办公室 before 司法局.
    expect(tied[0]).toMatchObject({href: "agencies?agency=office", jurisdictions: 1, of: 2});
    expect(tied[0].leaders.map((l) => l.id)).toEqual(["office", "justice"]);
  });

  test("names every indicator reported in the most jurisdictions, in catalogue order, flagged and target values left out", () => {
    const n = (doc_id: string, indicator_id: string, kind = "actual" as const, flag: string | null = null) => ({
      doc_id,
      indicator_id,
      kind,
      flag
    });
    const facts = headlineFacts({
      ...empty,
      documents: [doc("a", "A"), doc("a2", "A"), doc("b", "B"), doc("c", "C")],
      indicators: [
        n("a", "cases"),
        n("a2", "cases"),
        n("b", "rate"),
        n("c", "rate"),
        n("a", "sites"),
        n("b", "sites", "target" as never),
        n("c", "sites", "actual", "implausible")
      ],
      catalogue: [
        {indicator_id: "sites", name_zh: "站点", name_en: "Sites"},
        {indicator_id: "rate", name_zh: "比率", name_en: "Rate"},
        {indicator_id: "cases", name_zh: "案件", name_en: "Cases"}
      ]
    });
    expect(facts).toEqual([
      {
        kind: "indicator",
        href: "indicators?indicator=rate",
        leaders: [{id: "rate", name_zh: "比率", name_en: "Rate", href: "indicators?indicator=rate"}],
        jurisdictions: 2,
        of: 3
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

    test("pins the three facts: the justice bureau leads the most tasks in 2 of the 3 jurisdictions that name units", () => {
      expect(
        facts.map(({kind, leaders, jurisdictions, of}) => ({kind, ids: leaders.map((l) => l.id), jurisdictions, of}))
      ).toMatchInlineSnapshot(`
        [
          {
            "ids": [
              "leadership",
            ],
            "jurisdictions": 3,
            "kind": "topic",
            "of": 5,
          },
          {
            "ids": [
              "justice_bureau",
            ],
            "jurisdictions": 2,
            "kind": "agency",
            "of": 3,
          },
          {
            "ids": [
              "normative_docs_reviewed",
              "info_published",
              "npc_suggestions",
              "cppcc_proposals",
              "admin_penalty_cases",
              "permits_processed",
              "legal_aid_cases",
              "mediation_organisations",
              "disputes_mediated",
              "law_lectures",
              "legal_publicity_events",
              "model_sites",
              "rule_of_law_meetings",
            ],
            "jurisdictions": 2,
            "kind": "indicator",
            "of": 5,
          },
        ]
      `);
    });
  });
});
