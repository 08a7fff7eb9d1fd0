import type {WorkloadUnit} from "../../loaders/site/agency-summary.ts";
import type {WorkloadRow} from "../../loaders/site/agency-workload.ts";

/** data/agency-summary.json (loaders/site/agency-summary.ts). */
export interface AgencySummary {
  mode: "documents" | "groups";
  agencies: {agency_id: string; name_zh: string; name_en: string; kind: string}[];
  units: WorkloadUnit[];
  rows: {agency_id: string; role: "lead" | "support"; tasks: number[]; share: number[]}[];
  pairs: {a_id: string; b_id: string; tasks: number}[];
  assignments: Record<string, number>;
}

/**
 * The workload chart's rows for one role over the units a province and year select (null = all): per agency and
 * document while the summary is per document (labelled by `unitLabel`, e.g. "东胜区 2022"), else one row per
 * agency with its tasks summed and its share averaged over the selected documents that assign units (labelled by
 * `totalLabel(n)`). `name` gives an agency's display name. Empty input gives [].
 */
export function workloadView(
  summary: AgencySummary,
  {
    role = "lead",
    province = null,
    year = null,
    name = (a: AgencySummary["agencies"][number]) => a.name_zh,
    unitLabel = (u: AgencySummary["units"][number]) => `${u.jurisdiction ?? u.doc_id} ${u.year ?? ""}`.trim(),
    totalLabel = (n: number) => `${n} documents`
  }: {
    role?: string;
    province?: string | null;
    year?: number | null;
    name?: (a: AgencySummary["agencies"][number]) => string;
    unitLabel?: (u: AgencySummary["units"][number]) => string;
    totalLabel?: (n: number) => string;
  } = {}
): WorkloadRow[] {
  const agencyById = new Map(summary.agencies.map((a) => [a.agency_id, a]));
  const units = summary.units.flatMap((u, k) =>
    (province == null || u.province === province) && (year == null || u.year === year) ? [k] : []
  );
  const documents = units.reduce((s, k) => s + summary.units[k].documents, 0);
  const rows: WorkloadRow[] = [];
  for (const r of summary.rows) {
    if (r.role !== role) continue;
    const a = agencyById.get(r.agency_id);
    const agency = {
      agency_id: r.agency_id,
      agency: a ? name(a) : r.agency_id,
      agency_en: a?.name_en ?? "",
      kind: a?.kind ?? "other",
      collective: a?.kind === "collective",
      role: r.role
    };
    if (summary.mode === "documents") {
      for (const k of units)
        if (r.tasks[k] > 0) {
          const u = summary.units[k];
          rows.push({
            ...agency,
            doc_id: u.doc_id ?? "",
            jurisdiction: unitLabel(u),
            tasks: r.tasks[k],
            share: r.share[k]
          });
        }
    } else {
      const tasks = units.reduce((s, k) => s + r.tasks[k], 0);
      const share = units.reduce((s, k) => s + r.share[k], 0);
      if (tasks > 0)
        rows.push({
          ...agency,
          doc_id: "",
          jurisdiction: totalLabel(documents),
          tasks,
          share: documents ? share / documents : 0
        });
    }
  }
  return rows;
}

/** The co-lead pairs in both orientations with the agencies' display names, for the matrix; [] when none. */
export function coLeadRows(pairs: AgencySummary["pairs"], name: (id: string) => string) {
  return pairs.flatMap(({a_id, b_id, tasks}) => [
    {a: name(a_id), b: name(b_id), a_id, b_id, tasks},
    {a: name(b_id), b: name(a_id), a_id: b_id, b_id: a_id, tasks}
  ]);
}
