import {describe, expect, test} from "vitest";
import {
  followDefaultPlan,
  followDocLabel,
  followHref,
  followPlanFormat,
  followPlanQuotes,
  followReportLabels,
  followStatusLabel
} from "../../src/components/follow-view.ts";

const plan = (doc_id: string, jurisdiction: string, year: number, doc_type: string, n_reports: number) => ({
  doc_id,
  jurisdiction,
  jurisdiction_en: jurisdiction === "东胜区" ? "Dongsheng District" : null,
  year,
  doc_type,
  n_reports
});
const plans = [
  plan("liaoyang-2015-opinion", "辽阳市", 2015, "implementation_opinion", 0),
  plan("dongsheng-2022-plan", "东胜区", 2022, "task_plan", 1),
  plan("bayingol-2024-work-points", "巴音郭楞蒙古自治州", 2024, "work_points", 0)
];

describe("followDocLabel(doc, lang), followPlanFormat(plans, lang), followReportLabels(file, lang)", () => {
  test("label a document by jurisdiction, year and genre, a plan with its count of later reports, in both languages", () => {
    expect(followDocLabel({...plans[1], doc_type: "annual_report"}, "zh")).toBe("东胜区 2022 年度报告");
    const zh = followPlanFormat(plans, "zh");
    const en = followPlanFormat(plans, "en");
    expect([zh("dongsheng-2022-plan"), en("dongsheng-2022-plan"), zh("liaoyang-2015-opinion")]).toEqual([
      "东胜区 2022 任务分解方案 (后续报告 1)",
      "Dongsheng District 2022 Task plan (later reports 1)",
      "辽阳市 2015 实施意见 (后续报告 0)"
    ]);
    expect(zh("not-a-plan")).toBe("not-a-plan");
  });

  test("label the reports of a plan's file, and give an unknown doc_id back as it is", () => {
    const label = followReportLabels(
      {
        reports: [
          {
            doc_id: "ordos-2023-report",
            jurisdiction: "鄂尔多斯市",
            jurisdiction_en: "Ordos City",
            year: 2023,
            doc_type: "annual_report",
            relation: "parent"
          }
        ]
      },
      "en"
    );
    expect([label("ordos-2023-report"), label("other")]).toEqual(["Ordos City 2023 Annual report", "other"]);
  });
});

describe("followDefaultPlan(plans)", () => {
  test("opens the first plan with a later report, else the first plan; no plans give null", () => {
    expect(followDefaultPlan(plans)).toBe("dongsheng-2022-plan");
    expect(followDefaultPlan([plans[0], plans[2]])).toBe("liaoyang-2015-opinion");
    expect(followDefaultPlan([])).toBeNull();
  });
});

describe("followStatusLabel(status, lang) and followHref(doc)", () => {
  test("tells 'no later report' apart from 'not mentioned' in both languages", () => {
    expect(["not_mentioned", "no_report"].map((s) => followStatusLabel(s, "zh"))).toEqual([
      "有报告，未提及",
      "未找到后续报告"
    ]);
    expect(["not_mentioned", "no_report"].map((s) => followStatusLabel(s, "en"))).toEqual([
      "report found, task not mentioned",
      "no later report found"
    ]);
  });

  test("links plans to /follow and gives null for a report", () => {
    expect(followHref({doc_id: "dongsheng-2022-plan", doc_type: "task_plan"})).toBe(
      "./follow?plan=dongsheng-2022-plan"
    );
    expect(followHref({doc_id: "ordos-2023-report", doc_type: "annual_report"})).toBeNull();
  });
});

describe("followPlanQuotes(file, text)", () => {
  test("reads each task's and target's quote from the plan's text by its offsets, the rest as it was", () => {
    const text = "一、（一）推进依法行政。目标：法治政府建设率达到95%以上。";
    const task = {item_id: "p:1", char_start: 5, char_end: 11, status: "no_report" as const, best: null, matches: []};
    const target = {
      status: "no_report" as const,
      plan_doc_id: "p",
      plan_char_start: 15,
      plan_char_end: 29,
      report_doc_id: null,
      report_char_start: null,
      report_char_end: null,
      report_quote: null,
      indicator_id: "rule_of_law_rate",
      target_value: 95,
      target_unit: "%",
      target_year: 2025,
      actual_value: null,
      actual_unit: null,
      actual_year: null
    };
    const plan = followPlanQuotes({plan_doc_id: "p", reports: [], tasks: [task], targets: [target]}, text);
    expect(plan.tasks).toEqual([{...task, quote: "推进依法行政"}]);
    expect(plan.targets).toEqual([{...target, plan_quote: "法治政府建设率达到95%以上"}]);
    expect(followPlanQuotes({plan_doc_id: "q", reports: [], tasks: [], targets: []}, "")).toEqual({
      plan_doc_id: "q",
      reports: [],
      tasks: [],
      targets: []
    });
  });
});
