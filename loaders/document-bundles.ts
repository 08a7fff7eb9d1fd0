import type {Tables} from "./extract-corpus.ts";

/** Everything the document page shows for one document: its metadata, text and the rows pointing into it. */
export interface DocumentBundle {
  document: object;
  text: string;
  items: object[];
  assignments: object[];
  indicators: object[];
  removals: object[];
}

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
    for (const row of tables[key] as {doc_id: string}[]) bundles.get(row.doc_id)?.[key].push(row);
  }
  return bundles;
}
