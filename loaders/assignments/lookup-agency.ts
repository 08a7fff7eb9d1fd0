import {agencyAliases, type AgencyAliasRow} from "./agency-aliases.ts";
import {LEVEL_CHARS} from "../metadata/place-names.ts";

/** A known agency found in a canonical name, with the jurisdiction text cut off before it. */
export interface AgencyMatch {
  row: AgencyAliasRow;
  /** The leading place run that was cut ("", "区", "鄂尔多斯市", "库尔勒经济技术开发区"). */
  place: string;
}

/** Longest leading place run tried: long enough for 巴音郭楞蒙古自治州 plus a development zone. */
const MAX_PLACE = 24;

/** 共青团东胜区委: the Youth League committee of a place, not its party committee. */
const YOUTH_LEAGUE = /^共青团.+[省市州盟区县旗]委$/;

/** A branch office of a bureau: "公安局东胜分局" is the 公安局. */
const BRANCH = /^(.+?局).+分局$/;

/**
 * Finds the known agency in a canonical name (see canonicalAgencyName): the name itself, else the rest after any
 * leading run ending in 省/市/州/盟/区/县/旗, shortest run first; "" or an unknown name returns null.
 */
export function lookupAgency(name: string): AgencyMatch | null {
  if (!name) return null;
  const whole = lookupCore(name);
  if (whole) return {row: whole, place: ""};
  if (YOUTH_LEAGUE.test(name)) {
    const league = lookupCore("共青团");
    if (league) return {row: league, place: name.slice(3, -1)};
  }
  const last = Math.min(name.length - 1, MAX_PLACE);
  for (let i = 0; i < last; ++i) {
    if (!LEVEL_CHARS.has(name[i])) continue;
    const row = lookupCore(name.slice(i + 1));
    if (row) return {row, place: name.slice(0, i + 1)};
  }
  return null;
}

function lookupCore(core: string): AgencyAliasRow | undefined {
  const {byAlias} = agencyAliases();
  for (const variant of variants(core)) {
    const row = byAlias.get(variant);
    if (row) return row;
  }
  return undefined;
}

/** The spellings a name without its place may stand for, most literal first. */
function variants(core: string): string[] {
  const out = [core];
  // 区委X / 市委X / 州委X: the place's party committee.
  const party = core.startsWith("委") && !core.startsWith("委员会") ? "党委" + core.slice(1) : core;
  if (party !== core) out.push(party);
  if (party.startsWith("党委") && party.length > 2) out.push(party.slice(2));
  if (core.startsWith("政府") && core.length > 2) out.push(core.slice(2));
  const branch = BRANCH.exec(core);
  if (branch) out.push(branch[1]);
  else if (core.endsWith("分局") && core.length > 2) out.push(core.slice(0, -2) + "局");
  return out;
}
