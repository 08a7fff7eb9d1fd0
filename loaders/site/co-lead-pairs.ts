import {rollup} from "d3";
import type {Agency, Assignment} from "../types.ts";

/** Pairs of agencies that lead the same task, counted over all documents (collective units left out); [] when none. */
export function coLeadPairs(
  assignments: Pick<Assignment, "item_id" | "role" | "agency_id" | "is_collective">[],
  agencies: Pick<Agency, "agency_id" | "name_zh">[]
) {
  const name = new Map(agencies.map((a) => [a.agency_id, a.name_zh]));
  const leadsByTask = rollup(
    assignments.filter((a) => a.role === "lead" && !a.is_collective),
    (v) => [...new Set(v.map((a) => a.agency_id))].sort(),
    (a) => a.item_id
  );
  const pairs = [...leadsByTask.values()].flatMap((ids) =>
    ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({a, b})))
  );
  const counts = rollup(
    pairs,
    (v) => v.length,
    (p) => p.a,
    (p) => p.b
  );
  return [...counts].flatMap(([a, byB]) =>
    [...byB].flatMap(([b, tasks]) => {
      const [na, nb] = [name.get(a) ?? a, name.get(b) ?? b];
      return [
        {a: na, b: nb, a_id: a, b_id: b, tasks},
        {a: nb, b: na, a_id: b, b_id: a, tasks}
      ];
    })
  );
}
