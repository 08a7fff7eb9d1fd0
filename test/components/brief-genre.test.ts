import {expect, test} from "vitest";
import {countOf, crossGenre, genreCaveat} from "../../src/components/brief-genre.ts";

const report = {documents: [{doc_type: "annual_report"}], others: {doc_types: ["annual_report", "task_plan"]}};
const reports = {documents: [{doc_type: "annual_report"}], others: {doc_types: ["annual_report"]}};
const plans = {documents: [{doc_type: "task_plan"}], others: {doc_types: ["work_points", "implementation_opinion"]}};
type B = Parameters<typeof crossGenre>[0];

test("crossGenre(b) is true when a report is compared with plans, false within one genre or with no others", () => {
  expect([report, reports, plans, {...report, others: {doc_types: []}}].map((b) => crossGenre(b as B))).toEqual([
    true,
    false,
    false,
    false
  ]);
});

test("genreCaveat(b, lang) names both genres next to a cross-genre comparison, and is empty otherwise", () => {
  expect(genreCaveat(report as B, "zh")).toBe(
    "注意：本地区依据年度报告（写结果），其他地区还有任务分解方案（写目标）；占比只说明文件写了什么，不宜直接比较。"
  );
  expect(genreCaveat(report as B, "en")).toBe(
    "Note: this rests on Annual report (results), the others also on Task plan (goals): shares show what each document writes about and are not directly comparable."
  );
  expect(genreCaveat(plans as B, "zh")).toBe("");
});

test("countOf(n, total, lang) says 2 of 18 items", () => {
  expect([countOf(2, 18, "en"), countOf(2, 18, "zh"), countOf(0, 1, "en")]).toEqual([
    "2 of 18 items",
    "18 项中的 2 项",
    "0 of 1 item"
  ]);
});
