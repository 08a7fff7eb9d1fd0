import type {Tables} from "../types.ts";

/**
 * Everything the document page shows for one document: its metadata, text and the rows pointing into it. The
 * rows leave out `doc_id` (the bundle's document), and items carry only a `preview` (their first
 * PREVIEW_CHARS characters) instead of their text, which is `text.slice(char_start, char_end)`.
 */
export interface DocumentBundle {
  document: object;
  text: string;
  items: object[];
  assignments: object[];
  indicators: object[];
  removals: object[];
}

/** Characters of an item's text kept in its bundle row, for the outline. */
export const PREVIEW_CHARS = 40;

/**
 * Splits the corpus tables into one bundle per document, in one pass over each table, so the document page
 * loads only its own text. Empty tables give no bundles.
 */
export function documentBundles(tables: Tables): Map<string, DocumentBundle> {
  const bundles = new Map<string, DocumentBundle>();
  for (const document of tables.documents as {doc_id: string}[]) {
    bundles.set(document.doc_id, {document, text: "", items: [], assignments: [], indicators: [], removals: []});
  }
  for (const {doc_id, text} of tables.texts as {doc_id: string; text: string}[]) {
    const bundle = bundles.get(doc_id);
    if (bundle) bundle.text = text;
  }
  for (const key of ["items", "assignments", "indicators", "removals"] as const) {
    for (const {doc_id, ...row} of tables[key] as {doc_id: string; text?: string}[]) {
      if (key === "items") {
        const {text = "", ...rest} = row;
        bundles.get(doc_id)?.items.push({...rest, preview: text.slice(0, PREVIEW_CHARS)});
      } else bundles.get(doc_id)?.[key].push(row);
    }
  }
  return bundles;
}
