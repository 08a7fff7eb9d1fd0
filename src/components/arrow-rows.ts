/** Turns an Arrow table (as FileAttachment.parquet() returns) into plain row objects; null or undefined gives []. */
export function arrowRows<T = Record<string, unknown>>(
  table: {toArray(): {toJSON(): unknown}[]} | null | undefined
): T[] {
  return table == null ? [] : table.toArray().map((row) => row.toJSON() as T);
}
