import {describe, expect, test} from "vitest";
import {followPairs, planTypes} from "../../loaders/site/follow-pairs.ts";
import {followPlanTypes} from "../../src/components/follow-view.ts";

// Inner Mongolia: 鄂尔多斯市 150600 with its districts 东胜区 150602 and 康巴什区 150603; the region 150000.
// 呼和浩特市 150100 is a sibling city, 新城区 150102 one of its districts.
const doc = (doc_id: string, doc_type: string, adcode: string | null, year: number | null) => ({
  doc_id,
  doc_type,
  adcode,
  year
});
const documents = [
  doc("dongsheng-plan-2022", "task_plan", "150602", 2022),
  doc("ordos-report-2021", "annual_report", "150600", 2021), // parent, but before the plan: left out
  doc("ordos-report-2023", "annual_report", "150600", 2023), // parent, later: paired
  doc("dongsheng-report-2022", "annual_report", "150602", 2022), // same jurisdiction, same year: paired
  doc("kangbashi-report-2023", "annual_report", "150603", 2023), // a sibling: left out
  doc("region-report-2023", "annual_report", "150000", 2023), // two levels above 东胜区: left out; 鄂尔多斯市's parent
  doc("ordos-points-2023", "work_points", "150600", 2023), // a plan, not a report: left out as a report
  doc("ordos-opinion-2021", "implementation_opinion", "150600", 2021),
  doc("hohhot-report-2024", "annual_report", "150100", 2024),
  doc("xincheng-report-2024", "annual_report", "150102", 2024),
  doc("hohhot-plan-2024", "work_points", "150100", 2024),
  doc("no-code-plan", "task_plan", null, 2022),
  doc("no-year-plan", "task_plan", "150602", null),
  doc("no-code-report", "annual_report", null, 2024)
];

describe("followPairs(documents)", () => {
  test("pairs each plan with the reports of its own, its parent's and its children's adcode of its year or later", () => {
    expect(followPairs(documents)).toEqual([
      {plan: "dongsheng-plan-2022", report: "dongsheng-report-2022", relation: "same"},
      {plan: "dongsheng-plan-2022", report: "ordos-report-2023", relation: "parent"},
      {plan: "ordos-points-2023", report: "kangbashi-report-2023", relation: "child"},
      {plan: "ordos-points-2023", report: "ordos-report-2023", relation: "same"},
      {plan: "ordos-points-2023", report: "region-report-2023", relation: "parent"},
      {plan: "ordos-opinion-2021", report: "ordos-report-2021", relation: "same"},
      {plan: "ordos-opinion-2021", report: "dongsheng-report-2022", relation: "child"},
      {plan: "ordos-opinion-2021", report: "kangbashi-report-2023", relation: "child"},
      {plan: "ordos-opinion-2021", report: "ordos-report-2023", relation: "same"},
      {plan: "ordos-opinion-2021", report: "region-report-2023", relation: "parent"},
      {plan: "hohhot-plan-2024", report: "hohhot-report-2024", relation: "same"},
      {plan: "hohhot-plan-2024", report: "xincheng-report-2024", relation: "child"}
    ]);
  });

  test("gives nothing for a report before the plan's year, a sibling, a grandparent or another genre", () => {
    const reportsOfDongsheng = followPairs(documents)
      .filter((p) => p.plan === "dongsheng-plan-2022")
      .map((p) => p.report);
    expect(reportsOfDongsheng).not.toContain("ordos-report-2021");
    expect(reportsOfDongsheng).not.toContain("kangbashi-report-2023");
    expect(reportsOfDongsheng).not.toContain("region-report-2023");
    expect(reportsOfDongsheng).not.toContain("ordos-points-2023");
  });

  test("gives [] without documents, and pairs nothing for a plan or report without adcode or year", () => {
    expect(followPairs([])).toEqual([]);
    const pairs = followPairs(documents);
    expect(pairs.filter((p) => /no-/.test(p.plan) || /no-/.test(p.report))).toEqual([]);
  });

  test("pairs a municipality's districts with the municipality: 浦东新区 310115 and 上海市 310000, 万州区 500101 and 重庆市", () => {
    expect(
      followPairs([
        doc("pudong-plan-2021", "task_plan", "310115", 2021),
        doc("shanghai-report-2022", "annual_report", "310000", 2022),
        doc("chongqing-points-2023", "work_points", "500000", 2023),
        doc("wanzhou-report-2023", "annual_report", "500101", 2023),
        doc("wanzhou-placeholder-report-2023", "annual_report", "500100", 2023) // 市辖区 as a code: the province's child
      ])
    ).toEqual([
      {plan: "pudong-plan-2021", report: "shanghai-report-2022", relation: "parent"},
      {plan: "chongqing-points-2023", report: "wanzhou-placeholder-report-2023", relation: "child"},
      {plan: "chongqing-points-2023", report: "wanzhou-report-2023", relation: "child"}
    ]);
  });

  test("pairs the seeds' 东胜区 2022 plan with 鄂尔多斯市's 2023 report (parent) and no other seed", () => {
    const seeds = [
      doc("dongsheng-2022-plan", "task_plan", "150602", 2022),
      doc("liaoyang-2015-opinion", "implementation_opinion", "211000", 2015),
      doc("pingcheng-2020-report", "annual_report", "140213", 2020),
      doc("ordos-2023-report", "annual_report", "150600", 2023),
      doc("bayingol-2024-work-points", "work_points", "652800", 2024)
    ];
    expect(followPairs(seeds)).toEqual([
      {plan: "dongsheng-2022-plan", report: "ordos-2023-report", relation: "parent"}
    ]);
  });
});

describe("followPlanTypes (src/components/follow-view.ts)", () => {
  test("lists the genres the pairing treats as plans", () => {
    expect(followPlanTypes).toEqual(planTypes);
  });
});
