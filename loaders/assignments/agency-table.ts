import {agencyAliases} from "./agency-aliases.ts";
import {describeAgency} from "./describe-agency.ts";
import type {Agency, Assignment} from "../types.ts";

/**
 * One row per agency_id seen in the assignments, sorted by id, with canonical names, kind and every spelling (the raw
 * names seen plus the alias file's); null or [] returns [].
 */
export function agencyTable(assignments: Assignment[] | null | undefined): Agency[] {
  if (assignments == null) return [];
  const spellings = new Map<string, Set<string>>();
  for (const assignment of assignments) {
    if (assignment?.agency_id == null) continue;
    let set = spellings.get(assignment.agency_id);
    if (!set) spellings.set(assignment.agency_id, (set = new Set()));
    if (assignment.agency_raw) set.add(assignment.agency_raw);
  }
  const {byId} = agencyAliases();
  return [...spellings.keys()].sort(compare).map((agency_id) => {
    const {name_zh, name_en, kind} = describeAgency(agency_id);
    const aliases = new Set([...(byId.get(agency_id)?.aliases ?? []), ...spellings.get(agency_id)!]);
    return {agency_id, name_zh, name_en, kind, aliases: [...aliases].sort(compare)};
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
