import {extent, group, rollup, sum} from "d3";
import type {DocumentRow} from "../extract-document.ts";
import type {CatalogueIndicator} from "../indicators/indicator-catalogue.ts";
import {jurisdictionSlugs} from "../metadata/jurisdiction-slug.ts";
import type {CoverageRow} from "../topics/coverage.ts";
import type {Agency, Assignment, Indicator, Item, Topic} from "../types.ts";
import {keyFigure} from "./key-figure.ts";
import {nearestByYear} from "./nearest-by-year.ts";
import {relatedJurisdictions} from "./related-jurisdictions.ts";
import {sectionPaths} from "./section-path.ts";
import {taskShares} from "./task-shares.ts";

/** The columns of the site's tables a brief reads (as in loaders/tables/table-schemas.ts). */
export interface BriefTables {
  documents: BriefDocumentRow[];
  indicators: BriefIndicatorRow[];
  assignments: Pick<Assignment, "doc_id" | "item_id" | "role" | "agency_id" | "is_collective">[];
  agencies: Pick<Agency, "agency_id" | "name_zh" | "name_en" | "kind">[];
  coverage: Pick<CoverageRow, "doc_id" | "topic_id" | "items">[];
  topics: Pick<Topic, "topic_id" | "order" | "name_zh" | "name_en">[];
  /** The outline: a key figure is cited by its section (labels and heading of its item and the item's ancestors). */
  items: Pick<Item, "doc_id" | "item_id" | "parent_id" | "label" | "heading">[];
  /** data/indicator-catalogue.csv in priority order: names the indicators and orders the key figures. */
  catalogue: Pick<CatalogueIndicator, "indicator_id" | "name_zh" | "name_en">[];
}

export type BriefDocumentRow = Pick<
  DocumentRow,
  | "doc_id"
  | "title"
  | "jurisdiction"
  | "jurisdiction_en"
  | "level"
  | "parent_jurisdiction"
  | "province"
  | "adcode"
  | "doc_type"
  | "issuer"
  | "doc_number"
  | "issued_date"
  | "year"
  | "n_tasks"
  | "n_assignments"
  | "n_indicators"
>;

export type BriefIndicatorRow = Pick<
  Indicator,
  | "doc_id"
  | "indicator_row_id"
  | "item_id"
  | "indicator_id"
  | "subject"
  | "value"
  | "unit"
  | "approx"
  | "kind"
  | "year"
  | "quote"
  | "char_start"
  | "char_end"
  | "flag"
>;

/** At most this many key figures: with their sources they fit the brief's second A4 page. */
export const BRIEF_MAX_FIGURES = 12;
/** At most this many lead agencies in the workload summary. */
export const BRIEF_MAX_AGENCIES = 8;

/** At most this many rows in a brief's peer table: itself and the nearest others (same province, then same level). */
export const BRIEF_MAX_PEERS = 10;

/** At most this many other jurisdictions' values beside each key figure. */
export const BRIEF_MAX_FIGURE_PEERS = 3;

/** A jurisdiction's first figure of an indicator, as the peer lists of a key figure hold it. */
interface PeerEntry {
  slug: string;
  /** The figure's year, else its document's, else 0: what "nearest in year" measures. */
  year: number;
  row: BriefIndicatorRow;
  doc: BriefDocumentRow;
}

