import {flatGroup, rollup, sum} from "d3";
import {selfCheckWarnings, type SelfChecks} from "../checks/self-checks.ts";
import {fitsDetail} from "./detail-limit.ts";

/** The documents-table columns the overview reads. */
export interface OverviewDoc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  level: string | null;
  parent_jurisdiction: string | null;
  province: string | null;
  year: number | null;
  doc_type: string;
  title: string | null;
  issuer: string | null;
  doc_number: string | null;
  issued_date: string | null;
  n_tasks: number;
  n_assignments: number;
  n_indicators: number;
  metadata_source: string;
  warnings: string | null;
  unit_markers?: number | null;
  unit_markers_assigned?: number | null;
  numbered_lines?: number | null;
  numbered_items?: number | null;
}

/** The extraction's self-checks over the corpus, and the documents flagged by them (loaders/checks/self-checks.ts). */
export interface SelfCheckTotals {
  unit_markers: number;
  unit_markers_assigned: number;
  numbered_lines: number;
  numbered_items: number;
  /** Documents whose unit markers mostly gave no units, or whose numbered lines mostly became no items. */
  flagged: number;
  /** The first flagged documents, with their counts. */
  flaggedDocs: Pick<
    OverviewDoc,
    "doc_id" | "jurisdiction" | "unit_markers" | "unit_markers_assigned" | "numbered_lines" | "numbered_items"
  >[];
}

/** One province × year cell of the overview at scale: documents, tasks and figures, and documents per type. */
export interface ProvinceYear {
  province: string;
  year: number | null;
  documents: number;
  tasks: number;
  figures: number;
  task_plan: number;
  implementation_opinion: number;
  annual_report: number;
  work_points: number;
  other: number;
}

export interface OverviewSummary {
  totals: {documents: number; failed: number; jurisdictions: number; tasks: number; figures: number};
  /** One dot per document while the corpus names few jurisdictions, else documents per province and year. */
  timeline: {mode: "documents"; rows: OverviewDoc[]} | {mode: "provinces"; rows: ProvinceYear[]};
  /** The first `listLimit` rows of the documents table (in table order) and how many there are. */
  list: {total: number; rows: OverviewDoc[]};
  selfCheck: SelfCheckTotals;
}

const columns = [
  "doc_id",
  "jurisdiction",
  "jurisdiction_en",
  "level",
  "parent_jurisdiction",
  "province",
  "year",
  "doc_type",
  "title",
  "issuer",
  "doc_number",
  "issued_date",
  "n_tasks",
  "n_assignments",
  "n_indicators",
  "metadata_source",
  "warnings"
] as const;
const types = ["task_plan", "implementation_opinion", "annual_report", "work_points"];

/**
 * Everything the overview draws, sized to the page: totals over the readable documents, the timeline (per document
 * up to DETAIL_LIMIT jurisdictions, else per province and year) and the first rows of the documents list.
 * Documents whose warnings start with "error:" count as failed. No documents give zero totals and empty lists.
 */
export function overviewSummary(documents: OverviewDoc[], {listLimit = 200} = {}): OverviewSummary {
  const pick = (d: OverviewDoc) => Object.fromEntries(columns.map((c) => [c, d[c] ?? null])) as unknown as OverviewDoc;
  const ok = documents.filter((d) => !d.warnings?.startsWith("error:"));
  const sum = (key: "n_tasks" | "n_indicators") => ok.reduce((s, d) => s + (d[key] ?? 0), 0);
  const totals = {
    documents: ok.length,
    failed: documents.length - ok.length,
    jurisdictions: new Set(ok.map((d) => d.jurisdiction)).size,
    tasks: sum("n_tasks"),
    figures: sum("n_indicators")
  };
  const timeline: OverviewSummary["timeline"] = fitsDetail(ok.map((d) => d.jurisdiction))
    ? {mode: "documents", rows: ok.map(pick)}
    : {mode: "provinces", rows: provinceYears(ok)};
  return {
    totals,
    timeline,
    list: {total: documents.length, rows: documents.slice(0, listLimit).map(pick)},
    selfCheck: selfCheckTotals(ok)
  };
}

/** How many flagged documents the overview names; the rest are counted. */
const FLAGGED_NAMED = 20;

/** Sums the self-checks of the readable documents and lists those flagged as loaders/checks/self-checks.ts flags them. */
function selfCheckTotals(documents: OverviewDoc[]): SelfCheckTotals {
  const total = (key: "unit_markers" | "unit_markers_assigned" | "numbered_lines" | "numbered_items") =>
    sum(documents, (d) => d[key]);
  const flagged = documents.filter((d) => selfCheckWarnings(selfChecksOf(d)).length > 0);
  return {
    unit_markers: total("unit_markers"),
    unit_markers_assigned: total("unit_markers_assigned"),
    numbered_lines: total("numbered_lines"),
    numbered_items: total("numbered_items"),
    flagged: flagged.length,
    flaggedDocs: flagged.slice(0, FLAGGED_NAMED).map((d) => ({
      doc_id: d.doc_id,
      jurisdiction: d.jurisdiction,
      unit_markers: d.unit_markers ?? 0,
      unit_markers_assigned: d.unit_markers_assigned ?? 0,
      numbered_lines: d.numbered_lines ?? 0,
      numbered_items: d.numbered_items ?? 0
    }))
  };
}

function selfChecksOf(d: OverviewDoc): SelfChecks {
  return {
    unit_markers: d.unit_markers ?? 0,
    unit_markers_assigned: d.unit_markers_assigned ?? 0,
    numbered_lines: d.numbered_lines ?? 0,
    numbered_items: d.numbered_items ?? 0
  };
}

/** Documents per province and year, provinces with most documents first, then by year (unknown province "?"). */
function provinceYears(documents: OverviewDoc[]): ProvinceYear[] {
  const provinceOf = (d: OverviewDoc) => d.province ?? "?";
  const perProvince = rollup(documents, (v) => v.length, provinceOf);
  const typeOf = (d: OverviewDoc) => (types.includes(d.doc_type) ? d.doc_type : "other");
  const cells = flatGroup(documents, provinceOf, (d) => d.year).map(([province, year, docs]): ProvinceYear => {
    const perType = rollup(docs, (v) => v.length, typeOf);
    return {
      province,
      year,
      documents: docs.length,
      tasks: sum(docs, (d) => d.n_tasks),
      figures: sum(docs, (d) => d.n_indicators),
      task_plan: perType.get("task_plan") ?? 0,
      implementation_opinion: perType.get("implementation_opinion") ?? 0,
      annual_report: perType.get("annual_report") ?? 0,
      work_points: perType.get("work_points") ?? 0,
      other: perType.get("other") ?? 0
    };
  });
  return cells.sort(
    (a, b) =>
      perProvince.get(b.province)! - perProvince.get(a.province)! ||
      a.province.localeCompare(b.province) ||
      (a.year ?? 0) - (b.year ?? 0)
  );
}
