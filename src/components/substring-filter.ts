/**
 * The rows in which every word of `query` (split on spaces) occurs as a substring, case-insensitive, of the text of
 * at least one of `columns` as displayed (`text(row, column)`, by default the value as a string; null is ""), so
 * 复议, 执法 or 435 find a row wherever they stand in a word. An empty or blank query keeps every row.
 */
export function substringFilter<T>(
  rows: readonly T[],
  query: string | null | undefined,
  columns: readonly string[],
  text: (row: T, column: string) => string = (row, column) => {
    const value = (row as Record<string, unknown>)[column];
    return value == null ? "" : String(value);
  }
): T[] {
  const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((row) => {
    const haystack = columns.map((c) => text(row, c).toLowerCase()).join("\u0000");
    return words.every((w) => haystack.includes(w));
  });
}