/**
 * Everything the brief of one jurisdiction shows, precomputed: its documents; its topic shares (task items
 * per topic over its tasks) beside the mean share of the other jurisdictions; how it compares with its nearest
 * peers; its key figures (of each catalogued indicator and kind the unflagged figure key-figure.ts prefers: its
 * subject nearest the indicator's name, else the first; in catalogue order, at most BRIEF_MAX_FIGURES, each numbered
 * for the source list, cited by its section of the outline and given the same indicator's value in up to
 * BRIEF_MAX_FIGURE_PEERS other jurisdictions); its parent and child jurisdictions in the corpus (by division code,
 * relatedJurisdictions); and its lead agencies (null when none of its documents names units). Throws
 * `invalid jurisdiction: <slug>` when no document has that slug.
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
  const slugOf = new Map(tables.documents.map((d, i) => [d.doc_id, slugs[i]]));
  const bySlug = <T extends {doc_id: string}>(rows: T[]) =>
    group(
      rows.filter((r) => slugOf.has(r.doc_id)),
      (r) => slugOf.get(r.doc_id)!
    );
  const docsOf = bySlug(tables.documents);
  // Each jurisdiction's documents by year, then doc_id: the order of its brief, and its first is its metadata.
  for (const docs of docsOf.values())
    docs.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.doc_id < b.doc_id ? -1 : 1));
  const topics = [...tables.topics].sort((a, b) => a.order - b.order);
  const coverageOf = bySlug(tables.coverage);
  const indicatorsOf = bySlug(tables.indicators);
  const assignmentsOf = bySlug(tables.assignments);
  const agencyById = new Map(tables.agencies.map((a) => [a.agency_id, a]));
  const sectionOf = sectionPaths(tables.items);
  const typeCounts = rollup(
    [...docsOf.values()].flat(),
    (v) => v.length,
    (d) => d.doc_type
  );
  const related = relatedJurisdictions([...docsOf].map(([slug, ds]) => ({slug, adcode: ds[0].adcode})));
  const docRank = new Map([...docsOf.values()].flatMap((ds) => ds.map((d, i) => [d.doc_id, i] as const)));
  // Per catalogued indicator, per jurisdiction, per kind: its first plausible figure in document order.
  const firstFigures = new Map<string, Map<string, Map<string, BriefIndicatorRow>>>();
  for (const r of tables.indicators
    .filter((r) => r.indicator_id != null && slugOf.has(r.doc_id) && r.flag == null && Number.isFinite(r.value))
    .sort((a, b) => docRank.get(a.doc_id)! - docRank.get(b.doc_id)! || a.char_start - b.char_start)) {
    const bySlug =
      firstFigures.get(r.indicator_id!) ?? firstFigures.set(r.indicator_id!, new Map()).get(r.indicator_id!)!;
    const s = slugOf.get(r.doc_id)!;
    const byKind = bySlug.get(s) ?? bySlug.set(s, new Map()).get(s)!;
    if (!byKind.has(r.kind)) byKind.set(r.kind, r);
  }
  /**
   * Per indicator and kind, sorted by year then slug: the jurisdictions with a figure of that kind (`same`), and those
   * without one with their first figure of another kind (`other`). Built the first time a key figure asks.
   */
  const peerLists = new Map<string, Map<string, {same: PeerEntry[]; other: PeerEntry[]}>>();
  function peerList(indicator: string, kind: string) {
    if (!peerLists.has(indicator)) {
      const bySlug = [...(firstFigures.get(indicator) ?? [])];
      const entry = (s: string, r: BriefIndicatorRow): PeerEntry => {
        const d = docsOf.get(s)![docRank.get(r.doc_id)!];
        return {slug: s, year: r.year ?? d.year ?? 0, row: r, doc: d};
      };
      const order = (a: PeerEntry, b: PeerEntry) => a.year - b.year || (a.slug < b.slug ? -1 : 1);
      const kinds = new Set(bySlug.flatMap(([, byKind]) => [...byKind.keys()]));
      peerLists.set(
        indicator,
        new Map(
          [...kinds].map((k) => [
            k,
            {
              same: bySlug
                .filter(([, v]) => v.has(k))
                .map(([s, v]) => entry(s, v.get(k)!))
                .sort(order),
              other: bySlug
                .filter(([, v]) => !v.has(k))
                .map(([s, v]) => entry(s, [...v.values()][0]))
                .sort(order)
            }
          ])
        )
      );
    }
    return peerLists.get(indicator)!.get(kind) ?? {same: [], other: []};
  }
  /**
   * The same indicator elsewhere, at most BRIEF_MAX_FIGURE_PEERS: each other jurisdiction's figure of the same kind
   * first, then of another kind, each nearest in year first, then by slug (nearestByYear: no scan of every
   * jurisdiction per figure).
   */
  function figurePeers(slug: string, f: {indicator_id: string; kind: string; year: number | null}) {
    const {same, other} = peerList(f.indicator_id, f.kind);
    const year = f.year ?? 0;
    const near = nearestByYear(same, year, slug, BRIEF_MAX_FIGURE_PEERS);
    return [...near, ...nearestByYear(other, year, slug, BRIEF_MAX_FIGURE_PEERS - near.length)].map(
      ({slug: s, row: r, doc: d}) => ({
        slug: s,
        jurisdiction: d.jurisdiction,
        jurisdiction_en: d.jurisdiction_en,
        value: r.value,
        unit: r.unit,
        approx: r.approx,
        kind: r.kind,
        year: r.year ?? d.year,
        doc_type: d.doc_type
      })
    );
  }
  /** A related jurisdiction as a brief names it: its slug, names, level and documents. */
  const relative = (s: string) => {
    const ds = docsOf.get(s)!;
    return {
      slug: s,
      jurisdiction: ds[0].jurisdiction,
      jurisdiction_en: ds[0].jurisdiction_en,
      level: ds[0].level,
      documents: ds.map((d) => ({doc_type: d.doc_type, year: d.year}))
    };
  };

  const shares = new Map([...docsOf].map(([s, ds]) => [s, topicShares(ds, coverageOf.get(s) ?? [])]));
  const classified = new Map(
    [...docsOf.keys()].map((s) => [s, (indicatorsOf.get(s) ?? []).filter((r) => r.indicator_id != null).length])
  );
  // Over the jurisdictions with tasks: the sum of their shares and how many cover each topic.
  const withTasks = [...shares.values()].filter((v) => v.tasks > 0);
  const shareSum = new Map(topics.map((t) => [t.topic_id, sum(withTasks, (v) => v.share(t.topic_id))]));
  const covering = new Map(
    topics.map((t) => [t.topic_id, withTasks.filter((v) => (v.items.get(t.topic_id) ?? 0) > 0).length])
  );
  const coveredCount = (s: string) => topics.filter((t) => (shares.get(s)!.items.get(t.topic_id) ?? 0) > 0).length;
  const coveredSum = sum(docsOf.keys(), coveredCount);
  const corpus = {
    jurisdictions: docsOf.size,
    doc_types: [...new Set(tables.documents.map((d) => d.doc_type))].sort(),
    years: yearRange(tables.documents)
  };
  const firstYear = (ds: BriefDocumentRow[]) => Math.min(...ds.map((d) => d.year ?? Infinity));

  // Jurisdictions by first year, then slug: the order of the peer table and of the search for the nearest.
  const byYear = [...docsOf.keys()]
    .map((s) => ({s, y: firstYear(docsOf.get(s)!), d: docsOf.get(s)![0]}))
    .sort((a, b) => a.y - b.y || (a.s < b.s ? -1 : 1));
  const byProvince = group(byYear, (p) => p.d.province);

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
        tasks: sum(ds, (d) => d.n_tasks),
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
    const family = related.get(slug)!;
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
      others: {
        jurisdictions: others,
        mean_topics_covered: others ? (coveredSum - coveredCount(slug)) / others : null,
        /** The types of the other jurisdictions' documents: a comparison with them may cross genres. */
        doc_types: [...typeCounts]
          .filter(([type, n]) => n > docs.filter((d) => d.doc_type === type).length)
          .map(([type]) => type)
          .sort()
      },
      /** The jurisdiction of the corpus that contains this one (by division code), and those it contains. */
      parent: family.parent == null ? null : relative(family.parent),
      children: family.children.map(relative),
      figures_total: own_indicators.length,
      figures_classified: classified.get(slug)!,
      figures: keyFigures(own_indicators, docs, tables.catalogue).map((f) => ({
        ...f,
        section: sectionOf(f.item_id),
        peers: figurePeers(slug, f)
      })),
      workload: leadWorkload(docs, assignmentsOf.get(slug) ?? [], agencyById)
    };
  }

  return {slugs: () => [...docsOf.keys()].sort(), brief};
}

