import {provinceName} from "./province-name.js";

type Lang = "zh" | "en";

/** A jurisdiction's name in the given language (English name when known), with the year when given; null gives "?". */
export function jurisdictionLabel(
  d: {jurisdiction?: string | null; jurisdiction_en?: string | null; year?: number | null} | null | undefined,
  {year = false, lang}: {year?: boolean; lang: Lang}
): string {
  if (d == null) return "?";
  const name = (lang === "en" && d.jurisdiction_en) || d.jurisdiction || "?";
  return year && d.year != null ? `${name} ${d.year}` : name;
}

/** A catalogue-style row's name (topic, indicator, agency) in the given language; English falls back to Chinese. */
export function nameLabel(
  d: {name_zh?: string | null; name_en?: string | null} | null | undefined,
  lang: Lang
): string {
  if (d == null) return "";
  return (lang === "en" && d.name_en) || d.name_zh || "";
}

/**
 * A place name (a parent jurisdiction, a province) in the given language: in English the name the corpus itself gives
 * it (`known`: Chinese → English, e.g. the documents' jurisdiction_en), else the province table's (provinceName),
 * else null (no English name known: leave it out rather than show Chinese); in Chinese the name. Null gives null.
 */
export function placeLabel(
  name: string | null | undefined,
  lang: Lang,
  known: ReadonlyMap<string, string | null | undefined> = new Map()
): string | null {
  if (name == null || lang === "zh") return name ?? null;
  const province = provinceName(name, "en");
  return known.get(name) || (province !== name ? province : null);
}

/** A province (as documents.province spells it) by the tile grid's English name when `lang` is en; null gives "?". */
export function provinceLabel(
  province: string | null | undefined,
  {tiles, lang}: {tiles: readonly {name_zh: string; name_en: string}[]; lang: Lang}
): string {
  if (province == null) return "?";
  return (lang === "en" && tiles.find((d) => d.name_zh === province)?.name_en) || province;
}
