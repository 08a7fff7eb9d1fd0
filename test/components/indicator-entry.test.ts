import {describe, expect, test} from "vitest";
import type {IndicatorBox, IndicatorPoint, IndicatorSummary} from "../../loaders/site/indicator-summary.ts";
import {indicatorEntry} from "../../src/components/indicator-entry.ts";

const point = (indicator_row_id: string, doc_id: string, jurisdiction: string, province: string): IndicatorPoint => ({
  indicator_row_id,
  doc_id,
  jurisdiction,
  jurisdiction_en: `${jurisdiction} (en)`,
  province,
  doc_type: "annual_report",
  year: 2020,
  indicator_id: "law_lectures",
  subject: "法治讲座",
  value: 10,
  unit: "次",
  approx: false,
  kind: "actual",
  quote: "举办法治讲座10次",
  char_start: 0,
  char_end: 9,
  flag: null
});
const cite = (doc_id: string, quote: string) => ({
  indicator_row_id: `${doc_id}#n1`,
  doc_id,
  jurisdiction: "平城区",
  jurisdiction_en: "Pingcheng",
  value: 5,
  quote,
  char_start: 0,
  char_end: 4
});
const box: IndicatorBox = {
  unit: "件",
  year: 2021,
  kind: "actual",
  n: 3,
  approx: 0,
  min: 1,
  q1: 2,
  median: 5,
  q3: 7,
  max: 9,
  cites: {min: cite("a", "一件"), median: cite("b", "五件"), max: cite("c", "九件")}
};
const rest = {flagged: [], doc_types: [], years: [], units: [], kinds: []};
const doc = (doc_id: string, jurisdiction: string) => ({
  doc_id,
  jurisdiction,
  jurisdiction_en: `${jurisdiction} (en)`,
  doc_type: "annual_report",
  year: 2020
});
const summary: IndicatorSummary = {
  documents: [doc("pingcheng", "平城区"), doc("ordos", "鄂尔多斯市"), doc("liaoyang", "辽阳市")],
  options: [],
  default_indicator: "law_lectures",
  jurisdictions: [],
  indicators: {
    law_lectures: {
      ...rest,
      points: [
        point("pingcheng#n1", "pingcheng", "平城区", "山西省"),
        point("ordos#n1", "ordos", "鄂尔多斯市", "内蒙古自治区")
      ],
      boxes: null,
      provinces: [
        {province: "内蒙古自治区", values: 1, documents: 1},
        {province: "山西省", values: 1, documents: 1}
      ]
    },
    cases: {...rest, points: null, boxes: [box], provinces: [{province: "山西省", values: 3, documents: 2}]}
  }
};

describe("indicatorEntry(summary, id, lang, province)", () => {
  test("gives the points with the jurisdiction in the page's language, and no boxes", () => {
    const {points, boxes} = indicatorEntry(summary, "law_lectures", "en");
    expect(points?.map((d) => [d.indicator_row_id, d.jurisdiction])).toEqual([
      ["pingcheng#n1", "平城区 (en)"],
      ["ordos#n1", "鄂尔多斯市 (en)"]
    ]);
    expect(boxes).toBe(null);
  });

  test("with a province keeps that province's points, in the entry and in the rows", () => {
    const {entry, points} = indicatorEntry(summary, "law_lectures", "zh", "山西省");
    expect(entry.points?.map((d) => d.doc_id)).toEqual(["pingcheng"]);
    expect(points?.map((d) => d.doc_id)).toEqual(["pingcheng"]);
    expect(summary.indicators.law_lectures.points).toHaveLength(2);
  });

  test("flattens each box's median quote into columns; a province leaves the boxes of every province", () => {
    const {points, boxes} = indicatorEntry(summary, "cases", "zh", "内蒙古自治区");
    expect(points).toBe(null);
    expect(boxes).toEqual([{...box, median_quote: "五件", median_doc_id: "b", median_row_id: "b#n1"}]);
  });

  test("gives the tile map's rows: documents as value and values as n per province, with the indicator id", () => {
    expect(indicatorEntry(summary, "cases", "zh").reporting).toEqual([
      {province: "山西省", value: 2, n: 3, indicator_id: "cases"}
    ]);
  });

  test("lists the documents without a drawn point as not reported, in the page's language; none for boxes", () => {
    const zh = indicatorEntry(summary, "law_lectures", "zh", "山西省").notReported;
    expect(zh.map((d) => [d.doc_id, d.jurisdiction, d.value, d.not_reported])).toEqual([
      ["ordos", "鄂尔多斯市", "未报告", true],
      ["liaoyang", "辽阳市", "未报告", true]
    ]);
    const en = indicatorEntry(summary, "law_lectures", "en").notReported;
    expect(en.map((d) => [d.doc_id, d.jurisdiction, d.value])).toEqual([["liaoyang", "辽阳市 (en)", "not reported"]]);
    expect(indicatorEntry(summary, "cases", "zh").notReported).toEqual([]);
  });

  test("gives an empty entry for an unknown id or none", () => {
    for (const id of ["nonsense", null, undefined]) {
      const {entry, points, boxes, reporting, notReported} = indicatorEntry(summary, id, "zh");
      expect([entry.points, points, boxes, reporting]).toEqual([[], [], null, []]);
      expect(notReported.map((d) => d.doc_id)).toEqual(["pingcheng", "ordos", "liaoyang"]);
    }
  });
});
