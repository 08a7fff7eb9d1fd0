import {docTypeLabel, docTypes} from "./doc-types.js";
import {provinceName} from "./province-name.js";

type Lang = "zh" | "en";

/**
 * Display words [zh, en] of the coded values the tables store in English (loaders/tables/table-schemas.ts): a
 * column name, then value → [zh, en]. `boolean` serves every true/false column. Pages and CSV downloads show these
 * in the page's language; the Parquet tables and the English CSV keep the codes.
 */
export const valueLabels: Record<string, Record<string, readonly [zh: string, en: string]>> = {
  level: {
    province: ["省级", "province"],
    prefecture: ["地级", "prefecture"],
    city: ["市级", "city"],
    county: ["县级", "county"],
    district: ["区级", "district"]
  },
  role: {lead: ["牵头", "lead"], support: ["配合", "support"]},
  kind: {actual: ["实际", "actual"], target: ["目标", "target"]},
  metadata_source: {manifest: ["清单", "manifest"], detected: ["自动识别", "detected"]},
  boolean: {true: ["是", "yes"], false: ["否", "no"]}
};

/**
 * A coded value of `column` in the language given: levels, roles, kinds, metadata sources, true/false from
 * valueLabels, document types from doc-types.ts, province names through provinceName; any other value is returned as
 * it is (null gives null).
 */
export function valueLabel(column: string, value: unknown, lang: Lang): unknown {
  if (value == null) return value;
  if (column === "province") return provinceName(String(value), lang);
  if (column === "doc_type" && docTypes.some((d) => d.id === value)) return docTypeLabel(String(value), lang);
  const table = typeof value === "boolean" ? valueLabels.boolean : valueLabels[column];
  const label = table?.[String(value)];
  return label ? label[lang === "en" ? 1 : 0] : value;
}

/**
 * Rows for a CSV download in the page's language: in Chinese every coded value of `columns` is a Chinese word
 * (lead → 牵头, target → 目标, true → 是, prefecture → 地级); in English the rows are returned unchanged, so the
 * English CSV keeps the Parquet codes (lead, target, true) that scripts read. Empty rows give [].
 */
export function csvRows(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  lang: Lang
): readonly Record<string, unknown>[] {
  if (lang === "en") return rows;
  return rows.map((r) => {
    const out = {...r};
    for (const c of columns) out[c] = valueLabel(c, r[c], lang);
    return out;
  });
}
