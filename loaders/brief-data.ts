import {jurisdictionSlugs} from "./jurisdiction-slug.ts";

/** The rows of the site's tables a brief reads (columns as in loaders/table-schemas.ts). */
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

/**
 * Everything the brief of one jurisdiction shows, precomputed: its documents; its topic shares (task items
 * per topic over its tasks) beside the mean share of the other jurisdictions; how it compares with each of
 * them; its key figures (the first unflagged figure of each catalogued indicator and kind, in catalogue order,
 * at most BRIEF_MAX_FIGURES, each numbered for the source list); and its lead agencies (null when none of its
 * documents names units). Throws `invalid jurisdiction: <slug>` when no document has that slug.
 */
export function briefData(tables: BriefTables, slug: string) {
  const slugs = jurisdictionSlugs(tables.documents);
  const docsOf = new Map<string, BriefDocumentRow[]>();
  tables.documents.forEach((d, i) => {
    if (!docsOf.has(slugs[i])) docsOf.set(slugs[i], []);
    docsOf.get(slugs[i])!.push(d);
  });
  const docs = docsOf.get(slug);
  if (!docs) throw new Error(`invalid jurisdiction: ${slug}`);
  docs.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.doc_id < b.doc_id ? -1 : 1));
  const first = docs[0];

  const topics = [...tables.topics].sort((a, b) => a.order - b.order);
  const shares = new Map([...docsOf].map(([s, ds]) => [s, topicShares(ds, tables.coverage)]));
  const others = [...docsOf.keys()].filter((s) => s !== slug && shares.get(s)!.tasks > 0);
  const own = shares.get(slug)!;
  const topicRows = topics
    .map((t) => ({
      topic_id: t.topic_id,
      name_zh: t.name_zh,
      name_en: t.name_en,
      items: own.items.get(t.topic_id) ?? 0,
      share: own.tasks ? (own.items.get(t.topic_id) ?? 0) / own.tasks : 0,
      others: others.length ? mean(others.map((s) => shares.get(s)!.share(t.topic_id))) : null,
      others_covering: others.filter((s) => (shares.get(s)!.items.get(t.topic_id) ?? 0) > 0).length
    }))
    .filter((t) => t.items > 0 || t.others_covering > 0);

  const figureCount = new Map<string, number>();
  const peers = [...docsOf].map(([s, ds]) => {
    const ids = new Set(ds.map((d) => d.doc_id));
    const classified = tables.indicators.filter((r) => ids.has(r.doc_id) && r.indicator_id != null).length;
    figureCount.set(s, classified);
    return {
      slug: s,
      jurisdiction: ds[0].jurisdiction,
      jurisdiction_en: ds[0].jurisdiction_en,
      documents: ds.map((d) => ({doc_type: d.doc_type, year: d.year})),
      tasks: sum(ds.map((d) => d.n_tasks)),
      figures: classified,
      topics_covered: topicRows.filter((t) => (shares.get(s)!.items.get(t.topic_id) ?? 0) > 0).length,
      self: s === slug
    };
  });
  const firstYear = (p: (typeof peers)[number]) => Math.min(...p.documents.map((d) => d.year ?? Infinity));
  peers.sort((a, b) => Number(b.self) - Number(a.self) || firstYear(a) - firstYear(b) || (a.slug < b.slug ? -1 : 1));

  const docIds = new Set(docs.map((d) => d.doc_id));
  const own_indicators = tables.indicators.filter((r) => docIds.has(r.doc_id));
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
    corpus: {
      jurisdictions: docsOf.size,
      doc_types: [...new Set(tables.documents.map((d) => d.doc_type))].sort(),
      years: extent(tables.documents.map((d) => d.year))
    },
    topics: topicRows,
    peers,
    figures_total: own_indicators.length,
    figures_classified: figureCount.get(slug) ?? 0,
    figures: keyFigures(own_indicators, docs, tables.catalogue),
    workload: leadWorkload(docs, tables)
  };
}

/** The data briefData returns. */
export type Brief = ReturnType<typeof briefData>;

function topicShares(docs: BriefDocumentRow[], coverage: BriefTables["coverage"]) {
  const ids = new Set(docs.map((d) => d.doc_id));
  const items = new Map<string, number>();
  for (const c of coverage) if (ids.has(c.doc_id)) items.set(c.topic_id, (items.get(c.topic_id) ?? 0) + c.items);
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

function leadWorkload(docs: BriefDocumentRow[], {assignments, agencies}: BriefTables) {
  const ids = new Set(docs.map((d) => d.doc_id));
  const own = assignments.filter((a) => ids.has(a.doc_id));
  if (!own.length) return null;
  const withUnits = new Set(own.map((a) => a.doc_id));
  const tasks = sum(docs.filter((d) => withUnits.has(d.doc_id)).map((d) => d.n_tasks));
  const agencyById = new Map(agencies.map((a) => [a.agency_id, a]));
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
const mean = (values: number[]) => (values.length ? sum(values) / values.length : 0);

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
