import {agencyWorkload, type AgencyRow, type AssignmentRow} from "./agency-workload.ts";
import {coLeadPairs} from "./co-lead-pairs.ts";
import {fitsDetail} from "./detail-limit.ts";

/** A group of documents the workload is counted over: one document, or the documents of one province and year. */
export interface WorkloadUnit {
  doc_id: string | null;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province: string | null;
  year: number | null;
  /** Documents in the unit that assign units (the denominator of a mean share). */
  documents: number;
}

/**
 * Tasks an agency leads or supports, per unit (arrays indexed like `units`, 0 where none): the count, and its share of
 * each document's tasks summed over the unit's documents.
 */
export interface WorkloadCount {
  agency_id: string;
  role: "lead" | "support";
  tasks: number[];
  share: number[];
}

export interface AgencySummary {
  mode: "documents" | "groups";
  agencies: AgencyRow[];
  units: WorkloadUnit[];
  rows: WorkloadCount[];
  /** Pairs of named agencies leading the same task, each pair once (a_id < b_id). */
  pairs: {a_id: string; b_id: string; tasks: number}[];
  /** Assignment rows per agency (both roles). */
  assignments: Record<string, number>;
}

interface Doc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province: string | null;
  year: number | null;
  n_tasks: number;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * What /agencies draws: tasks led and supported per agency per document while at most DETAIL_LIMIT documents assign
 * units, else per province and year (the page then shows the mean share over the documents it filters);
 * the co-lead pairs and the assignment count of every agency. Empty tables give empty lists.
 */
export function agencySummary(documents: Doc[], assignments: AssignmentRow[], agencies: AgencyRow[]): AgencySummary {
  const assigning = new Set(assignments.map((a) => a.doc_id));
  const docs = documents.filter((d) => assigning.has(d.doc_id));
  const mode = fitsDetail(docs.map((d) => d.doc_id)) ? "documents" : "groups";
  const units: WorkloadUnit[] = [];
  const unitOf = new Map<string, number>();
  for (const d of docs) {
    const key = mode === "documents" ? d.doc_id : `${d.province}\u0000${d.year}`;
    if (!unitOf.has(key)) {
      unitOf.set(key, units.length);
      units.push(
        mode === "documents"
          ? {
              doc_id: d.doc_id,
              jurisdiction: d.jurisdiction,
              jurisdiction_en: d.jurisdiction_en,
              province: d.province,
              year: d.year,
              documents: 0
            }
          : {doc_id: null, jurisdiction: null, jurisdiction_en: null, province: d.province, year: d.year, documents: 0}
      );
    }
    units[unitOf.get(key)!].documents += 1;
  }
  const docUnit = new Map(
    docs.map((d) => [d.doc_id, unitOf.get(mode === "documents" ? d.doc_id : `${d.province}\u0000${d.year}`)!])
  );
  const counts = new Map<string, WorkloadCount>();
  for (const w of agencyWorkload(assignments, agencies, docs)) {
    const unit = docUnit.get(w.doc_id);
    if (unit == null) continue;
    const key = `${w.agency_id}\u0000${w.role}`;
    let row = counts.get(key);
    if (!row) {
      const zeros = () => units.map(() => 0);
      counts.set(key, (row = {agency_id: w.agency_id, role: w.role, tasks: zeros(), share: zeros()}));
    }
    row.tasks[unit] += w.tasks;
    row.share[unit] += w.share;
  }
  const perAgency: Record<string, number> = {};
  for (const a of assignments) perAgency[a.agency_id] = (perAgency[a.agency_id] ?? 0) + 1;
  return {
    mode,
    agencies: agencies.map(({agency_id, name_zh, name_en, kind}) => ({agency_id, name_zh, name_en, kind})),
    units,
    rows: [...counts.values()].map((r) => ({...r, share: r.share.map(round)})),
    pairs: coLeadPairs(assignments, agencies)
      .filter((p) => p.a_id < p.b_id)
      .map(({a_id, b_id, tasks}) => ({a_id, b_id, tasks})),
    assignments: perAgency
  };
}
