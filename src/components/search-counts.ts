import {flatGroup} from "npm:d3";
import type {PhraseHit, SearchDoc} from "./phrase-search.js";
import {provinceName} from "./province-name.js";

/** Hits of a search per place (jurisdiction, or province at scale) and year, with the number of documents they are in. */
export interface SearchCount {
  place: string | null;
  place_en: string | null;
  year: number | null;
  hits: number;
  documents: number;
}

/** What /search counts hits by: each jurisdiction, or each province when the corpus names many jurisdictions. */
export type CountLevel = "jurisdiction" | "province";

/**
 * Up to this many jurisdictions in the corpus the counts give each its own row; above it, one row per province (as
 * the overview does, loaders/site/detail-limit.ts: thousands of jurisdiction-years are neither legible nor quick to draw).
 */
export const COUNT_DETAIL_LIMIT = 40;

/** "province" when the documents name more than `limit` jurisdictions, else "jurisdiction". */
export function countLevel(docs: readonly SearchDoc[], limit = COUNT_DETAIL_LIMIT): CountLevel {
  return new Set(docs.map((d) => d.jurisdiction)).size > limit ? "province" : "jurisdiction";
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts hits per place × year (documents without a year count under year null): per jurisdiction (its English name
 * from the documents) or per province (English from the province table, provinceName), sorted by place (by code unit,
 * the same in every browser; unknown last) then year. No hits give [].
 */
export function searchCounts(
  hits: readonly PhraseHit[],
  docs: readonly SearchDoc[],
  {by = "jurisdiction" as CountLevel} = {}
): SearchCount[] {
  const placeOf = (d: SearchDoc) => (by === "province" ? d.province : d.jurisdiction);
  return flatGroup(
    hits,
    (h) => placeOf(docs[h.doc]),
    (h) => docs[h.doc].year
  )
    .map(([place, year, v]) => ({
      place,
      place_en: by === "province" ? provinceName(place, "en") || null : docs[v[0].doc].jurisdiction_en,
      year,
      hits: v.length,
      documents: new Set(v.map((h) => h.doc)).size
    }))
    .sort((a, b) => compare(a.place ?? "\uffff", b.place ?? "\uffff") || (a.year ?? Infinity) - (b.year ?? Infinity));
}

/**
 * CSV headers of the hit counts (searchCounts) at `level`: the place columns named after the level (in English, the
 * column names "province"/"jurisdiction"), and in Chinese every column labelled.
 */
export function searchCountsCsvHeaders(level: CountLevel, lang: "zh" | "en"): Record<string, string> {
  const province = level === "province";
  if (lang === "en")
    return province
      ? {place: "province", place_en: "province_en"}
      : {place: "jurisdiction", place_en: "jurisdiction_en"};
  const place = province ? "省份" : "地区";
  return {place, place_en: `${place}(英文)`, year: "年度", hits: "命中数", documents: "文件数"};
}

/** Headers of the hit counts' table on /search: place (province or jurisdiction, by `level`), year, hits, documents. */
export function searchCountsHeaders(level: CountLevel, lang: "zh" | "en"): Record<string, string> {
  const [place, year, hits, documents] =
    lang === "en"
      ? [level === "province" ? "Province" : "Jurisdiction", "Year", "Hits", "Documents"]
      : [level === "province" ? "省份" : "地区", "年度", "命中数", "文件数"];
  return {place, year, hits, documents};
}
