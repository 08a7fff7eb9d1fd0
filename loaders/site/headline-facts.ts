import {greatest, rollup, sum} from "d3";
import type {DocumentRow} from "../extract-document.ts";
import type {CatalogueIndicator} from "../indicators/indicator-catalogue.ts";
import type {CoverageRow} from "../topics/coverage.ts";
import type {Agency, Assignment, Indicator, Topic} from "../types.ts";
import {taskShares} from "./task-shares.ts";

/** The columns of the corpus tables the headline facts read. */
export interface HeadlineInput {
  documents: Pick<DocumentRow, "doc_id" | "n_tasks">[];
  coverage: Pick<CoverageRow, "doc_id" | "topic_id" | "share_items">[];
  topics: Pick<Topic, "topic_id" | "name_zh" | "name_en">[];
  assignments: Pick<Assignment, "doc_id" | "item_id" | "role" | "agency_id" | "is_collective">[];
  agencies: Pick<Agency, "agency_id" | "name_zh" | "name_en">[];
  indicators: Pick<Indicator, "doc_id" | "indicator_id" | "kind" | "flag">[];
  catalogue: Pick<CatalogueIndicator, "indicator_id" | "name_zh" | "name_en">[];
}

export interface HeadlineFact {
  /** "topic", "agency" or "indicator". */
  kind: string;
  /** The view it links to, with its view state: "coverage?topic=…", "agencies?agency=…", "indicators?indicator=…". */
  href: string;
  name_zh: string;
  name_en: string;
  value: number;
  /** How many documents the fact rests on. */
  documents: number;
}

/**
 * Three headline comparisons for the overview, precomputed so the page downloads a few hundred bytes instead
 * of the tables: the topic with the highest mean share of tasks across documents with tasks, the named agency
 * with the highest share of tasks led (taskShares: the mean of per-document shares) across the documents that
 * assign units, and the catalogue indicator reported by the most documents (actual values, unflagged). Empty
 * tables give no facts.
 */
export function headlineFacts(t: HeadlineInput): HeadlineFact[] {
  const withTasks = new Set(t.documents.filter((d) => d.n_tasks > 0).map((d) => d.doc_id));
  const topicRows = t.coverage.filter((c) => withTasks.has(c.doc_id) && c.topic_id !== "other");
  const topicShare = rollup(
    topicRows,
    (v) => sum(v, (c) => c.share_items) / withTasks.size,
    (c) => c.topic_id
  );
  const assigning = new Set(t.assignments.map((a) => a.doc_id));
  const named = t.assignments.filter((a) => !a.is_collective);
  const leadShare = taskShares(
    named,
    t.documents.filter((d) => assigning.has(d.doc_id))
  );
  const counted = t.indicators.filter((n) => n.indicator_id != null && n.kind === "actual" && !n.flag);
  const reporting = rollup(
    counted,
    (v) => new Set(v.map((n) => n.doc_id)).size,
    (n) => n.indicator_id!
  );
  const topIndicator = best(reporting);
  return [
    fact("topic", "coverage?topic=", best(topicShare), t.topics, (x) => x.topic_id, withTasks.size),
    fact("agency", "agencies?agency=", best(leadShare), t.agencies, (x) => x.agency_id, assigning.size),
    fact("indicator", "indicators?indicator=", topIndicator, t.catalogue, (x) => x.indicator_id, topIndicator?.[1] ?? 0)
  ].filter((f): f is HeadlineFact => f != null);
}

/** The fact for the top entry, named from its row in `names`; null when there is no entry or no such row. */
function fact<T extends {name_zh: string; name_en: string}>(
  kind: string,
  href: string,
  top: [string, number] | undefined,
  names: T[],
  id: (row: T) => string,
  documents: number
): HeadlineFact | null {
  const row = top && names.find((x) => id(x) === top[0]);
  if (!top || !row) return null;
  const value = Math.round(top[1] * 1e4) / 1e4;
  return {kind, href: href + top[0], name_zh: row.name_zh, name_en: row.name_en || row.name_zh, value, documents};
}

/** The entry with the highest value, ties going to the smaller key; undefined when empty. */
function best(values: Map<string, number>): [string, number] | undefined {
  return greatest(values, (a, b) => a[1] - b[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
}
