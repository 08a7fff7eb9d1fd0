import {describe, expect, it} from "vitest";
import {assignTopics} from "../../loaders/topics/assign-topics.ts";
import {coverage} from "../../loaders/topics/coverage.ts";
import {topicTable} from "../../loaders/topics/topic-table.ts";
import type {Item, ItemTopic} from "../../loaders/types.ts";
import {readSeed, seedItems} from "../support/topic-seed-items.ts";

function item(doc_id: string, path: string, text: string, is_task: boolean): Item {
  return {
    doc_id,
    item_id: `${doc_id}:${path}`,
    parent_id: null,
    depth: 1,
    label: "",
    style: "",
    ordinal: 1,
    heading: null,
    text,
    is_task,
    topic_id: null,
    char_start: 0,
    char_end: text.length
  };
}
const topicRow = (it: Item, topic_id: string): ItemTopic => ({
  doc_id: it.doc_id,
  item_id: it.item_id,
  topic_id,
  evidence: "",
  source: "heading",
  score: 1
});

describe("coverage(items, itemTopics, topics)", () => {
  const a = item("d1", "1", "一、总则\n", false);
  const b = item("d1", "1.1", "1.执法 检查。", true);
  const c = item("d1", "1.2", "2.行政复议。", true);
  const d = item("d1", "1.3", "3.执法。", true);
  const e = item("d2", "1", "前言", false);
  const rows = coverage(
    [a, b, c, d, e],
    [topicRow(a, "other"), topicRow(b, "enforcement"), topicRow(c, "disputes"), topicRow(d, "enforcement")],
    topicTable()
  );
  const pick = (doc_id: string, topic_id: string) => rows.find((r) => r.doc_id === doc_id && r.topic_id === topic_id);

  it("has one row per document × topic, zero rows included, documents in order and topics in taxonomy order", () => {
    expect(rows.length).toBe(20);
    expect(rows.slice(0, 10).map((r) => r.topic_id)).toEqual(topicTable().map((t) => t.topic_id));
    expect(pick("d1", "digital")).toEqual({
      doc_id: "d1",
      topic_id: "digital",
      items: 0,
      all_items: 0,
      chars: 0,
      share_items: 0,
      share_chars: 0
    });
  });

  it.each([
    // d1 has 3 tasks and 4 + 7 + 7 + 5 = 23 non-whitespace characters
    ["d1", "enforcement", {items: 2, all_items: 2, chars: 12, share_items: 0.666667, share_chars: 0.521739}],
    ["d1", "disputes", {items: 1, all_items: 1, chars: 7, share_items: 0.333333, share_chars: 0.304348}],
    ["d1", "other", {items: 0, all_items: 1, chars: 4, share_items: 0, share_chars: 0.173913}],
    // d2 has no ItemTopic row (counts as other) and no task (share_items 0, not NaN)
    ["d2", "other", {items: 0, all_items: 1, chars: 2, share_items: 0, share_chars: 1}]
  ])("%s × %s → %j", (doc_id, topic_id, expected) => {
    expect(pick(doc_id, topic_id)).toMatchObject(expected);
  });

  it.each([[[]], [null as unknown as Item[]]])("coverage(%j, …) returns []", (items) => {
    expect(coverage(items, [], topicTable())).toEqual([]);
  });
});

describe("coverage on a seed (巴音郭楞 2024 work points, topics from headings)", () => {
  const items = seedItems("bayingol", readSeed("bayingol-2024-work-points"));
  // Character tokens: the lexicon then matches substrings, enough here since every task has a titled heading.
  const rows = coverage(
    items,
    assignTopics(items, (it) => [...it.text]),
    topicTable()
  );

  it("spreads the 35 tasks over the nine chapter topics and none to other", () => {
    expect(Object.fromEntries(rows.map((r) => [r.topic_id, r.items]))).toEqual({
      functions_business: 6,
      rules_normative: 2,
      decision_making: 4,
      enforcement: 4,
      emergency: 2,
      disputes: 5,
      oversight: 3,
      digital: 3,
      leadership: 6,
      other: 0
    });
  });

  it("shares add up to 1 and characters to the outlined text", () => {
    const sum = (k: "share_items" | "share_chars" | "chars") => rows.reduce((s, r) => s + r[k], 0);
    expect(sum("share_items")).toBeCloseTo(1, 5);
    expect(sum("share_chars")).toBeCloseTo(1, 5);
    expect(sum("chars")).toBe(items.reduce((s, it) => s + it.text.replace(/\s/g, "").length, 0));
  });
});
