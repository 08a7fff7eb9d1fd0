import type {Tables} from "../types.ts";
import {encodeColumns, type EncodedTable} from "./encode-columns.ts";

/**
 * Everything the document page shows for one document: its metadata, text and the rows pointing into it. The
 * rows leave out `doc_id` (the bundle's document), and items carry only a `preview` (their first
 * PREVIEW_CHARS characters) instead of their text, which is `text.slice(char_start, char_end)`.
 */
export interface DocumentBundle {
  document: {doc_id: string};
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

/** A bundle as written to `documents/<doc_id>.json`: its metadata and text as they are, each table as columns. */
export interface EncodedDocumentBundle {
  document: {doc_id: string};
  text: string;
  items: EncodedTable | Record<string, unknown>[];
  assignments: EncodedTable | Record<string, unknown>[];
  indicators: EncodedTable | Record<string, unknown>[];
  removals: EncodedTable | Record<string, unknown>[];
}

/**
 * The bundle as its file holds it: each table's keys once, its columns in the codecs of encode-columns.ts (ids
 * relative to the document, item ids as indices into the items, quotes, previews and other pieces of the text as
 * offsets into it). src/components/document-bundle.ts decodes it back to `bundle`'s rows.
 */
export function encodeBundle(bundle: DocumentBundle): EncodedDocumentBundle {
  const {document, text} = bundle;
  const ctx = {text, docId: document.doc_id};
  const rows = (key: "items" | "assignments" | "indicators" | "removals") => bundle[key] as Record<string, unknown>[];
  const itemIds = rows("items").map((d) => d.item_id as string);
  return {
    document,
    text,
    items: encodeColumns(rows("items"), {...ctx, itemIds, ownItems: true}),
    assignments: encodeColumns(rows("assignments"), {...ctx, itemIds}),
    indicators: encodeColumns(rows("indicators"), {...ctx, itemIds}),
    removals: encodeColumns(rows("removals"), {...ctx, itemIds})
  };
}
