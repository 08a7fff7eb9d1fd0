import {flatGroup} from "d3";
import type {Indicator} from "../types.ts";
import {defaultIndicator} from "./default-indicator.ts";
import {DETAIL_LIMIT, fitsDetail} from "./detail-limit.ts";

/** One value of an indicator as /indicators draws and downloads it, with its quote. */
export interface IndicatorPoint {
  indicator_row_id: string;
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  /** The document's province (documents.province), for the province filter and tile map. */
  province: string | null;
  doc_type: string;
  year: number | null;
  indicator_id: string;
  subject: string;
  value: number;
  unit: string;
  approx: boolean;
  kind: string;
  quote: string;
  char_start: number;
  char_end: number;
  /** Non-null when extraction found the value implausible (why): charts grey it or leave it out, with a note. */
  flag: string | null;
}

/** A cited value: where the box's minimum, median or maximum was written. */
export type Cite = Pick<
  IndicatorPoint,
  "indicator_row_id" | "doc_id" | "jurisdiction" | "jurisdiction_en" | "value" | "quote" | "char_start" | "char_end"
>;

/** The distribution of one indicator's values in one unit, year and kind, with the quotes of its min, median, max. */
export interface IndicatorBox {
  unit: string;
  year: number | null;
  kind: string;
  n: number;
  approx: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  cites: {min: Cite; median: Cite; max: Cite};
}

/** A document of the corpus, for the rows of the documents that report no value of an indicator. */
export interface SummaryDocument {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  doc_type: string;
  year: number | null;
}

/** How many values of an indicator, and in how many documents, one province reported. */
export interface IndicatorProvince {
  province: string;
  values: number;
  documents: number;
}

export interface IndicatorSummary {
  /** Every document while there are at most DETAIL_LIMIT (so a table can list those without a value), else []. */
  documents: SummaryDocument[];
  /** Catalogue indicators with at least one value, most values first. */
  options: {indicator_id: string; name_zh: string; name_en: string; count: number}[];
  /** The indicator the page opens on (loaders/site/default-indicator.ts); null when none is comparable. */
  default_indicator: string | null;
  /** Every jurisdiction of the corpus in code-point order: the fixed domain of the site's jurisdiction colours. */
  jurisdictions: string[];
  /** Per indicator: every point when it has at most `pointLimit` values, else boxes; and what the note compares. */
  indicators: Record<
    string,
    {
      points: IndicatorPoint[] | null;
      /** Boxes over the plausible values only. */
      boxes: IndicatorBox[] | null;
      /** The values extraction flagged as implausible, left out of the boxes (the points carry their flag). */
      flagged: IndicatorPoint[];
      /** Per province with a value: its values and documents, by province (values without a province left out). */
      provinces: IndicatorProvince[];
      doc_types: string[];
      years: number[];
      units: string[];
      kinds: string[];
    }
  >;
}

type Row = Pick<
  Indicator,
  | "indicator_row_id"
  | "doc_id"
  | "indicator_id"
  | "subject"
  | "value"
  | "unit"
  | "approx"
  | "year"
  | "quote"
  | "char_start"
  | "char_end"
> & {kind: string; flag?: string | null};
interface Doc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province?: string | null;
  doc_type: string;
  year?: number | null;
}

/**
 * What /indicators draws for each catalogue indicator: every value with its quote while there are at most
 * `pointLimit` in at most DETAIL_LIMIT jurisdiction-years (one dot each, a row per jurisdiction-year), else per unit,
 * year and kind the quartiles with the quotes of the minimum, median and maximum (one box each), so the page stays
 * small at any corpus size; per province the values and documents reporting it, for the tile map; and the corpus's
 * documents while they are at most DETAIL_LIMIT. Values flagged as implausible keep their flag on their point and
 * stay out of the boxes. Unclassified rows are left out. Empty input gives no options and no documents.
 */
