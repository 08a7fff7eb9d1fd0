import {followPairs, planTypes, type FollowDocument, type FollowRelation} from "./follow-pairs.ts";
import type {FollowThroughRow} from "./follow-through.ts";

/** The documents columns a plan's file and the plans' index read. */
export interface FollowLabelDocument extends FollowDocument {
  jurisdiction: string | null;
  jurisdiction_en: string | null;
}

/** A later report as a plan's file lists it: what labels it, and how it relates to the plan's jurisdiction. */
export interface FollowReport {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  doc_type: string | null;
  relation: FollowRelation;
}

/**
 * A report passage that answers a task (a `matched` task row of follow_through, its report columns), its similarity
 * with the two decimals /follow shows (follow_through.parquet keeps the exact value).
 */
export interface FollowMatch {
  report_doc_id: string;
  report_char_start: number;
  report_char_end: number;
  report_quote: string;
  similarity: number;
}

/**
 * One task of a plan over all its later reports: where it is in the plan's text, its status, its best similarity
 * (two decimals, as /follow shows it) and its matched passages. Its text is not repeated here: the page reads it from
 * the plan's own document bundle (the task is texts.text.slice(char_start, char_end), as plan_quote in follow_through).
 */
export interface FollowTask {
  item_id: string;
  char_start: number;
  char_end: number;
  status: "matched" | "not_mentioned" | "no_report";
  /** Best similarity over the reports (null without a report). */
  best: number | null;
  matches: FollowMatch[];
}

/**
 * A target of the plan against one actual (an indicator row of follow_through): the columns /follow's target table
 * shows. The target's quote is read from the plan's text like a task's (plan_char_start, plan_char_end); the
 * actual's quote is carried, since the report's text is not fetched.
 */
export type FollowTarget = Pick<FollowThroughRow, (typeof targetColumns)[number]>;

/** The columns of follow_through a plan's file keeps for a target, in this order (FollowTarget, followTarget). */
const targetColumns = [
  "status",
  "plan_doc_id",
  "plan_char_start",
  "plan_char_end",
  "report_doc_id",
  "report_char_start",
  "report_char_end",
  "report_quote",
  "indicator_id",
  "target_value",
  "target_unit",
  "target_year",
  "actual_value",
  "actual_unit",
  "actual_year"
] as const satisfies readonly (keyof FollowThroughRow)[];

/**
 * What /follow fetches for one plan (`_file/data/follow/<plan_doc_id>.json`), besides the plan's document bundle
 * that holds the text of its tasks and targets. Nothing of the plan's text is repeated here: at 10,000 documents the
 * tasks' text was four fifths of these files.
 */
export interface FollowPlanFile {
  plan_doc_id: string;
  /** Its later reports (followPairs order: by year, then doc_id). */
  reports: FollowReport[];
  /** Its tasks in text order (followTasks). */
  tasks: FollowTask[];
  /** Its indicator rows of follow_through, in the table's order (followTarget). */
  targets: FollowTarget[];
}

/** A similarity as /follow shows it: two decimals ("0.37"), so toFixed(2) of it is toFixed(2) of the exact value. */
export const shownSimilarity = (x: number): number => Number(x.toFixed(2));

/** An indicator row of follow_through as a plan's file holds it: the columns of FollowTarget, in that order. */
export function followTarget(r: FollowThroughRow): FollowTarget {
  return Object.fromEntries(targetColumns.map((key) => [key, r[key]])) as FollowTarget;
}

/** A plan as the plans' index (/follow's picker) lists it, with the number of its later reports. */
export type FollowPlanEntry = Omit<FollowReport, "relation"> & {n_reports: number};

/**
 * The task rows of one plan grouped per task in text order: matched when any later report has a passage at the
 * threshold, not_mentioned when reports exist but none has, no_report when no later report was found. No rows give [].
 */
export function followTasks(rows: readonly FollowThroughRow[]): FollowTask[] {
  const tasks = new Map<string, FollowTask>();
  for (const r of rows) {
    if (r.row_kind !== "task" || r.plan_item_id == null) continue;
    let task = tasks.get(r.plan_item_id);
    if (!task)
      tasks.set(
        r.plan_item_id,
        (task = {
          item_id: r.plan_item_id,
          char_start: r.plan_char_start,
          char_end: r.plan_char_end,
          status: "no_report",
          best: null,
          matches: []
        })
      );
    if (r.status === "matched")
      task.matches.push({
        report_doc_id: r.report_doc_id!,
        report_char_start: r.report_char_start!,
        report_char_end: r.report_char_end!,
        report_quote: r.report_quote ?? "",
        similarity: shownSimilarity(r.similarity!)
      });
    if (r.similarity != null) task.best = Math.max(task.best ?? 0, shownSimilarity(r.similarity));
    task.status = task.matches.length ? "matched" : r.status === "no_report" ? task.status : "not_mentioned";
  }
  return [...tasks.values()].sort((a, b) => a.char_start - b.char_start);
}

/**
 * One file per plan of the corpus (planTypes, in the documents' order, also a plan without tasks or reports): its
 * later reports (followPairs) with their labels, its tasks (followTasks of its rows) and its target rows, from the
 * follow_through rows. No plans give an empty map.
 */
export function followPlanFiles(
  documents: readonly FollowLabelDocument[],
  rows: readonly FollowThroughRow[]
): Map<string, FollowPlanFile> {
  const byId = new Map(documents.map((d) => [d.doc_id, d]));
  const files = new Map<string, FollowPlanFile>();
  for (const d of documents)
    if (planTypes.includes(d.doc_type ?? ""))
      files.set(d.doc_id, {plan_doc_id: d.doc_id, reports: [], tasks: [], targets: []});
  for (const pair of followPairs(documents)) {
    const {doc_id, jurisdiction, jurisdiction_en, year, doc_type} = byId.get(pair.report)!;
    files
      .get(pair.plan)!
      .reports.push({doc_id, jurisdiction, jurisdiction_en, year, doc_type, relation: pair.relation});
  }
  const taskRows = new Map<string, FollowThroughRow[]>();
  for (const r of rows) {
    if (!files.has(r.plan_doc_id)) continue;
    if (r.row_kind === "indicator") files.get(r.plan_doc_id)!.targets.push(followTarget(r));
    else if (taskRows.has(r.plan_doc_id)) taskRows.get(r.plan_doc_id)!.push(r);
    else taskRows.set(r.plan_doc_id, [r]);
  }
  for (const [plan, list] of taskRows) files.get(plan)!.tasks = followTasks(list);
  return files;
}

/**
 * The plans' index /follow's picker reads: each plan (planTypes, in the documents' order) with its label columns and
 * `n_reports`, the number of its later reports (followPairs); no plans give [].
 */
export function followPlanIndex(documents: readonly FollowLabelDocument[]): FollowPlanEntry[] {
  const counts = new Map<string, number>();
  for (const pair of followPairs(documents)) counts.set(pair.plan, (counts.get(pair.plan) ?? 0) + 1);
  return documents
    .filter((d) => planTypes.includes(d.doc_type ?? ""))
    .map(({doc_id, jurisdiction, jurisdiction_en, year, doc_type}) => ({
      doc_id,
      jurisdiction,
      jurisdiction_en,
      year,
      doc_type,
      n_reports: counts.get(doc_id) ?? 0
    }));
}
