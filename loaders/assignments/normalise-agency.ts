import {agencyCollectives} from "./agency-collectives.ts";
import {canonicalAgencyName} from "./canonical-agency-name.ts";
import {describeAgency, UNKNOWN_PREFIX} from "./describe-agency.ts";
import {leadingPlace} from "./leading-place.ts";
import {lookupAgency} from "./lookup-agency.ts";
import type {AgencyKind} from "../types.ts";

export interface NormalisedAgency {
  agency_id: string;
  name_zh: string;
  kind: AgencyKind;
  is_collective: boolean;
}

/** Distinct (raw, prefix) pairs remembered; the memo is emptied when full, so memory stays bounded on any corpus. */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, NormalisedAgency>();

const BRACKETS = /[()（）]/g;

const EMPTY: NormalisedAgency = Object.freeze({
  agency_id: UNKNOWN_PREFIX,
  name_zh: "",
  kind: "other",
  is_collective: false
});

/**
 * The canonical agency of a name as written, one id across jurisdictions and eras (东胜区司法局, 辽阳市法制办 →
 * justice_bureau); `prefix` is the shared prefix written before an earlier name of the same list ("州党委" before
 * "办公室") and is used only when the name alone is not known. Names the alias table does not know get
 * "unknown:" + the name without its jurisdiction; null or "" returns {agency_id: "unknown:", name_zh: "", kind: "other"}.
 */
export function normaliseAgency(raw: string | null | undefined, prefix?: string | null): NormalisedAgency {
  const key = `${raw ?? ""}\u0001${prefix ?? ""}`;
  let result = memo.get(key);
  if (result) return result;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  result = Object.freeze(normalise(raw ?? "", canonicalAgencyName(prefix)));
  memo.set(key, result);
  return result;
}

function normalise(raw: string, prefix: string): NormalisedAgency {
  const name = canonicalAgencyName(raw);
  if (name === "") return EMPTY;
  const exact = lookupAgency(name);
  if (exact?.place === "") return known(exact.row.agency_id);
  // Collective units first: 各县区政府 must not be read as 各县区 + 政府.
  // Asides kept for this test: 县(市、区)人民政府 is many governments, not 县政府.
  const flat = canonicalAgencyName(String(raw).replace(BRACKETS, ""));
  const collective = agencyCollectives().find((rule) => rule.pattern.test(flat));
  if (collective)
    return {agency_id: collective.agency_id, name_zh: collective.name_zh, kind: "collective", is_collective: true};
  if (exact) return known(exact.row.agency_id);
  const prefixed = prefix ? lookupAgency(prefix + name) : null;
  if (prefixed) return known(prefixed.row.agency_id);
  let core = name.slice(leadingPlace(name).length);
  if (core.startsWith("委") && !core.startsWith("委员会") && core !== name) core = "党委" + core.slice(1);
  return known(UNKNOWN_PREFIX + core);
}

function known(agencyId: string): NormalisedAgency {
  const {name_zh, kind} = describeAgency(agencyId);
  return {agency_id: agencyId, name_zh, kind, is_collective: kind === "collective"};
}
