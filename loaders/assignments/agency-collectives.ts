import {parseCsv} from "../read/read-data-csv.ts";
import {readDataFile} from "../read/read-data-file.ts";

/** One collective-unit rule of data/agency-collectives.csv. */
export interface AgencyCollectiveRule {
  agency_id: string;
  name_zh: string;
  name_en: string;
  pattern: RegExp;
}

let cached: AgencyCollectiveRule[] | undefined;

/** The ordered collective-unit rules of data/agency-collectives.csv, loaded and compiled once; throws `invalid agency collective: …` on a bad pattern. */
export function agencyCollectives(): AgencyCollectiveRule[] {
  return (cached ??= parseAgencyCollectives(readDataFile("agency-collectives.csv")));
}

/** Parses collective-rule CSV text (lines starting with # are comments); empty text returns []. */
export function parseAgencyCollectives(text: string): AgencyCollectiveRule[] {
  const body = (text ?? "")
    .split(/\r?\n/)
    .filter((line) => !line.startsWith("#"))
    .join("\n");
  return parseCsv(body).map(({agency_id, name_zh, name_en, pattern}) => {
    if (!agency_id?.startsWith("collective:") || !pattern) {
      throw new Error(`invalid agency collective: ${agency_id}`);
    }
    try {
      return {agency_id, name_zh, name_en, pattern: new RegExp(pattern)};
    } catch {
      throw new Error(`invalid agency collective: pattern of ${agency_id}`);
    }
  });
}
