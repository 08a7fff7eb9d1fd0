import {describe, expect, test} from "vitest";
import {indicatorSummary} from "../../loaders/site/indicator-summary.ts";

const catalogue = [
  {indicator_id: "cases", name_zh: "案件", name_en: "Cases"},
  {indicator_id: "unused", name_zh: "无", name_en: "None"}
];
const row = (
  k: number,
  value: number,
  {
    indicator_id = "cases" as string | null,
    year = 2022,
    kind = "actual",
    doc_id = `d${k}`,
    flag = null as string | null
  } = {}
) => ({
  indicator_row_id: `${doc_id}:n${k}`,
  doc_id,
  indicator_id,
  subject: "案件",
  value,
  unit: "件",
  approx: k === 0,
  kind,
  year,
  quote: `案件${value}件`,
  char_start: 10,
  char_end: 15,
  flag
});
const docs = (n: number) =>
  Array.from({length: n}, (_, k) => ({
    doc_id: `d${k}`,
    jurisdiction: `J${k}`,
    jurisdiction_en: null,
    province: k % 2 ? "乙省" : "甲省",
    doc_type: "annual_report"
  }));

describe("indicatorSummary(rows, documents, catalogue)", () => {
  test("gives no options for no rows", () => {
    expect(indicatorSummary([], [], catalogue)).toEqual({
      documents: [],
      options: [],
      default_indicator: null,
      jurisdictions: [],
      indicators: {}
    });
  });

  test("lists the corpus's documents (for the rows of those without a value) while they are at most 40", () => {
    const listed = indicatorSummary([row(0, 5)], [{...docs(2)[0], year: 2022}, docs(2)[1]], catalogue).documents;
    expect(listed).toEqual([
      {doc_id: "d0", jurisdiction: "J0", jurisdiction_en: null, doc_type: "annual_report", year: 2022},
      {doc_id: "d1", jurisdiction: "J1", jurisdiction_en: null, doc_type: "annual_report", year: null}
    ]);
    expect(indicatorSummary([row(0, 5)], docs(40), catalogue).documents).toHaveLength(40);
    expect(indicatorSummary([row(0, 5)], docs(41), catalogue).documents).toEqual([]);
  });

  test("keeps every point (with its document's jurisdiction) while there are few, and leaves unclassified rows out", () => {
    const s = indicatorSummary([row(0, 5), row(1, 7, {indicator_id: null})], docs(2), catalogue);
    expect(s.options).toEqual([{indicator_id: "cases", name_zh: "案件", name_en: "Cases", count: 1}]);
    expect(s.indicators.cases.boxes).toBeNull();
    expect(s.indicators.cases.points).toEqual([
      {
        indicator_row_id: "d0:n0",
        doc_id: "d0",
        jurisdiction: "J0",
        jurisdiction_en: null,
        province: "甲省",
        doc_type: "annual_report",
        year: 2022,
        indicator_id: "cases",
        subject: "案件",
        value: 5,
        unit: "件",
        approx: true,
        kind: "actual",
        quote: "案件5件",
        char_start: 10,
        char_end: 15,
        flag: null
      }
    ]);
    expect(s.indicators.cases).toMatchObject({
      doc_types: ["annual_report"],
      years: [2022],
      units: ["件"],
      kinds: ["actual"]
    });
  });

  test("above pointLimit gives quartiles per unit, year and kind, citing the quotes of min, median and max", () => {
    const rows = [4, 1, 3, 2, 100].map((v, k) => row(k, v)).concat([row(5, 9, {year: 2023, kind: "target"})]);
    const s = indicatorSummary(rows, docs(6), catalogue, {pointLimit: 3});
    expect(s.indicators.cases.points).toBeNull();
    const [box, target] = s.indicators.cases.boxes!;
    expect(box).toMatchObject({
      unit: "件",
      year: 2022,
      kind: "actual",
      n: 5,
      approx: 1,
      min: 1,
      q1: 2,
      median: 3,
      q3: 4,
      max: 100
    });
    expect(box.cites.median).toEqual({
      indicator_row_id: "d2:n2",
      doc_id: "d2",
      jurisdiction: "J2",
      jurisdiction_en: null,
      value: 3,
      quote: "案件3件",
      char_start: 10,
      char_end: 15
    });
    expect([box.cites.min.value, box.cites.max.indicator_row_id]).toEqual([1, "d4:n4"]);
    expect(target).toMatchObject({year: 2023, kind: "target", n: 1, min: 9, median: 9, max: 9});
  });

  test("counts per province the values and the documents reporting them; a value without a province is left out", () => {
    const rows = [row(0, 1), row(1, 2), row(2, 3), row(3, 4, {doc_id: "d2"}), row(4, 5, {doc_id: "nowhere"})];
    expect(indicatorSummary(rows, docs(3), catalogue).indicators.cases.provinces).toEqual([
      {province: "乙省", values: 1, documents: 1},
      {province: "甲省", values: 3, documents: 2}
    ]);
    // Also when the values are drawn as boxes.
    expect(indicatorSummary(rows, docs(3), catalogue, {pointLimit: 1}).indicators.cases.provinces).toHaveLength(2);
  });

  test("draws boxes when the points would name more than 40 jurisdictions, however few they are", () => {
    const rows = Array.from({length: 41}, (_, k) => row(k, k));
    expect(indicatorSummary(rows, docs(41), catalogue).indicators.cases.boxes).toHaveLength(1);
    expect(indicatorSummary(rows.slice(0, 40), docs(41), catalogue).indicators.cases.points).toHaveLength(40);
  });

  test("keeps an implausible value's flag on its point, and leaves it out of the boxes but lists it apart", () => {
    const implausible = row(9, 249070000, {flag: "249070000 件 exceeds the plausible maximum of 10000000"});
    const few = indicatorSummary([row(0, 5), implausible], docs(10), catalogue);
    expect(few.indicators.cases.points!.map((p) => p.flag)).toEqual([null, implausible.flag]);
    const many = indicatorSummary([1, 2, 3].map((v, k) => row(k, v)).concat(implausible), docs(10), catalogue, {
      pointLimit: 2
    });
    expect(many.indicators.cases.boxes).toMatchObject([{n: 3, max: 3}]);
    expect(many.indicators.cases.flagged.map((p) => p.value)).toEqual([249070000]);
  });

  test("names every jurisdiction of the corpus in code-point order (the colour domain) and the default indicator", () => {
    const s = indicatorSummary([row(0, 5), row(1, 6)], docs(3).reverse(), catalogue);
    expect(s.jurisdictions).toEqual(["J0", "J1", "J2"]);
    expect(s.default_indicator).toBe("cases");
  });
});
