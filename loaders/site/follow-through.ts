import {cosine, tfidfVectors, type TermItem} from "./align-items.ts";
import {followPairs, planTypes, type FollowDocument, type FollowRelation} from "./follow-pairs.ts";

/** The similarity (TF-IDF cosine, as on /compare) from which a report passage counts as answering a task. */
export const followThreshold = 0.2;

export interface FollowItem {
  doc_id: string;
  item_id: string;
  is_task: boolean;
  text: string;
  char_start: number;
  char_end: number;
}

export interface FollowIndicator {
  doc_id: string;
  indicator_row_id: string;
  item_id: string | null;
  indicator_id: string | null;
  kind: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  quote: string;
  char_start: number;
  char_end: number;
}

/**
 * Task rows: `matched` (a report passage at or above the threshold), `not_mentioned` (later reports exist, none
 * has such a passage), `no_report` (no later report found). Indicator rows: `matched` (an actual of the same
 * catalogue indicator in a later report), `no_actual`, `no_report`.
 */
export type FollowStatus = "matched" | "not_mentioned" | "no_actual" | "no_report";

/** One row of the follow_through table (columns described in loaders/tables/table-schemas.ts). */
export interface FollowThroughRow {
  row_kind: "task" | "indicator";
  status: FollowStatus;
  plan_doc_id: string;
  plan_year: number | null;
  plan_item_id: string | null;
  plan_char_start: number;
  plan_char_end: number;
  plan_quote: string;
  report_doc_id: string | null;
  report_year: number | null;
  relation: FollowRelation | null;
  report_item_id: string | null;
  report_char_start: number | null;
  report_char_end: number | null;
  report_quote: string | null;
  similarity: number | null;
  indicator_id: string | null;
  target_row_id: string | null;
  target_value: number | null;
  target_unit: string | null;
  target_year: number | null;
  actual_row_id: string | null;
  actual_value: number | null;
  actual_unit: string | null;
  actual_year: number | null;
}

export interface FollowTables {
  documents: readonly FollowDocument[];
  items: readonly FollowItem[];
  item_terms: readonly TermItem[];
  indicators: readonly FollowIndicator[];
}

const empty = {
  report_doc_id: null,
  report_year: null,
  relation: null,
  report_item_id: null,
  report_char_start: null,
  report_char_end: null,
  report_quote: null,
  similarity: null,
  indicator_id: null,
  target_row_id: null,
  target_value: null,
  target_unit: null,
  target_year: null,
  actual_row_id: null,
  actual_value: null,
  actual_unit: null,
  actual_year: null
} as const;

/**
 * The follow_through rows of a corpus: for each plan (loaders/site/follow-pairs.ts) and each later report of it,
 * each task with the report passage most similar to it (matched when the similarity is at least `threshold`), and
 * each target with the actuals of the same catalogue indicator; a plan without a later report gets one
 * `no_report` row per task and target. Rows come plan by plan, tasks then targets in text order. No plans give [].
 */
export function followThrough(tables: FollowTables, threshold = followThreshold): FollowThroughRow[] {
  const items = groupBy(tables.items, (d) => d.doc_id);
  const indicators = groupBy(tables.indicators, (d) => d.doc_id);
  const terms = new Map(tables.item_terms.map((d) => [d.item_id, d]));
  const year = new Map(tables.documents.map((d) => [d.doc_id, d.year]));
  const reportsOf = groupBy(followPairs(tables.documents), (d) => d.plan);

  const rows: FollowThroughRow[] = [];
  for (const planId of tables.documents.filter((d) => planTypes.includes(d.doc_type ?? "")).map((d) => d.doc_id)) {
    const reports = reportsOf.get(planId) ?? [];
    const plan = {plan_doc_id: planId, plan_year: year.get(planId) ?? null};
    const tasks = (items.get(planId) ?? []).filter((d) => d.is_task);
    const targets = (indicators.get(planId) ?? []).filter((d) => d.kind === "target" && d.indicator_id != null);
    const taskRow = (task: FollowItem) => ({
      row_kind: "task" as const,
      ...plan,
      plan_item_id: task.item_id,
      plan_char_start: task.char_start,
      plan_char_end: task.char_end,
      plan_quote: task.text
    });
    const targetRow = (target: FollowIndicator) => ({
      row_kind: "indicator" as const,
      ...plan,
      plan_item_id: target.item_id,
      plan_char_start: target.char_start,
      plan_char_end: target.char_end,
      plan_quote: target.quote,
      indicator_id: target.indicator_id,
      target_row_id: target.indicator_row_id,
      target_value: target.value,
      target_unit: target.unit,
      target_year: target.year ?? plan.plan_year
    });
    if (reports.length === 0) {
      for (const task of tasks) rows.push({...empty, ...taskRow(task), status: "no_report"});
      for (const target of targets) rows.push({...empty, ...targetRow(target), status: "no_report"});
      continue;
    }
    for (const pair of reports) {
      const report = {report_doc_id: pair.report, report_year: year.get(pair.report) ?? null, relation: pair.relation};
      const passages = items.get(pair.report) ?? [];
      const best = bestPassages(tasks, passages, terms);
      tasks.forEach((task, k) => {
        const {passage, score} = best[k];
        rows.push(
          passage && score >= threshold
            ? {
                ...empty,
                ...taskRow(task),
                ...report,
                status: "matched",
                report_item_id: passage.item_id,
                report_char_start: passage.char_start,
                report_char_end: passage.char_end,
                report_quote: passage.text,
                similarity: score
              }
            : {...empty, ...taskRow(task), ...report, status: "not_mentioned", similarity: score}
        );
      });
    }
    for (const target of targets) {
      const actuals = reports.flatMap((pair) =>
        (indicators.get(pair.report) ?? [])
          .filter((d) => d.kind === "actual" && d.indicator_id === target.indicator_id)
          .map((actual) => ({pair, actual}))
      );
      if (actuals.length === 0) rows.push({...empty, ...targetRow(target), status: "no_actual"});
      for (const {pair, actual} of actuals)
        rows.push({
          ...empty,
          ...targetRow(target),
          status: "matched",
          report_doc_id: pair.report,
          report_year: year.get(pair.report) ?? null,
          relation: pair.relation,
          report_item_id: actual.item_id,
          report_char_start: actual.char_start,
          report_char_end: actual.char_end,
          report_quote: actual.quote,
          actual_row_id: actual.indicator_row_id,
          actual_value: actual.value,
          actual_unit: actual.unit,
          actual_year: actual.year ?? year.get(pair.report) ?? null
        });
    }
  }
  return rows;
}

/** The rows by key, each list in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * For each task, the report passage with the highest TF-IDF cosine (IDF over the plan's tasks and the report's
 * items together, as /compare aligns two documents), the first in text order on a tie; no passages give null.
 */
function bestPassages(
  tasks: readonly FollowItem[],
  passages: readonly FollowItem[],
  terms: Map<string, TermItem>
): {passage: FollowItem | null; score: number}[] {
  const termItem = (d: FollowItem) => terms.get(d.item_id) ?? {doc_id: d.doc_id, item_id: d.item_id, terms: ""};
  const vectors = tfidfVectors([...tasks, ...passages].map(termItem));
  return tasks.map((task) => {
    let best: {passage: FollowItem | null; score: number} = {passage: null, score: 0};
    for (const passage of passages) {
      const score = cosine(vectors.get(task.item_id)!, vectors.get(passage.item_id)!);
      if (score > best.score) best = {passage, score};
    }
    return best;
  });
}
