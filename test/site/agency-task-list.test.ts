import {describe, expect, test} from "vitest";
import {agencyTaskList} from "../../loaders/site/agency-task-list.ts";

describe("agencyTaskList(assignments, items, documents)", () => {
  test("gives {} for empty tables", () => {
    expect(agencyTaskList([], [], [])).toEqual({});
  });

  test("keeps the first `limit` assignments per agency with the task's label and title, and counts them all", () => {
    const assignments = [1, 2, 3].map((k) => ({
      doc_id: "d",
      item_id: `d:${k}`,
      role: "lead" as const,
      agency_raw: "区司法局",
      agency_id: "justice"
    }));
    const items = [
      {item_id: "d:1", label: "1.", heading: "推进依法行政", text: "1.推进依法行政。"},
      {item_id: "d:2", label: "2.", heading: null, text: "2." + "很长".repeat(40)}
    ];
    const lists = agencyTaskList(
      assignments,
      items,
      [{doc_id: "d", jurisdiction: "东胜区", jurisdiction_en: "Dongsheng", year: 2022}],
      {limit: 2}
    );
    expect(lists.justice.total).toBe(3);
    expect(lists.justice.rows).toEqual([
      {
        doc_id: "d",
        item_id: "d:1",
        role: "lead",
        agency_raw: "区司法局",
        jurisdiction: "东胜区",
        jurisdiction_en: "Dongsheng",
        year: 2022,
        label: "1.",
        title: "推进依法行政"
      },
      {
        doc_id: "d",
        item_id: "d:2",
        role: "lead",
        agency_raw: "区司法局",
        jurisdiction: "东胜区",
        jurisdiction_en: "Dongsheng",
        year: 2022,
        label: "2.",
        title: ("2." + "很长".repeat(40)).slice(0, 60)
      }
    ]);
  });
});
