/** An item row of a document bundle (loaders/site/document-bundles.ts): no doc_id, a preview instead of its text. */
export interface BundleItem {
  item_id: string;
  label: string;
  char_start: number;
  char_end: number;
  [key: string]: unknown;
}

/**
 * A document bundle's items as items-table rows again: each with the bundle's doc_id and its text, which is the
 * document's text at the item's offsets. A bundle without items gives [].
 */
export function bundleItems<T extends BundleItem>(
  docId: string,
  bundle: {text: string; items: T[]}
): (T & {doc_id: string; text: string})[] {
  return bundle.items.map((d) => ({...d, doc_id: docId, text: bundle.text.slice(d.char_start, d.char_end)}));
}
