/** Formats rows as RFC 4180 CSV with the given columns and header labels (default: the column names); no rows gives the header line. */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  headers: Record<string, string> = {}
): string {
  const cell = (v: unknown) => {
    const s = v == null ? "" : v instanceof Date ? v.toISOString() : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [
      columns.map((c) => cell(headers[c] ?? c)).join(","),
      ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))
    ].join("\r\n") + "\r\n"
  );
}
