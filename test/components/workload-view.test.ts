import {describe, expect, test} from "vitest";
import {
  coLeadHeaders,
  coLeadRows,
  noUnitsDocuments,
  unitKey,
  workloadUnitLabel,
  workloadUnits,
  workloadColumns,
  workloadHeaders,
  workloadView,
  type AgencySummary
} from "../../src/components/workload-view.ts";

const agencies = [
  {agency_id: "justice", name_zh: "司法局", name_en: "Justice Bureau", kind: "government" as const},
  {agency_id: "towns", name_zh: "各镇", name_en: "", kind: "collective" as const}
];
const unit = (doc_id: string | null, province: string, year: number, documents = 1) => ({
  doc_id,
  jurisdiction: doc_id,
  jurisdiction_en: null,
  province,
  year,
  documents
});
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
  assignments: {},
  no_units: [],
  no_units_total: 0
};

describe("workloadUnits(summary, options)", () => {
  test("keeps the units a province and year select and the picker keeps; [] keys keep all", () => {
    expect(workloadUnits({units: []})).toEqual([]);
    expect(workloadUnits(perDocument)).toEqual([0, 1]);
    expect(workloadUnits(perDocument, {province: "Q"})).toEqual([1]);
    expect(workloadUnits(perDocument, {year: 2021})).toEqual([]);
    expect(workloadUnits(perDocument, {keys: ["x"]})).toEqual([0]);
    expect(unitKey(unit(null, "P", 2022, 3))).toBe("P 2022");
  });

  test('a province over all years (at scale) is keyed "P *" and labelled by its province alone', () => {
    const all = {...unit(null, "内蒙古自治区", 2022, 30), jurisdiction: null, year: null, all_years: true as const};
    expect(unitKey(all)).toBe("内蒙古自治区 *");
    expect(workloadUnitLabel(all, "zh")).toBe("内蒙古自治区");
    expect(workloadUnitLabel(all, "en")).toBe("Inner Mongolia");
  });
});

describe("workloadView(summary, options)", () => {
  test("gives [] for an empty summary", () => {
    expect(workloadView({...perDocument, units: [], rows: []})).toEqual([]);
  });

  test("per document: one cell per agency and document with tasks, in the role and the units given", () => {
    expect(workloadView(perDocument).map((r) => [r.agency_id, r.jurisdiction, r.tasks, r.share, r.collective])).toEqual(
      [
        ["justice", "x 2022", 3, 0.3, false],
        ["towns", "x 2022", 1, 0.1, true],
        ["towns", "y 2023", 2, 0.4, true]
      ]
    );
    expect(workloadView(perDocument, {role: "support", units: [1]}).map((r) => [r.agency, r.tasks])).toEqual([
      ["司法局", 5]
    ]);
    expect(workloadView(perDocument, {units: []})).toEqual([]);
  });

  test("per province and year: a cell per unit with the mean share of its documents, never summed across units", () => {
    const grouped: AgencySummary = {
      ...perDocument,
      mode: "groups",
      units: [unit(null, "P", 2022, 10), unit(null, "P", 2023, 30), unit(null, "Q", 2022, 60)],
      rows: [{agency_id: "justice", role: "lead", tasks: [10, 20, 60], share: [0.2, 0.2, 0.2]}]
    };
    const cells = workloadView(grouped, {units: workloadUnits(grouped, {province: "P"})});
    expect(cells.map((c) => [c.jurisdiction, c.tasks, c.share])).toEqual([
      ["P 2022", 10, 0.2],
      ["P 2023", 20, 0.2]
    ]);
    // However many units and agencies, no cell's share is above 100 %.
    expect(Math.max(...workloadView(grouped).map((c) => c.share))).toBeLessThanOrEqual(1);
  });
});

describe("workloadUnitLabel(unit, lang)", () => {
  test("names a document's unit by its jurisdiction and year, a grouped unit by its province in the page's language", () => {
    const grouped = {...unit(null, "内蒙古自治区", 2022, 3), jurisdiction: null};
    expect(workloadUnitLabel(grouped, "zh")).toBe("内蒙古自治区 2022");
    expect(workloadUnitLabel(grouped, "en")).toBe("Inner Mongolia 2022");
    expect(workloadUnitLabel({...grouped, province: "辽宁省"}, "en")).toBe("Liaoning 2022");
    expect(workloadUnitLabel({...grouped, province: null}, "en")).toBe("? 2022");
  });
});

describe("noUnitsDocuments(summary, options)", () => {
  const silent = {
    no_units: [
      {
        doc_id: "ordos-2023-report",
        jurisdiction: "鄂尔多斯市",
        jurisdiction_en: "Ordos City",
        province: "内蒙古自治区",
        year: 2023
      },
      {
        doc_id: "pingcheng-2020-report",
        jurisdiction: "平城区",
        jurisdiction_en: "Pingcheng District",
        province: "山西省",
        year: 2020
      }
    ]
  };
  test("lists the documents naming no units in the province and year selected, labelled as the heatmap's columns", () => {
    expect(noUnitsDocuments({no_units: []})).toEqual([]);
    expect(noUnitsDocuments(silent).map((d) => [d.doc_id, d.jurisdiction])).toEqual([
      ["ordos-2023-report", "鄂尔多斯市 2023"],
      ["pingcheng-2020-report", "平城区 2020"]
    ]);
    expect(noUnitsDocuments(silent, {province: "山西省", lang: "en"}).map((d) => d.jurisdiction)).toEqual([
      "Pingcheng District 2020"
    ]);
    expect(noUnitsDocuments(silent, {year: 2015})).toEqual([]);
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

describe("workloadHeaders(lang) and coLeadHeaders(lang)", () => {
  test("label every workload column in Chinese, the schema's columns with the schema's labels; none in English", () => {
    const zh = workloadHeaders("zh");
    expect(workloadColumns.map((c) => zh[c])).toEqual([
      "部门编号",
      "部门",
      "部门(英文)",
      "类别",
      "地区",
      "文件编号",
      "角色",
      "任务数",
      "占比"
    ]);
    expect([workloadHeaders("en"), coLeadHeaders("en")]).toEqual([{}, {}]);
    expect(Object.keys(coLeadHeaders("zh"))).toEqual(["a_id", "a", "b_id", "b", "tasks"]);
  });
});
