import {jurisdictionSlugs} from "../metadata/jurisdiction-slug.ts";

/** The rows of the site's tables a brief reads (columns as in loaders/tables/table-schemas.ts). */
export interface BriefTables {
  documents: BriefDocumentRow[];
  indicators: BriefIndicatorRow[];
  assignments: {doc_id: string; item_id: string; role: string; agency_id: string; is_collective: boolean}[];
  agencies: {agency_id: string; name_zh: string; name_en: string; kind: string}[];
  coverage: {doc_id: string; topic_id: string; items: number}[];
  topics: {topic_id: string; order: number; name_zh: string; name_en: string}[];
  /** data/indicator-catalogue.csv in priority order: names the indicators and orders the key figures. */
  catalogue: {indicator_id: string; name_zh: string; name_en: string}[];
}

export interface BriefDocumentRow {
  doc_id: string;
  title: string | null;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  level: string | null;
  parent_jurisdiction: string | null;
  province: string | null;
  adcode: string | null;
  doc_type: string;
  issuer: string | null;
  doc_number: string | null;
  issued_date: string | null;
  year: number | null;
  n_tasks: number;
  n_assignments: number;
  n_indicators: number;
}

export interface BriefIndicatorRow {
  doc_id: string;
  indicator_row_id: string;
  indicator_id: string | null;
  subject: string | null;
  value: number;
  unit: string | null;
  approx: boolean;
  kind: string;
  year: number | null;
  quote: string;
  char_start: number;
  char_end: number;
  flag: string | null;
}

/** At most this many key figures: with their sources they fit the brief's second A4 page. */
export const BRIEF_MAX_FIGURES = 12;
/** At most this many lead agencies in the workload summary. */
export const BRIEF_MAX_AGENCIES = 8;

/** At most this many rows in a brief's peer table: itself and the nearest others (same province, then same level). */
export const BRIEF_MAX_PEERS = 10;

/**
 * Everything the brief of one jurisdiction shows, precomputed: its documents; its topic shares (task items
 * per topic over its tasks) beside the mean share of the other jurisdictions; how it compares with its nearest
 * peers; its key figures (the first unflagged figure of each catalogued indicator and kind, in catalogue order,
 * at most BRIEF_MAX_FIGURES, each numbered for the source list); and its lead agencies (null when none of its
 * documents names units). Throws `invalid jurisdiction: <slug>` when no document has that slug.
 * For many briefs, build the index once with briefIndex: this function scans every table.
 */
export function briefData(tables: BriefTables, slug: string) {
  return briefIndex(tables).brief(slug);
}

/**
 * Groups the tables by jurisdiction once (one pass over each table) so that each brief then costs only its own
 * rows: the corpus-wide topic means are kept as sums from which a brief subtracts its own share.
 */
