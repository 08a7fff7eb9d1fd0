import {describe, expect, test} from "vitest";
import {
  followPlanFiles,
  followPlanIndex,
  followTarget,
  followTasks,
  shownSimilarity
} from "../../loaders/site/follow-plan-files.ts";
import type {FollowThroughRow} from "../../loaders/site/follow-through.ts";

const row = (item: string, status: FollowThroughRow["status"], report: string | null, similarity: number | null) =>
  ({
    row_kind: "task",
    status,
    plan_doc_id: "p",
    plan_item_id: `p:${item}`,
    plan_char_start: Number(item) * 10,
    plan_char_end: Number(item) * 10 + 5,
    plan_quote: `task ${item}`,
    report_doc_id: report,
    report_item_id: report && `${report}:7`,
    report_char_start: report && 70,
    report_char_end: report && 75,
    report_quote: report && `passage of ${report}`,
    similarity
  }) as FollowThroughRow;

describe("followTasks(rows)", () => {
  test("a task matched in one report and not mentioned in another is matched, with its passages; in text order", () => {
    const tasks = followTasks([
      row("2", "not_mentioned", "r1", 0.1),
      row("1", "matched", "r1", 0.3),
      row("2", "not_mentioned", "r2", 0.15),
      row("1", "not_mentioned", "r2", 0.05)
    ]);
    expect(tasks.map((d) => [d.item_id, d.status, d.best, d.matches.map((m) => m.report_doc_id)])).toEqual([
      ["p:1", "matched", 0.3, ["r1"]],
      ["p:2", "not_mentioned", 0.15, []]
    ]);
    expect(tasks[0]).toEqual({
      item_id: "p:1",
      char_start: 10,
      char_end: 15,
      status: "matched",
      best: 0.3,
      matches: [
        {
          report_doc_id: "r1",
          report_char_start: 70,
          report_char_end: 75,
          report_quote: "passage of r1",
          similarity: 0.3
        }
      ]
    });
  });

  test("keeps no text of the plan (the page reads it from the plan's bundle) and similarities as shown, two decimals", () => {
    const [task] = followTasks([row("1", "matched", "r1", 0.376543), row("1", "not_mentioned", "r2", 0.125)]);
    expect("quote" in task).toBe(false);
    expect([task.best, task.matches[0].similarity]).toEqual([0.38, 0.38]);
    expect([shownSimilarity(0.125), shownSimilarity(0.199999), shownSimilarity(0.2)]).toEqual([0.13, 0.2, 0.2]);
    for (const x of [0.004999, 0.125, 0.376543, 0.994999, 1]) expect(shownSimilarity(x).toFixed(2)).toBe(x.toFixed(2));
  });

  test("a task without a later report stays no_report with no best similarity; no rows give []", () => {
    expect(followTasks([row("1", "no_report", null, null)]).map((d) => [d.status, d.best])).toEqual([
      ["no_report", null]
    ]);
    expect(followTasks([])).toEqual([]);
  });
});

// The seeds' genres and codes: 东胜区's 2022 plan has 鄂尔多斯市's 2023 report; 巴音郭楞's 2024 work points none.
const doc = (doc_id: string, doc_type: string, adcode: string, year: number, jurisdiction: string) => ({
  doc_id,
  doc_type,
  adcode,
  year,
  jurisdiction,
  jurisdiction_en: null
});
const seeds = [
  doc("dongsheng-2022-plan", "task_plan", "150602", 2022, "东胜区"),
  doc("liaoyang-2015-opinion", "implementation_opinion", "211000", 2015, "辽阳市"),
  doc("pingcheng-2020-report", "annual_report", "140213", 2020, "平城区"),
  doc("ordos-2023-report", "annual_report", "150600", 2023, "鄂尔多斯市"),
  doc("bayingol-2024-work-points", "work_points", "652800", 2024, "巴音郭楞蒙古自治州")
];