export function indicatorSummary(
  rows: Row[],
  documents: Doc[],
  catalogue: {indicator_id: string; name_zh: string; name_en: string}[],
  {pointLimit = 300} = {}
): IndicatorSummary {
  const docById = new Map(documents.map((d) => [d.doc_id, d]));
  const byIndicator = new Map<string, IndicatorPoint[]>();
  for (const r of rows) {
    if (r.indicator_id == null) continue;
    const doc = docById.get(r.doc_id);
    const point: IndicatorPoint = {
      indicator_row_id: r.indicator_row_id,
      doc_id: r.doc_id,
      jurisdiction: doc?.jurisdiction ?? r.doc_id,
      jurisdiction_en: doc?.jurisdiction_en ?? null,
      province: doc?.province ?? null,
      doc_type: doc?.doc_type ?? "other",
      year: r.year,
      indicator_id: r.indicator_id,
      subject: r.subject,
      value: r.value,
      unit: r.unit,
      approx: r.approx,
      kind: r.kind,
      quote: r.quote,
      char_start: r.char_start,
      char_end: r.char_end,
      flag: r.flag ?? null
    };
    let list = byIndicator.get(r.indicator_id);
    if (!list) byIndicator.set(r.indicator_id, (list = []));
    list.push(point);
  }
  const options = catalogue
    .filter((c) => byIndicator.has(c.indicator_id))
    .map(({indicator_id, name_zh, name_en}) => ({
      indicator_id,
      name_zh,
      name_en,
      count: byIndicator.get(indicator_id)!.length
    }))
    .sort((a, b) => b.count - a.count || a.indicator_id.localeCompare(b.indicator_id));
  const indicators: IndicatorSummary["indicators"] = {};
  for (const {indicator_id} of options) {
    const points = byIndicator.get(indicator_id)!;
    const distinct = <T>(f: (p: IndicatorPoint) => T) => [...new Set(points.map(f))];
    const drawn = points.length <= pointLimit && fitsDetail(points.map((p) => `${p.jurisdiction} ${p.year}`));
    indicators[indicator_id] = {
      points: drawn ? points : null,
      boxes: drawn ? null : boxes(points.filter((p) => p.flag == null)),
      flagged: points.filter((p) => p.flag != null),
      provinces: provinceCounts(points),
      doc_types: distinct((p) => p.doc_type).sort(),
      years: distinct((p) => p.year)
        .filter((y): y is number => y != null)
        .sort(),
      units: distinct((p) => p.unit).sort(),
      kinds: distinct((p) => p.kind).sort()
    };
  }
  const listed =
    documents.length <= DETAIL_LIMIT
      ? documents.map(({doc_id, jurisdiction, jurisdiction_en, doc_type, year}) => ({
          doc_id,
          jurisdiction,
          jurisdiction_en,
          doc_type,
          year: year ?? null
        }))
      : [];
  const points = [...byIndicator.values()].flat();
  const jurisdictions = [...new Set(documents.map((d) => d.jurisdiction ?? d.doc_id))].sort();
  return {
    documents: listed,
    options,
    default_indicator: defaultIndicator(
      points,
      catalogue.map((c) => c.indicator_id)
    ),
    jurisdictions,
    indicators
  };
}

/** Values and distinct documents per province, by province; points without a province are left out. */
function provinceCounts(points: IndicatorPoint[]): IndicatorProvince[] {
  const counts = new Map<string, {values: number; docs: Set<string>}>();
  for (const p of points) {
    if (p.province == null) continue;
    const c = counts.get(p.province) ?? {values: 0, docs: new Set<string>()};
    c.values += 1;
    c.docs.add(p.doc_id);
    counts.set(p.province, c);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([province, c]) => ({province, values: c.values, documents: c.docs.size}));
}

/** One box per unit, year and kind, ordered by unit, year, kind. */
function boxes(points: IndicatorPoint[]): IndicatorBox[] {
  return flatGroup(
    points,
    (p) => p.unit,
    (p) => p.year,
    (p) => p.kind
  )
    .map(([, , , list]) => {
      const sorted = [...list].sort(
        (a, b) => a.value - b.value || a.indicator_row_id.localeCompare(b.indicator_row_id)
      );
      const at = (q: number) =>
        quantile(
          sorted.map((p) => p.value),
          q
        );
      const {unit, year, kind} = sorted[0];
      return {
        unit,
        year,
        kind,
        n: sorted.length,
        approx: sorted.filter((p) => p.approx).length,
        min: sorted[0].value,
        q1: at(0.25),
        median: at(0.5),
        q3: at(0.75),
        max: sorted[sorted.length - 1].value,
        cites: {
          min: cite(sorted[0]),
          median: cite(sorted[(sorted.length - 1) >> 1]),
          max: cite(sorted[sorted.length - 1])
        }
      };
    })
    .sort((a, b) => a.unit.localeCompare(b.unit) || (a.year ?? 0) - (b.year ?? 0) || a.kind.localeCompare(b.kind));
}

/** The cited columns of a point. */
function cite({
  indicator_row_id,
  doc_id,
  jurisdiction,
  jurisdiction_en,
  value,
  quote,
  char_start,
  char_end
}: IndicatorPoint): Cite {
  return {indicator_row_id, doc_id, jurisdiction, jurisdiction_en, value, quote, char_start, char_end};
}

/** The q-quantile of sorted values by linear interpolation (as d3.quantileSorted). */
function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return lo + 1 < sorted.length ? sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (i - lo) : sorted[lo];
}