export function briefIndex(tables: BriefTables) {
  const slugs = jurisdictionSlugs(tables.documents);
  const docsOf = new Map<string, BriefDocumentRow[]>();
  const slugOf = new Map<string, string>();
  tables.documents.forEach((d, i) => {
    addTo(docsOf, slugs[i], d);
    slugOf.set(d.doc_id, slugs[i]);
  });
  // Each jurisdiction's documents by year, then doc_id: the order of its brief, and its first is its metadata.
  for (const docs of docsOf.values())
    docs.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.doc_id < b.doc_id ? -1 : 1));
  const topics = [...tables.topics].sort((a, b) => a.order - b.order);
  const coverageOf = new Map<string, BriefTables["coverage"]>();
  for (const c of tables.coverage) if (slugOf.has(c.doc_id)) addTo(coverageOf, slugOf.get(c.doc_id)!, c);
  const indicatorsOf = new Map<string, BriefIndicatorRow[]>();
  for (const r of tables.indicators) if (slugOf.has(r.doc_id)) addTo(indicatorsOf, slugOf.get(r.doc_id)!, r);
  const assignmentsOf = new Map<string, BriefTables["assignments"]>();
  for (const a of tables.assignments) if (slugOf.has(a.doc_id)) addTo(assignmentsOf, slugOf.get(a.doc_id)!, a);
  const agencyById = new Map(tables.agencies.map((a) => [a.agency_id, a]));

  const shares = new Map([...docsOf].map(([s, ds]) => [s, topicShares(ds, coverageOf.get(s) ?? [])]));
  const classified = new Map(
    [...docsOf.keys()].map((s) => [s, (indicatorsOf.get(s) ?? []).filter((r) => r.indicator_id != null).length])
  );
  // Over the jurisdictions with tasks: the sum of their shares and how many cover each topic.
  const withTasks = [...shares.values()].filter((v) => v.tasks > 0);
  const shareSum = new Map(topics.map((t) => [t.topic_id, sum(withTasks.map((v) => v.share(t.topic_id)))]));
  const covering = new Map(
    topics.map((t) => [t.topic_id, withTasks.filter((v) => (v.items.get(t.topic_id) ?? 0) > 0).length])
  );
  const coveredCount = (s: string) => topics.filter((t) => (shares.get(s)!.items.get(t.topic_id) ?? 0) > 0).length;
  const coveredSum = sum([...docsOf.keys()].map(coveredCount));
  const corpus = {
    jurisdictions: docsOf.size,
    doc_types: [...new Set(tables.documents.map((d) => d.doc_type))].sort(),
    years: extent(tables.documents.map((d) => d.year))
  };
  const firstYear = (ds: BriefDocumentRow[]) => Math.min(...ds.map((d) => d.year ?? Infinity));

  // Jurisdictions by first year, then slug: the order of the peer table and of the search for the nearest.
  const byYear = [...docsOf.keys()]
    .map((s) => ({s, y: firstYear(docsOf.get(s)!), d: docsOf.get(s)![0]}))
    .sort((a, b) => a.y - b.y || (a.s < b.s ? -1 : 1));
  const byProvince = new Map<string | null, typeof byYear>();
  for (const p of byYear) addTo(byProvince, p.d.province, p);

  /** The other jurisdictions nearest to `slug`: same province and level, same province, same level, the rest. */
  function nearest(slug: string, first: BriefDocumentRow): string[] {
    const picked: string[] = [];
    const province = first.province == null ? [] : (byProvince.get(first.province) ?? []);
    const passes: [typeof byYear, (d: BriefDocumentRow) => boolean][] = [
      [province, (d) => d.level === first.level],
      [province, (d) => d.level !== first.level],
      [byYear, (d) => d.level === first.level && (first.province == null || d.province !== first.province)],
      [byYear, (d) => d.level !== first.level && (first.province == null || d.province !== first.province)]
    ];
    for (const [list, keep] of passes)
      for (const p of list) {
        if (picked.length >= BRIEF_MAX_PEERS - 1) return picked;
        if (p.s !== slug && keep(p.d)) picked.push(p.s);
      }
    return picked;
  }

  function brief(slug: string) {
    const docs = docsOf.get(slug);
    if (!docs) throw new Error(`invalid jurisdiction: ${slug}`);
    const first = docs[0];
    const own = shares.get(slug)!;
    const counted = own.tasks > 0 ? 1 : 0;
    const othersWithTasks = withTasks.length - counted;
    const topicRows = topics
      .map((t) => ({
        topic_id: t.topic_id,
        name_zh: t.name_zh,
        name_en: t.name_en,
        items: own.items.get(t.topic_id) ?? 0,
        share: own.tasks ? (own.items.get(t.topic_id) ?? 0) / own.tasks : 0,
        others: othersWithTasks
          ? (shareSum.get(t.topic_id)! - counted * own.share(t.topic_id)) / othersWithTasks
          : null,
        others_covering: covering.get(t.topic_id)! - counted * Number((own.items.get(t.topic_id) ?? 0) > 0)
      }))
      .filter((t) => t.items > 0 || t.others_covering > 0);

    const peers = [slug, ...nearest(slug, first)].map((s) => {
      const ds = docsOf.get(s)!;
      return {
        slug: s,
        jurisdiction: ds[0].jurisdiction,
        jurisdiction_en: ds[0].jurisdiction_en,
        documents: ds.map((d) => ({doc_type: d.doc_type, year: d.year})),
        tasks: sum(ds.map((d) => d.n_tasks)),
        figures: classified.get(s)!,
        topics_covered: topicRows.filter((t) => (shares.get(s)!.items.get(t.topic_id) ?? 0) > 0).length,
        self: s === slug
      };
    });
    peers.sort(
      (a, b) =>
        Number(b.self) - Number(a.self) ||
        firstYear(docsOf.get(a.slug)!) - firstYear(docsOf.get(b.slug)!) ||
        (a.slug < b.slug ? -1 : 1)
    );
    const others = docsOf.size - 1;

    const own_indicators = indicatorsOf.get(slug) ?? [];
    return {
      slug,
      jurisdiction: first.jurisdiction,
      jurisdiction_en: first.jurisdiction_en,
      level: first.level,
      parent_jurisdiction: first.parent_jurisdiction,
      province: first.province,
      adcode: first.adcode,
      documents: docs.map((d) => ({
        doc_id: d.doc_id,
        title: d.title,
        doc_type: d.doc_type,
        year: d.year,
        issuer: d.issuer,
        doc_number: d.doc_number,
        issued_date: d.issued_date,
        tasks: d.n_tasks,
        assignments: d.n_assignments,
        figures: d.n_indicators
      })),
      corpus,
      topics: topicRows,
      peers,
      /** All the other jurisdictions (the peer table shows the nearest BRIEF_MAX_PEERS - 1). */
      others: {jurisdictions: others, mean_topics_covered: others ? (coveredSum - coveredCount(slug)) / others : null},
      figures_total: own_indicators.length,
      figures_classified: classified.get(slug)!,
      figures: keyFigures(own_indicators, docs, tables.catalogue),
      workload: leadWorkload(docs, assignmentsOf.get(slug) ?? [], agencyById)
    };
  }

  return {slugs: () => [...docsOf.keys()].sort(), brief};
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The data briefData returns. */
export type Brief = ReturnType<ReturnType<typeof briefIndex>["brief"]>;

