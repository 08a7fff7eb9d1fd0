import {describe, expect, test} from "vitest";
import {agencySummary} from "../../loaders/site/agency-summary.ts";
import {taskShares} from "../../loaders/site/task-shares.ts";
import {workloadUnits, workloadView} from "../../src/components/workload-view.ts";

const agencies = [
  {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau", kind: "government" as const},
  {agency_id: "office", name_zh: "政府办", name_en: "Government Office", kind: "government" as const},
  {agency_id: "towns", name_zh: "各镇", name_en: "", kind: "collective" as const}
];
const doc = (doc_id: string, province: string, year: number, n_tasks: number) => ({
  doc_id,
  jurisdiction: doc_id,
  jurisdiction_en: null,
  province,
  year,
  n_tasks
});
const a = (doc_id: string, item: string, agency_id: string, role: "lead" | "support" = "lead") => ({
  doc_id,
  item_id: `${doc_id}:${item}`,
  role,
  agency_raw: agency_id,
  agency_id,
  is_collective: agency_id === "towns"
});

describe("agencySummary(documents, assignments, agencies)", () => {
  test("gives empty lists for empty tables", () => {
    expect(agencySummary([], [], [])).toEqual({
      mode: "documents",
      agencies: [],
      units: [],
      rows: [],
      pairs: [],
      assignments: {},
      no_units: [],
      no_units_total: 0
    });
  });

  test("per document while at most 40 documents assign units: tasks counted once per agency and role, shares of the document's tasks", () => {
    const s = agencySummary(
      [doc("x", "P", 2022, 4), doc("y", "Q", 2023, 2), doc("none", "P", 2022, 5)],
      [
        a("x", "1", "justice"),
        a("x", "1", "justice"),
        a("x", "1", "office"),
        a("x", "2", "justice"),
        a("y", "1", "office", "support"),
        a("y", "1", "towns")
      ],
      agencies
    );
    expect(s.mode).toBe("documents");
    expect(s.units.map((u) => [u.doc_id, u.documents])).toEqual([
      ["x", 1],
      ["y", 1]
    ]);
    expect(s.rows).toEqual([
      {agency_id: "justice", role: "lead", tasks: [2, 0], share: [0.5, 0]},
      {agency_id: "office", role: "lead", tasks: [1, 0], share: [0.25, 0]},
      {agency_id: "office", role: "support", tasks: [0, 1], share: [0, 0.5]},
      {agency_id: "towns", role: "lead", tasks: [0, 1], share: [0, 0.5]}
    ]);
    expect(s.pairs).toEqual([{a_id: "justice", b_id: "office", tasks: 1}]);
    expect(s.assignments).toEqual({justice: 3, office: 2, towns: 1});
    expect([s.no_units, s.no_units_total]).toEqual([
      [{doc_id: "none", jurisdiction: "none", jurisdiction_en: null, province: "P", year: 2022}],
      1
    ]);
  });

  test("per province and year, then per province over all years, above 40 documents, counting the documents that assign units", () => {
    // P: 20 documents of 2022 where justice leads 1 of 2 tasks, 10 of 2023 where it leads 1 of 4; Q: 11 of 2022.
    const docs = Array.from({length: 41}, (_, k) =>
      k < 20 ? doc(`d${k}`, "P", 2022, 2) : k < 30 ? doc(`d${k}`, "P", 2023, 4) : doc(`d${k}`, "Q", 2022, 2)
    );
    const s = agencySummary(
      docs,
      docs.map((d) => a(d.doc_id, "1", "justice")),
      agencies
    );
    expect(s.mode).toBe("groups");
    const unit = {doc_id: null, jurisdiction: null, jurisdiction_en: null};
    expect(s.units).toEqual([
      {...unit, province: "P", year: 2022, documents: 20},
      {...unit, province: "P", year: 2023, documents: 10},
      {...unit, province: "Q", year: 2022, documents: 11},
      {...unit, province: "P", year: null, documents: 30, all_years: true},
      {...unit, province: "Q", year: null, documents: 11, all_years: true}
    ]);
    // P over all years: 30 tasks, and the mean of its 30 documents' shares, (20 × 0.5 + 10 × 0.25) / 30.
    expect(s.rows).toEqual([
      {agency_id: "justice", role: "lead", tasks: [20, 10, 11, 30, 11], share: [0.5, 0.25, 0.5, 0.4167, 0.5]}
    ]);
    // All years draws one column per province, a year one per province in that year: no document counted twice.
    const columns = (year: number | null) =>
      workloadView(s, {units: workloadUnits(s, {year})}).map((c) => c.jurisdiction);
    expect(columns(null)).toEqual(["P", "Q"]);
    expect(columns(2022)).toEqual(["P 2022", "Q 2022"]);
    expect(workloadView(s).map((c) => c.tasks)).toEqual([30, 11]);
  });

  test("per province and year, a cell's share is the mean of per-document shares (0.3), not pooled (0.2), as taskShares", () => {
    // 41 documents: in P 2022 justice leads 5 of a's 10 tasks and 3 of b's 30; the other 39 (Q 2022) force groups.
    const docs = [doc("a", "P", 2022, 10), doc("b", "P", 2022, 30)];
    const rest = Array.from({length: 39}, (_, k) => doc(`q${k}`, "Q", 2022, 1));
    const items = (d: string, n: number) => Array.from({length: n}, (_, i) => a(d, `${i + 1}`, "justice"));
    const assignments = [...items("a", 5), ...items("b", 3), ...rest.map((d) => a(d.doc_id, "1", "office"))];
    const s = agencySummary([...docs, ...rest], assignments, agencies);
    expect(s.mode).toBe("groups");
    const justice = s.rows.find((r) => r.agency_id === "justice")!;
    expect([justice.tasks[0], justice.share[0]]).toEqual([8, 0.3]);
    expect(workloadView(s, {units: [0]}).map((c) => [c.agency_id, c.tasks, c.share])).toEqual([["justice", 8, 0.3]]);
    expect(taskShares(assignments, docs).get("justice")).toBeCloseTo(justice.share[0], 10);
  });
});
