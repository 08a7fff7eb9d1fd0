import type {AgencySummary} from "./workload-view.js";

/**
 * The agencies /agencies offers to list: the named ones (collective units left out) that have assignments, most
 * assignments first, ties by id. Empty input gives [].
 */
export function agencyOptions(summary: Pick<AgencySummary, "agencies" | "assignments">): string[] {
  const kind = new Map(summary.agencies.map((a) => [a.agency_id, a.kind]));
  return Object.keys(summary.assignments)
    .filter((id) => kind.get(id) !== "collective")
    .sort((a, b) => summary.assignments[b] - summary.assignments[a] || a.localeCompare(b));
}
