import {parentAdcode} from "./parent-adcode.ts";

/** The documents columns the pairing reads. */
export interface FollowDocument {
  doc_id: string;
  doc_type: string | null;
  adcode: string | null;
  year: number | null;
}

/** How a later report relates to the plan's jurisdiction. */
export type FollowRelation = "same" | "parent" | "child";

/** Genres that set out tasks to be done: a plan, an opinion, work points. */
export const planTypes = ["task_plan", "implementation_opinion", "work_points"];

/** Genres that report what was done. */
export const reportTypes = ["annual_report"];

/**
 * The relations a report may have to a plan, tried in order: the same jurisdiction, the level above it, a
 * jurisdiction under it. A new relation is one entry.
 */
export const followRelations: {relation: FollowRelation; test: (plan: string, report: string) => boolean}[] = [
  {relation: "same", test: (plan, report) => plan === report},
  {relation: "parent", test: (plan, report) => parentAdcode(plan) === report},
  {relation: "child", test: (plan, report) => parentAdcode(report) === plan}
];

export interface FollowPair {
  plan: string;
  report: string;
  relation: FollowRelation;
}

/**
 * The later reports of each plan: every report (`reportTypes`) whose adcode is the plan's own, its parent's or a
 * child's (`followRelations`) and whose year is the plan's year or later (a report covers the year it is about, so
 * the 2024 report answers the 2024 work points). Plans (`planTypes`) without an adcode or a year get no reports.
 * Pairs come plan by plan in the documents' order, reports by year then doc_id; no documents give [].
 */
export function followPairs(documents: readonly FollowDocument[]): FollowPair[] {
  const reports = documents
    .filter((d) => reportTypes.includes(d.doc_type ?? "") && d.adcode != null && d.year != null)
    .sort((a, b) => a.year! - b.year! || a.doc_id.localeCompare(b.doc_id));
  const pairs: FollowPair[] = [];
  for (const plan of documents) {
    if (!planTypes.includes(plan.doc_type ?? "") || plan.adcode == null || plan.year == null) continue;
    for (const report of reports) {
      if (report.year! < plan.year) continue;
      const rule = followRelations.find((r) => r.test(plan.adcode!, report.adcode!));
      if (rule) pairs.push({plan: plan.doc_id, report: report.doc_id, relation: rule.relation});
    }
  }
  return pairs;
}