/** A jurisdiction's task items per topic over its tasks, from its own coverage rows. */
function topicShares(docs: BriefDocumentRow[], coverage: BriefTables["coverage"]) {
  const items = new Map<string, number>();
  for (const c of coverage) items.set(c.topic_id, (items.get(c.topic_id) ?? 0) + c.items);
  const tasks = sum(docs.map((d) => d.n_tasks));
  return {items, tasks, share: (topic: string) => (tasks ? (items.get(topic) ?? 0) / tasks : 0)};
}

function keyFigures(rows: BriefIndicatorRow[], docs: BriefDocumentRow[], catalogue: BriefTables["catalogue"]) {
  const rank = new Map(catalogue.map((c, i) => [c.indicator_id, i]));
  const docRank = new Map(docs.map((d, i) => [d.doc_id, i]));
  const firsts = new Map<string, BriefIndicatorRow>();
  const sorted = rows
    .filter((r) => r.indicator_id != null && rank.has(r.indicator_id) && r.flag == null && Number.isFinite(r.value))
    .sort((a, b) => docRank.get(a.doc_id)! - docRank.get(b.doc_id)! || a.char_start - b.char_start);
  for (const r of sorted) {
    const key = `${r.indicator_id}\u0000${r.kind}`;
    if (!firsts.has(key)) firsts.set(key, r);
  }
  return [...firsts.values()]
    .sort((a, b) => rank.get(a.indicator_id!)! - rank.get(b.indicator_id!)! || (a.kind < b.kind ? -1 : 1))
    .slice(0, BRIEF_MAX_FIGURES)
    .map((r, i) => {
      const c = catalogue[rank.get(r.indicator_id!)!];
      const d = docs[docRank.get(r.doc_id)!];
      return {
        n: i + 1,
        indicator_id: r.indicator_id!,
        name_zh: c.name_zh,
        name_en: c.name_en,
        value: r.value,
        unit: r.unit,
        approx: r.approx,
        kind: r.kind,
        year: r.year,
        doc_id: r.doc_id,
        indicator_row_id: r.indicator_row_id,
        doc_title: d.title,
        doc_number: d.doc_number,
        doc_type: d.doc_type,
        doc_year: d.year,
        char_start: r.char_start,
        char_end: r.char_end,
        quote: r.quote
      };
    });
}

function leadWorkload(
  docs: BriefDocumentRow[],
  own: BriefTables["assignments"],
  agencyById: Map<string, BriefTables["agencies"][number]>
) {
  if (!own.length) return null;
  const withUnits = new Set(own.map((a) => a.doc_id));
  const tasks = sum(docs.filter((d) => withUnits.has(d.doc_id)).map((d) => d.n_tasks));
  const byAgency = new Map<string, {lead: Set<string>; support: Set<string>; collective: boolean}>();
  for (const a of own) {
    if (a.role !== "lead" && a.role !== "support") continue;
    if (!byAgency.has(a.agency_id))
      byAgency.set(a.agency_id, {lead: new Set(), support: new Set(), collective: a.is_collective});
    byAgency.get(a.agency_id)![a.role as "lead" | "support"].add(a.item_id);
  }
  const rows = [...byAgency]
    .map(([agency_id, v]) => ({
      agency_id,
      name_zh: agencyById.get(agency_id)?.name_zh ?? agency_id,
      name_en: agencyById.get(agency_id)?.name_en ?? "",
      collective: v.collective || agencyById.get(agency_id)?.kind === "collective",
      lead: v.lead.size,
      support: v.support.size,
      share: tasks ? v.lead.size / tasks : 0,
      support_share: tasks ? v.support.size / tasks : 0
    }))
    .sort((a, b) => b.lead - a.lead || b.support - a.support || (a.agency_id < b.agency_id ? -1 : 1));
  const led = new Set(own.filter((a) => a.role === "lead").map((a) => `${a.doc_id}\u0000${a.item_id}`));
  return {
    tasks,
    tasks_with_lead: led.size,
    named_agencies: rows.filter((r) => !r.collective && r.lead > 0).length,
    lead: rows.filter((r) => !r.collective && r.lead > 0).slice(0, BRIEF_MAX_AGENCIES),
    collective: rows.filter((r) => r.collective)
  };
}

const sum = (values: number[]) => values.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);

function extent(values: (number | null)[]): [number, number] | null {
  const v = values.filter((x): x is number => x != null && Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : null;
}

/** Reads the tables a brief needs with the given reader (e.g. siteRows), adding the indicator catalogue. */
export async function readBriefTables(
  read: <T>(name: string) => Promise<T[]>,
  catalogue: BriefTables["catalogue"]
): Promise<BriefTables> {
  return {
    documents: await read("documents"),
    indicators: await read("indicators"),
    assignments: await read("assignments"),
    agencies: await read("agencies"),
    coverage: await read("coverage"),
    topics: await read("topics"),
    catalogue
  };
}
