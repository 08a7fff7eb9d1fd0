import {describe, expect, test} from "vitest";
import {followHref, followStatusLabel, followTasks} from "../../src/components/follow-view.ts";
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
  });

  test("a task without a later report stays no_report with no best similarity; no rows give []", () => {
    expect(followTasks([row("1", "no_report", null, null)]).map((d) => [d.status, d.best])).toEqual([
      ["no_report", null]
    ]);
    expect(followTasks([])).toEqual([]);
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
