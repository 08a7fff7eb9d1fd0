import type {DocumentRow} from "../extract-document.ts";
import type {Indicator} from "../types.ts";

/**
 * The figure /about cites as its example: the first classified indicator row of a document with a document number
 * (else the first row), with that document's jurisdiction, title and number. No rows give null.
 */
export function citationExample(
  indicators: Pick<Indicator, "doc_id" | "indicator_id" | "char_start" | "char_end" | "quote">[],
  documents: Pick<DocumentRow, "doc_id" | "jurisdiction" | "title" | "doc_number">[]
) {
  const numbered = new Set(documents.filter((d) => d.doc_number).map((d) => d.doc_id));
  const row = indicators.find((d) => d.indicator_id != null && numbered.has(d.doc_id)) ?? indicators[0];
  if (!row) return null;
  const doc = documents.find((d) => d.doc_id === row.doc_id);
  return {
    row: {doc_id: row.doc_id, char_start: row.char_start, char_end: row.char_end, quote: row.quote},
    doc: doc ? {jurisdiction: doc.jurisdiction, title: doc.title, doc_number: doc.doc_number} : null
  };
}
