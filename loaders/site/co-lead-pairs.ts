import type {AgencyRow, AssignmentRow} from "./agency-workload.ts";

/** Pairs of agencies that lead the same task, counted over all documents (collective units left out); [] when none. */
export function coLeadPairs(assignments: AssignmentRow[], agencies: AgencyRow[]) {
  const name = new Map(agencies.map((a) => [a.agency_id, a.name_zh]));
  const leadsByTask = new Map<string, Set<string>>();
  for (const a of assignments) {
    if (a.role !== "lead" || a.is_collective) continue;
    if (!leadsByTask.has(a.item_id)) leadsByTask.set(a.item_id, new Set());
    leadsByTask.get(a.item_id)!.add(a.agency_id);
  }
  const pairs = new Map<string, number>();
  for (const leads of leadsByTask.values()) {
    const ids = [...leads].sort();
    for (let i = 0; i < ids.length; ++i)
      for (let j = i + 1; j < ids.length; ++j)
        pairs.set(`${ids[i]}\u0000${ids[j]}`, (pairs.get(`${ids[i]}\u0000${ids[j]}`) ?? 0) + 1);
  }
  return [...pairs].flatMap(([key, tasks]) => {
    const [a, b] = key.split("\u0000");
    const [na, nb] = [name.get(a) ?? a, name.get(b) ?? b];
    return [
      {a: na, b: nb, a_id: a, b_id: b, tasks},
      {a: nb, b: na, a_id: b, b_id: a, tasks}
    ];
  });
}
