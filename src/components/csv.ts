/** A string a spreadsheet reads as a plain number (`-5`, `+3.2`, `1e3`): not a formula, left as it is. */
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell's text made safe for spreadsheets as OWASP advises (CSV injection): text starting with = + - @ tab or CR
 * gets a leading ' so Excel, LibreOffice and Google Sheets show it instead of running it as a formula. Plain
 * numbers (`-5`, `+3.2`) are left as they are; empty text gives empty text.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/**
 * Formats rows as RFC 4180 CSV with the given columns and header labels (default: the column names); no rows gives
 * the header line. Every text cell and header is neutralised against formula injection (see neutraliseCell).
 */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  headers: Record<string, string> = {}
): string {
  const cell = (v: unknown) => {
    const s =
      v == null
        ? ""
        : v instanceof Date
          ? v.toISOString()
          : typeof v === "number" || typeof v === "bigint"
            ? String(v)
            : neutraliseCell(String(v));
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [
      columns.map((c) => cell(headers[c] ?? c)).join(","),
      ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))
    ].join("\r\n") + "\r\n"
  );
}
