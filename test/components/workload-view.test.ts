import {describe, expect, test} from "vitest";
import {coLeadRows, workloadView, type AgencySummary} from "../../src/components/workload-view.ts";

const agencies = [
  {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau", kind: "government"},
  {agency_id: "towns", name_zh: "各镇", name_en: "", kind: "collective"}
];
const unit = (doc_id: string | null, province: string, year: number, documents = 1) => ({
  doc_id,
  jurisdiction: doc_id,
  jurisdiction_en: null,
  province,
  year,
  documents
});

describe("workloadView(summary, options)", () => {
  const perDocument: AgencySummary = {
    mode: "documents",
    agencies,
    units: [unit("x", "P", 2022), unit("y", "Q", 2023)],
    rows: [
      {agency_id: "justice", role: "lead", tasks: [3, 0], share: [0.3, 0]},
      {agency_id: "towns", role: "lead", tasks: [1, 2], share: [0.1, 0.4]},
      {agency_id: "justice", role: "support", tasks: [0, 5], share: [0, 0.5]}
    ],
    pairs: [],
    assignments: {}
  };

  test("gives [] for an empty summary", () => {
    expect(workloadView({...perDocument, units: [], rows: []})).toEqual([]);
  });

  test("per document: one row per agency and document with tasks, in the role and the filters", () => {
    expect(workloadView(perDocument).map((r) => [r.agency_id, r.jurisdiction, r.tasks, r.share, r.collective])).toEqual(
      [
        ["justice", "x 2022", 3, 0.3, false],
        ["towns", "x 2022", 1, 0.1, true],
        ["towns", "y 2023", 2, 0.4, true]
      ]
    );
    expect(workloadView(perDocument, {role: "support", province: "Q"}).map((r) => [r.agency, r.tasks])).toEqual([
      ["司法局", 5]
    ]);
    expect(workloadView(perDocument, {year: 2021})).toEqual([]);
  });

  test("per province and year: one row per agency, tasks summed, share averaged over the selected documents", () => {
    const grouped: AgencySummary = {
      ...perDocument,
      mode: "groups",
      units: [unit(null, "P", 2022, 10), unit(null, "P", 2023, 30), unit(null, "Q", 2022, 60)],
      rows: [{agency_id: "justice", role: "lead", tasks: [10, 20, 60], share: [2, 6, 12]}]
    };
    expect(workloadView(grouped, {province: "P", totalLabel: (n) => `${n} 份`})).toEqual([
      {
        agency_id: "justice",
        agency: "司法局",
        agency_en: "Justice Bureau",
        kind: "government",
        collective: false,
        role: "lead",
        doc_id: "",
        jurisdiction: "40 份",
        tasks: 30,
        share: 0.2
      }
    ]);
    expect(workloadView(grouped)[0].share).toBe(0.2);
  });
});

describe("coLeadRows(pairs, name)", () => {
  test("gives each pair in both orientations with names; none gives []", () => {
    expect(coLeadRows([], String)).toEqual([]);
    expect(coLeadRows([{a_id: "a", b_id: "b", tasks: 2}], (id) => id.toUpperCase())).toEqual([
      {a: "A", b: "B", a_id: "a", b_id: "b", tasks: 2},
      {a: "B", b: "A", a_id: "b", b_id: "a", tasks: 2}
    ]);
  });
});
