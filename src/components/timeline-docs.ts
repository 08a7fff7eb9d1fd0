import {jurisdictionLabel, placeLabel} from "./labels.js";

/**
 * The overview's per-document timeline rows named in the page's language: each row's jurisdiction, and its parent
 * by the English name the corpus gives that jurisdiction where it has a document (鄂尔多斯市 → Ordos), else by its
 * province's name, else null; `named` are the rows whose English names are known (by default `rows`; the whole
 * timeline when `rows` are one province's). Chinese keeps the names as they are. Empty input gives [].
 */
export function timelineDocs<
  T extends {jurisdiction: string | null; jurisdiction_en: string | null; parent_jurisdiction: string | null}
>(rows: readonly T[], lang: "zh" | "en", named: readonly T[] = rows): T[] {
  const englishNames = new Map(
    named.flatMap((d) => (d.jurisdiction == null ? [] : [[d.jurisdiction, d.jurisdiction_en]]))
  );
  return rows.map((d) => ({
    ...d,
    jurisdiction: jurisdictionLabel(d, {lang}),
    parent_jurisdiction: placeLabel(d.parent_jurisdiction, lang, englishNames)
  }));
}
