import {agencyAliases} from "./agency-aliases.ts";
import {agencyCollectives} from "./agency-collectives.ts";
import {englishAgencyName} from "./english-agency-name.ts";
import type {AgencyKind} from "../types.ts";

/** The prefix of ids given to names the alias table does not know: "unknown:" + the name without its jurisdiction. */
export const UNKNOWN_PREFIX = "unknown:";

/** Kind of an unknown agency from how its name begins or ends, tried in order. */
const UNKNOWN_KINDS: {name: string; pattern: RegExp; kind: AgencyKind}[] = [
  {name: "party-organ", pattern: /^(党委|党工委|党组)|工委$/, kind: "party"},
  {name: "court-procuratorate", pattern: /(法院|法庭|检察院)$/, kind: "judicial"},
  {name: "congress-cppcc", pattern: /^(人大|政协)/, kind: "legislature"},
  {name: "mass-organisation", pattern: /(联合会|协会|学会|商会)$/, kind: "mass_organisation"},
  {name: "government-organ", pattern: /(政府|局|厅|委员会|委|办公室|办|中心|署|站|所|队|处)$/, kind: "government"}
];

/** Canonical names and kind of an agency_id (alias table, collective rules, or the name inside an unknown: id, with an English name built by englishAgencyName); "" returns an "other" row with empty names. */
export function describeAgency(agencyId: string): {name_zh: string; name_en: string; kind: AgencyKind} {
  const id = agencyId ?? "";
  const row = agencyAliases().byId.get(id);
  if (row) return {name_zh: row.name_zh, name_en: row.name_en, kind: row.kind};
  const collective = agencyCollectives().find((rule) => rule.agency_id === id);
  if (collective) return {name_zh: collective.name_zh, name_en: collective.name_en, kind: "collective"};
  const name = id.startsWith(UNKNOWN_PREFIX) ? id.slice(UNKNOWN_PREFIX.length) : id;
  if (id.startsWith("collective:")) return {name_zh: name, name_en: englishAgencyName(name), kind: "collective"};
  return {
    name_zh: name,
    name_en: englishAgencyName(name),
    kind: UNKNOWN_KINDS.find((rule) => rule.pattern.test(name))?.kind ?? "other"
  };
}
