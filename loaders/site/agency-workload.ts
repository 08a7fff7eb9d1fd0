import {flatGroup} from "d3";
import type {Agency, Assignment} from "../types.ts";
import {documentShare} from "./task-shares.ts";

export type AssignmentRow = Pick<
  Assignment,
  "doc_id" | "item_id" | "role" | "agency_raw" | "agency_id" | "is_collective"
>;
export type AgencyRow = Pick<Agency, "agency_id" | "name_zh" | "name_en" | "kind">;
export interface DocRow {
  doc_id: string;
  jurisdiction: string | null;
  year: number | null;
  n_tasks: number;
}

export interface WorkloadRow {
  agency_id: string;
  agency: string;
  agency_en: string;
  kind: string;
  collective: boolean;
  doc_id: string;
  jurisdiction: string;
  role: "lead" | "support";
  tasks: number;
  share: number;
}

/**
 * Tasks led and supported per canonical agency per document, as counts and as shares of the document's
 * tasks (documentShare; over several documents /agencies shows their mean, as taskShares defines the share of tasks
 * led, so a 35-task and an 85-task document compare fairly). A task counts once per agency and role even
 * when the agency is named twice. Empty input gives [].
 */
export function agencyWorkload(
  assignments: AssignmentRow[],
  agencies: AgencyRow[],
  documents: DocRow[]
): WorkloadRow[] {
  const agencyById = new Map(agencies.map((a) => [a.agency_id, a]));
  const docById = new Map(documents.map((d) => [d.doc_id, d]));
  return flatGroup(
    assignments,
    (a) => a.agency_id,
    (a) => a.doc_id,
    (a) => a.role
  ).map(([agency_id, doc_id, role, rows]) => {
    // A task counts once per agency and role, however many times the agency is named in it.
    const tasks = new Set(rows.map((a) => a.item_id)).size;
    const agency = agencyById.get(agency_id);
    const doc = docById.get(doc_id);
    return {
      agency_id,
      agency: agency?.name_zh ?? agency_id,
      agency_en: agency?.name_en ?? "",
      kind: agency?.kind ?? "other",
      collective: agency?.kind === "collective",
      doc_id,
      jurisdiction: `${doc?.jurisdiction ?? doc_id} ${doc?.year ?? ""}`.trim(),
      role: role as "lead" | "support",
      tasks,
      share: documentShare(tasks, doc?.n_tasks)
    };
  });
}
