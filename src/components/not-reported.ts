/**
 * One row per document of the selection that has no row in `rows` (matched on doc_id), carrying the document's own
 * fields and `column` set to `label` ("未报告" / "not reported"), in the documents' order, so a table can say which
 * documents did not report a value instead of leaving them out. No documents give [].
 */
export function notReportedRows<D extends {doc_id: string}>(
  rows: readonly {doc_id: string}[],
  documents: readonly D[],
  {column = "value", label = "未报告"}: {column?: string; label?: string} = {}
): (D & {not_reported: true} & Record<string, unknown>)[] {
  const reported = new Set(rows.map((d) => d.doc_id));
  return documents.filter((d) => !reported.has(d.doc_id)).map((d) => ({...d, [column]: label, not_reported: true}));
}
