import {canonicalAgencyName} from "./canonical-agency-name.ts";
import {parseCsv} from "../read/read-data-csv.ts";
import {readDataFile} from "../read/read-data-file.ts";
import type {AgencyKind} from "../types.ts";

/** One canonical agency of data/agency-aliases.csv. */
export interface AgencyAliasRow {
  agency_id: string;
  name_zh: string;
  name_en: string;
  kind: AgencyKind;
  /** The spellings as written in the file (name_zh first). */
  aliases: string[];
}

export interface AgencyAliases {
  rows: AgencyAliasRow[];
  /** Canonical spelling (see canonicalAgencyName) → row. */
  byAlias: Map<string, AgencyAliasRow>;
  byId: Map<string, AgencyAliasRow>;
}

const KINDS = new Set<string>([
  "government",
  "party",
  "judicial",
  "legislature",
  "mass_organisation",
  "collective",
  "other"
]);

let cached: AgencyAliases | undefined;

/** The alias table of data/agency-aliases.csv, loaded once; throws `invalid agency alias: …` on a bad kind or a spelling listed for two agencies. */
export function agencyAliases(): AgencyAliases {
  return (cached ??= parseAgencyAliases(readDataFile("agency-aliases.csv")));
}

/** Parses alias CSV text (lines starting with # are comments); empty text returns an empty table. */
export function parseAgencyAliases(text: string): AgencyAliases {
  const rows: AgencyAliasRow[] = [];
  const byAlias = new Map<string, AgencyAliasRow>();
  const byId = new Map<string, AgencyAliasRow>();
  for (const record of parseCsv(stripComments(text ?? ""))) {
    const {agency_id, name_zh, name_en, kind} = record;
    if (!agency_id || !name_zh) throw new Error(`invalid agency alias: ${JSON.stringify(record)}`);
    if (!KINDS.has(kind)) throw new Error(`invalid agency alias: kind ${kind} of ${agency_id}`);
    if (byId.has(agency_id)) throw new Error(`invalid agency alias: duplicate id ${agency_id}`);
    const aliases = unique([name_zh, ...(record.aliases ?? "").split("|")].map((a) => a.trim()).filter(Boolean));
    const row: AgencyAliasRow = {agency_id, name_zh, name_en: name_en ?? "", kind: kind as AgencyKind, aliases};
    for (const alias of aliases) {
      const key = canonicalAgencyName(alias);
      const other = byAlias.get(key);
      if (other && other !== row)
        throw new Error(`invalid agency alias: ${alias} is listed for ${other.agency_id} and ${agency_id}`);
      byAlias.set(key, row);
    }
    rows.push(row);
    byId.set(agency_id, row);
  }
  return {rows, byAlias, byId};
}

function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith("#"))
    .join("\n");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
