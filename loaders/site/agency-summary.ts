import {group, rollup, rollups} from "d3";
import type {DocumentRow} from "../extract-document.ts";
import type {Agency} from "../types.ts";
import {agencyWorkload, type AssignmentRow} from "./agency-workload.ts";
import {coLeadPairs} from "./co-lead-pairs.ts";
import {DETAIL_LIMIT, fitsDetail} from "./detail-limit.ts";
import {meanShare} from "./task-shares.ts";

/** The columns of a document the summary reads. */
export type AgencySummaryDocument = Pick<
  DocumentRow,
  "doc_id" | "jurisdiction" | "jurisdiction_en" | "province" | "year" | "n_tasks"
>;

/** The columns of an agency the summary keeps. */
export type AgencySummaryAgency = Pick<Agency, "agency_id" | "name_zh" | "name_en" | "kind">;

/** A group of documents the workload is counted over: one document, or the documents of one province and year. */
export type WorkloadUnit = Pick<AgencySummaryDocument, "jurisdiction" | "jurisdiction_en" | "province" | "year"> & {
  doc_id: string | null;
  /** Documents in the unit that assign units (the denominator of a mean share). */
  documents: number;
  /** Per province and year only: the unit groups the province's documents of every year (year is then null). */
  all_years?: true;
};

/**
 * Tasks an agency leads or supports, per unit (arrays indexed like `units`, 0 where none): the count, and its share
 * of tasks (meanShare: the mean of its per-document shares over the unit's documents, not pooled; for a one-document
 * unit, that document's share).
 */
export interface WorkloadCount {
  agency_id: string;
  role: "lead" | "support";
  tasks: number[];
  share: number[];
}

export interface AgencySummary {
  mode: "documents" | "groups";
  agencies: AgencySummaryAgency[];
  units: WorkloadUnit[];
  rows: WorkloadCount[];
  /** Pairs of named agencies leading the same task, each pair once (a_id < b_id). */
  pairs: {a_id: string; b_id: string; tasks: number}[];
  /** Assignment rows per agency (both roles). */
  assignments: Record<string, number>;
  /** Documents that name no units (the first DETAIL_LIMIT, in table order), and how many there are. */
  no_units: Pick<AgencySummaryDocument, "doc_id" | "jurisdiction" | "jurisdiction_en" | "province" | "year">[];
  no_units_total: number;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * What /agencies draws: tasks led and supported per agency per document while at most DETAIL_LIMIT documents assign
 * units, else per province and year and per province over all years (`all_years`; a cell's share is then the mean of
 * the unit's per-document shares, meanShare);
 * the co-lead pairs,
 * the assignment count of every agency and the documents that name no units. Empty tables give empty lists.
 */
export function agencySummary(
  documents: AgencySummaryDocument[],
  assignments: AssignmentRow[],
  agencies: AgencySummaryAgency[]
): AgencySummary {
  const assigning = new Set(assignments.map((a) => a.doc_id));
  const docs = documents.filter((d) => assigning.has(d.doc_id));
  const silent = documents.filter((d) => !assigning.has(d.doc_id));
  const mode = fitsDetail(docs.map((d) => d.doc_id)) ? "documents" : "groups";
  // At scale every document counts in its province and year and in its province over all years, so that the page
  // draws a column per province (all years) or per province in one year, never hundreds of columns at once.
  const byProvince = mode === "documents" ? [] : [...group(docs, (d) => d.province).values()];
  const groups =
    mode === "documents"
      ? docs.map((d) => [d])
      : [...byProvince.flatMap((g) => [...group(g, (d) => d.year).values()]), ...byProvince];
  const years = groups.length - byProvince.length;
  const units: WorkloadUnit[] = groups.map(([d, ...rest], k) => ({
    doc_id: mode === "documents" ? d.doc_id : null,
    jurisdiction: mode === "documents" ? d.jurisdiction : null,
    jurisdiction_en: mode === "documents" ? d.jurisdiction_en : null,
    province: d.province,
    year: k < years ? d.year : null,
    documents: 1 + rest.length,
    ...(k < years ? {} : {all_years: true as const})
  }));
  const unitsOf = group(
    groups.flatMap((g, k) => g.map((d) => [d.doc_id, k] as const)),
    ([doc_id]) => doc_id
  );
  const rows = rollups(
    agencyWorkload(assignments, agencies, docs),
    (v) => {
      const tasks = units.map(() => 0);
      const share = units.map(() => 0);
      for (const w of v)
        for (const [, k] of unitsOf.get(w.doc_id)!) {
          tasks[k] += w.tasks;
          share[k] += w.share;
        }
      return {tasks, share: share.map((total, k) => round(meanShare(total, units[k].documents)))};
    },
    (w) => w.agency_id,
    (w) => w.role
  ).flatMap(([agency_id, byRole]) => byRole.map(([role, counts]) => ({agency_id, role, ...counts})));
  return {
    mode,
    agencies: agencies.map(({agency_id, name_zh, name_en, kind}) => ({agency_id, name_zh, name_en, kind})),
    units,
    rows,
    pairs: coLeadPairs(assignments, agencies)
      .filter((p) => p.a_id < p.b_id)
      .map(({a_id, b_id, tasks}) => ({a_id, b_id, tasks})),
    assignments: Object.fromEntries(
      rollup(
        assignments,
        (v) => v.length,
        (a) => a.agency_id
      )
    ),
    no_units: silent.slice(0, DETAIL_LIMIT).map(({doc_id, jurisdiction, jurisdiction_en, province, year}) => ({
      doc_id,
      jurisdiction,
      jurisdiction_en,
      province,
      year
    })),
    no_units_total: silent.length
  };
}
