/** Turns an Arrow table (as FileAttachment.parquet() returns) into plain row objects; null or undefined gives []. */
export function arrowRows<T = Record<string, unknown>>(
  table: {toArray(): {toJSON(): unknown}[]} | null | undefined
): T[] {
  return table == null ? [] : table.toArray().map((row) => row.toJSON() as T);
}

/**
 * The rows of an Arrow table whose `column` holds one of `values`, as plain objects: only those rows are converted,
 * so picking a few documents' rows out of a large table stays fast. No match (or a missing column) gives [].
 */
export function arrowRowsWhere<T = Record<string, unknown>>(
  table: {
    numRows: number;
    getChild(name: string): {get(i: number): unknown} | null;
    get(i: number): {toJSON(): unknown} | null;
  },
  column: string,
  values: ReadonlySet<unknown>
): T[] {
  const vector = table.getChild(column);
  const rows: T[] = [];
  if (!vector) return rows;
  for (let i = 0; i < table.numRows; ++i) if (values.has(vector.get(i))) rows.push(table.get(i)!.toJSON() as T);
  return rows;
}