/** The data briefData returns. */
export type Brief = ReturnType<ReturnType<typeof briefIndex>["brief"]>;

/** A jurisdiction's task items per topic over its tasks, from its own coverage rows. */
function topicShares(docs: BriefDocumentRow[], coverage: BriefTables["coverage"]) {
  const items = rollup(
    coverage,
    (v) => sum(v, (c) => c.items),
    (c) => c.topic_id
  );
  const tasks = sum(docs, (d) => d.n_tasks);
  return {items, tasks, share: (topic: string) => (tasks ? (items.get(topic) ?? 0) / tasks : 0)};
}

function keyFigures(rows: BriefIndicatorRow[], docs: BriefDocumentRow[], catalogue: BriefTables["catalogue"]) {
  const rank = new Map(catalogue.map((c, i) => [c.indicator_id, i]));
  const docRank = new Map(docs.map((d, i) => [d.doc_id, i]));
  const sorted = rows
    .filter((r) => r.indicator_id != null && rank.has(r.indicator_id) && r.flag == null && Number.isFinite(r.value))
    .sort((a, b) => docRank.get(a.doc_id)! - docRank.get(b.doc_id)! || a.char_start - b.char_start);
  // The figure of each indicator and kind whose subject fits the indicator's name best (key-figure.ts), else the first.
  const firsts = rollup(
    sorted,
    (v) => keyFigure(v, catalogue[rank.get(v[0].indicator_id!)!])!,
    (r) => r.indicator_id,
    (r) => r.kind
  );
  return [...firsts.values()]
    .flatMap((byKind) => [...byKind.values()])
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
        item_id: r.item_id,
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

/**
 * The lead agencies of a jurisdiction: tasks each leads and supports (summed over its documents that name units) and
 * its share of tasks led and supported (taskShares: the mean of per-document shares); null when no document names
 * units.
 */
function leadWorkload(
  docs: BriefDocumentRow[],
  own: BriefTables["assignments"],
  agencyById: Map<string, BriefTables["agencies"][number]>
) {
  if (!own.length) return null;
  const withUnits = new Set(own.map((a) => a.doc_id));
  const assigning = docs.filter((d) => withUnits.has(d.doc_id));
  const [leadShare, supportShare] = [taskShares(own, assigning, "lead"), taskShares(own, assigning, "support")];
  const count = (v: BriefTables["assignments"], role: string) =>
    new Set(v.filter((a) => a.role === role).map((a) => a.item_id)).size;
  const byAgency = rollup(
    own.filter((a) => a.role === "lead" || a.role === "support"),
    (v) => ({lead: count(v, "lead"), support: count(v, "support"), collective: v[0].is_collective}),
    (a) => a.agency_id
  );
  const rows = [...byAgency]
    .map(([agency_id, v]) => ({
      agency_id,
      name_zh: agencyById.get(agency_id)?.name_zh ?? agency_id,
      name_en: agencyById.get(agency_id)?.name_en ?? "",
      collective: v.collective || agencyById.get(agency_id)?.kind === "collective",
      lead: v.lead,
      support: v.support,
      share: leadShare.get(agency_id) ?? 0,
      support_share: supportShare.get(agency_id) ?? 0
    }))
    .sort((a, b) => b.lead - a.lead || b.support - a.support || (a.agency_id < b.agency_id ? -1 : 1));
  const named = rows.filter((r) => !r.collective && r.lead > 0);
  return {
    /** The tasks of the documents that name units. */
    tasks: sum(assigning, (d) => d.n_tasks),
    /** How many documents name units: with more than one, a share is the mean of their shares. */
    documents: assigning.length,
    tasks_with_lead: new Set(own.filter((a) => a.role === "lead").map((a) => a.item_id)).size,
    named_agencies: named.length,
    lead: named.slice(0, BRIEF_MAX_AGENCIES),
    collective: rows.filter((r) => r.collective)
  };
}

/** The first and last year of the documents; null when none has a year. */
function yearRange(documents: BriefDocumentRow[]): [number, number] | null {
  const [min, max] = extent(documents.map((d) => d.year));
  return min == null || max == null ? null : [min, max];
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
    items: await read("items"),
    catalogue
  };
}