describe("followPlanFiles(documents, rows)", () => {
  const target = {
    ...row("9", "matched", "ordos-2023-report", null),
    row_kind: "indicator",
    plan_doc_id: "dongsheng-2022-plan"
  } as FollowThroughRow;
  const rows = [
    {...row("2", "not_mentioned", "ordos-2023-report", 0.1), plan_doc_id: "dongsheng-2022-plan"},
    {...row("1", "matched", "ordos-2023-report", 0.4), plan_doc_id: "dongsheng-2022-plan"},
    target,
    {...row("1", "no_report", null, null), plan_doc_id: "bayingol-2024-work-points"},
    {...row("1", "no_report", null, null), plan_doc_id: "not-a-plan"} // a row of no plan of the corpus: left out
  ];
  const files = followPlanFiles(seeds, rows);

  test("gives every plan a file, reports and tasks only in its own, in the documents' order", () => {
    expect([...files.keys()]).toEqual(["dongsheng-2022-plan", "liaoyang-2015-opinion", "bayingol-2024-work-points"]);
    const dongsheng = files.get("dongsheng-2022-plan")!;
    expect(dongsheng.reports).toEqual([
      {
        doc_id: "ordos-2023-report",
        jurisdiction: "鄂尔多斯市",
        jurisdiction_en: null,
        year: 2023,
        doc_type: "annual_report",
        relation: "parent"
      }
    ]);
    expect(dongsheng.tasks.map((t) => [t.item_id, t.status])).toEqual([
      ["p:1", "matched"],
      ["p:2", "not_mentioned"]
    ]);
    expect(dongsheng.targets).toEqual([followTarget(target)]);
    expect(Object.keys(dongsheng.targets[0])).not.toContain("plan_quote");
    expect(files.get("bayingol-2024-work-points")).toMatchObject({reports: [], targets: []});
    expect(files.get("bayingol-2024-work-points")!.tasks.map((t) => t.status)).toEqual(["no_report"]);
    expect(files.get("liaoyang-2015-opinion")).toEqual({
      plan_doc_id: "liaoyang-2015-opinion",
      reports: [],
      tasks: [],
      targets: []
    });
  });

  test("gives an empty map without documents", () => {
    expect(followPlanFiles([], rows).size).toBe(0);
  });
});

describe("followTarget(row)", () => {
  test("keeps the columns the target table shows, the actual's quote but not the plan's (read from the plan's text)", () => {
    const r = {
      ...row("9", "matched", "ordos-2023-report", null),
      row_kind: "indicator",
      plan_year: 2022,
      report_year: 2023,
      relation: "parent",
      indicator_id: "x",
      target_row_id: "p:t1",
      target_value: 90,
      target_unit: "%",
      target_year: 2025,
      actual_row_id: "r:a1",
      actual_value: 92,
      actual_unit: "%",
      actual_year: 2023
    } as FollowThroughRow;
    expect(followTarget(r)).toEqual({
      status: "matched",
      plan_doc_id: "p",
      plan_char_start: 90,
      plan_char_end: 95,
      report_doc_id: "ordos-2023-report",
      report_char_start: 70,
      report_char_end: 75,
      report_quote: "passage of ordos-2023-report",
      indicator_id: "x",
      target_value: 90,
      target_unit: "%",
      target_year: 2025,
      actual_value: 92,
      actual_unit: "%",
      actual_year: 2023
    });
  });
});

describe("followPlanIndex(documents)", () => {
  test("lists the seeds' three plans with their later reports' count and label columns, no report", () => {
    expect(followPlanIndex(seeds)).toEqual([
      {
        doc_id: "dongsheng-2022-plan",
        jurisdiction: "东胜区",
        jurisdiction_en: null,
        year: 2022,
        doc_type: "task_plan",
        n_reports: 1
      },
      {
        doc_id: "liaoyang-2015-opinion",
        jurisdiction: "辽阳市",
        jurisdiction_en: null,
        year: 2015,
        doc_type: "implementation_opinion",
        n_reports: 0
      },
      {
        doc_id: "bayingol-2024-work-points",
        jurisdiction: "巴音郭楞蒙古自治州",
        jurisdiction_en: null,
        year: 2024,
        doc_type: "work_points",
        n_reports: 0
      }
    ]);
    expect(followPlanIndex([])).toEqual([]);
  });
});
