/** Rows the headline facts read (a subset of the corpus tables' columns). */
export interface HeadlineInput {
  documents: {
    doc_id: string;
    jurisdiction: string | null;
    jurisdiction_en: string | null;
    year: number | null;
    n_tasks: number;
  }[];
  coverage: {doc_id: string; topic_id: string; share_items: number}[];
  topics: {topic_id: string; name_zh: string; name_en: string}[];
  assignments: {doc_id: string; item_id: string; role: string; agency_id: string; is_collective: boolean}[];
  agencies: {agency_id: string; name_zh: string; name_en: string}[];
  indicators: {
    doc_id: string;
    indicator_id: string | null;
    indicator_row_id: string;
    value: number;
    unit: string;
    kind: string;
    flag: string | null;
  }[];
  catalogue: {indicator_id: string; name_zh: string; name_en: string}[];
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
 * that leads the largest mean share of tasks across the documents that assign units, and the catalogue
 * indicator reported by the most documents (actual values, unflagged). Empty tables give no facts.
 */
export function headlineFacts(t: HeadlineInput): HeadlineFact[] {
  const facts: HeadlineFact[] = [];
  const withTasks = new Set(t.documents.filter((d) => d.n_tasks > 0).map((d) => d.doc_id));
  const topicShare = meanBy(
    t.coverage.filter((c) => withTasks.has(c.doc_id) && c.topic_id !== "other"),
    (c) => c.topic_id,
    (c) => c.share_items,
    withTasks.size
  );
  const topTopic = best(topicShare);
  const topic = t.topics.find((x) => x.topic_id === topTopic?.[0]);
  if (topTopic && topic)
    facts.push({
      kind: "topic",
      href: `coverage?topic=${topic.topic_id}`,
      name_zh: topic.name_zh,
      name_en: topic.name_en,
      value: round(topTopic[1]),
      documents: withTasks.size
    });
  const tasks = new Map(t.documents.map((d) => [d.doc_id, d.n_tasks]));
  const assigning = new Set(t.assignments.map((a) => a.doc_id));
  const led = new Map<string, Set<string>>();
  for (const a of t.assignments)
    if (a.role === "lead" && !a.is_collective) addTo(led, `${a.agency_id}\u0000${a.doc_id}`, a.item_id);
  const leadShare = meanBy(
    [...led],
    ([key]) => key.split("\u0000")[0],
    ([key, items]) => items.size / (tasks.get(key.split("\u0000")[1]) || 1),
    assigning.size
  );
  const topAgency = best(leadShare);
  const agency = t.agencies.find((a) => a.agency_id === topAgency?.[0]);
  if (topAgency && agency)
    facts.push({
      kind: "agency",
      href: `agencies?agency=${agency.agency_id}`,
      name_zh: agency.name_zh,
      name_en: agency.name_en || agency.name_zh,
      value: round(topAgency[1]),
      documents: assigning.size
    });
  const reporting = new Map<string, Set<string>>();
  for (const n of t.indicators)
    if (n.indicator_id && n.kind === "actual" && !n.flag) addTo(reporting, n.indicator_id, n.doc_id);
  const topIndicator = best(new Map([...reporting].map(([id, docs]) => [id, docs.size])));
  const indicator = t.catalogue.find((c) => c.indicator_id === topIndicator?.[0]);
  if (topIndicator && indicator)
    facts.push({
      kind: "indicator",
      href: `indicators?indicator=${indicator.indicator_id}`,
      name_zh: indicator.name_zh,
      name_en: indicator.name_en,
      value: topIndicator[1],
      documents: topIndicator[1]
    });
  return facts;
}

/** Adds a value to the set under key, creating the set on first use. */
function addTo(sets: Map<string, Set<string>>, key: string, value: string): void {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  set.add(value);
}

/** Mean of value per key over `n` units (units without a row count as 0). */
function meanBy<T>(
  rows: Iterable<T>,
  key: (row: T) => string,
  value: (row: T) => number,
  n: number
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return new Map([...sums].map(([k, v]) => [k, n ? v / n : 0]));
}

/** The entry with the highest value, ties broken by key; undefined when empty. */
function best(values: Map<string, number>): [string, number] | undefined {
  return [...values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
