import {rollup} from "d3";
import type {DocumentRow} from "../extract-document.ts";
import type {CatalogueIndicator} from "../indicators/indicator-catalogue.ts";
import type {CoverageRow} from "../topics/coverage.ts";
import type {Agency, Assignment, Indicator, Topic} from "../types.ts";

/** The columns of the corpus tables the headline facts read. */
export interface HeadlineInput {
  documents: Pick<DocumentRow, "doc_id" | "n_tasks" | "jurisdiction">[];
  coverage: Pick<CoverageRow, "doc_id" | "topic_id" | "items">[];
  topics: Pick<Topic, "topic_id" | "name_zh" | "name_en">[];
  assignments: Pick<Assignment, "doc_id" | "item_id" | "role" | "agency_id" | "is_collective">[];
  agencies: Pick<Agency, "agency_id" | "name_zh" | "name_en">[];
  indicators: Pick<Indicator, "doc_id" | "indicator_id" | "kind" | "flag">[];
  catalogue: Pick<CatalogueIndicator, "indicator_id" | "name_zh" | "name_en">[];
}

/** One of the entries a headline names (several when they tie). */
export interface HeadlineLeader {
  id: string;
  name_zh: string;
  name_en: string;
  /** The view it links to, with its view state: "coverage?topic=…", "agencies?agency=…", "indicators?indicator=…". */
  href: string;
}

export interface HeadlineFact {
  /** "topic", "agency" or "indicator". */
  kind: string;
  /** The first leader's link. */
  href: string;
  /** Every entry that ties for first, in the reference order (topics, catalogue) or by Chinese name (agencies). */
  leaders: HeadlineLeader[];
  /** In how many jurisdictions each leader is first (topic, agency) or is reported (indicator)… */
  jurisdictions: number;
  /** …of how many jurisdictions that could show it. */
  of: number;
}

/**
 * Three headline comparisons for the overview, counted in jurisdictions (a jurisdiction's documents taken together)
 * so none rests on a mean of shares with different denominators: the topic with the most tasks in the most
 * jurisdictions with tasks, the named agency (collective units left out) that leads the most tasks in the most
 * jurisdictions whose documents name units, and the catalogue indicator reported (actual values, unflagged) in the
 * most jurisdictions. Every entry tied for first is named, with "in N of M jurisdictions". Empty tables give no facts.
 */
export function headlineFacts(t: HeadlineInput): HeadlineFact[] {
  const jurisdictionOf = new Map(t.documents.map((d) => [d.doc_id, d.jurisdiction ?? d.doc_id]));
  const withTasks = new Set(t.documents.filter((d) => d.n_tasks > 0).map((d) => d.doc_id));
  const topicItems = rollup(
    t.coverage.filter((c) => withTasks.has(c.doc_id) && c.topic_id !== "other" && c.items > 0),
    (v) => v.reduce((s, c) => s + c.items, 0),
    (c) => jurisdictionOf.get(c.doc_id) ?? c.doc_id,
    (c) => c.topic_id
  );
  const led = rollup(
    t.assignments.filter((a) => a.role === "lead" && !a.is_collective),
    (v) => new Set(v.map((a) => a.item_id)).size,
    (a) => jurisdictionOf.get(a.doc_id) ?? a.doc_id,
    (a) => a.agency_id
  );
  const naming = new Set(t.assignments.map((a) => jurisdictionOf.get(a.doc_id) ?? a.doc_id));
  const reported = rollup(
    t.indicators.filter((n) => n.indicator_id != null && n.kind === "actual" && !n.flag),
    (v) => new Set(v.map((n) => jurisdictionOf.get(n.doc_id) ?? n.doc_id)).size,
    (n) => n.indicator_id!
  );
  const topicJurisdictions = new Set([...withTasks].map((id) => jurisdictionOf.get(id)!));
  const agencyOrder = [...t.agencies].sort((a, b) => (a.name_zh < b.name_zh ? -1 : a.name_zh > b.name_zh ? 1 : 0));
  return [
    fact("topic", "coverage?topic=", firstIn(topicItems), topicJurisdictions.size, t.topics, (x) => x.topic_id),
    fact("agency", "agencies?agency=", firstIn(led), naming.size, agencyOrder, (x) => x.agency_id),
    fact(
      "indicator",
      "indicators?indicator=",
      reported,
      new Set(jurisdictionOf.values()).size,
      t.catalogue,
      (x) => x.indicator_id
    )
  ].filter((f): f is HeadlineFact => f != null);
}

/** How many jurisdictions each entry is first in (entries tied for first in a jurisdiction each count it). */
function firstIn(byJurisdiction: Map<string, Map<string, number>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const values of byJurisdiction.values()) {
    const top = Math.max(...values.values());
    for (const [id, v] of values) if (v === top) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The fact naming every entry with the highest count, in the order of `names` (entries without a row there left
 * out); null when there is no entry.
 */
function fact<T extends {name_zh: string; name_en: string}>(
  kind: string,
  href: string,
  counts: Map<string, number>,
  of: number,
  names: T[],
  id: (row: T) => string
): HeadlineFact | null {
  const top = Math.max(0, ...counts.values());
  const leaders = names
    .filter((row) => top > 0 && counts.get(id(row)) === top)
    .map((row) => ({id: id(row), name_zh: row.name_zh, name_en: row.name_en || row.name_zh, href: href + id(row)}));
  if (!leaders.length) return null;
  return {kind, href: leaders[0].href, leaders, jurisdictions: top, of};
}
