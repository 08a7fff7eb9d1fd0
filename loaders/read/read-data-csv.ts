import {readDataFile} from "./read-data-file.ts";

/** Parses CSV text with a header row (RFC 4180 quoting) into records; blank lines are skipped and empty text returns []. */
export function parseCsv(text: string): Record<string, string>[] {
  if (text == null) return [];
  const rows = csvRows(text).filter((row) => row.some((cell) => cell.trim() !== ""));
  if (rows.length === 0) return [];
  const [header, ...body] = rows;
  const names = header.map((name) => name.trim());
  return body.map((row) => Object.fromEntries(names.map((name, i) => [name, (row[i] ?? "").trim()])));
}

/** Reads and parses a CSV file from `data/`; a file with only a header returns []. */
export function readDataCsv(name: string): Record<string, string>[] {
  return parseCsv(readDataFile(name));
}

/**
 * Splits CSV text into rows of cells (RFC 4180 quoting, \n or \r\n line ends, a leading BOM dropped); throws
 * `unclosed quote starting on line N` when a quoted cell never ends. Empty text returns [].
 */
export function csvRows(text: string): string[][] {
  text = text.replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c === "\n") ++line;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), ++i);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') ((quoted = true), (quoteLine = line));
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") ++i;
      (row.push(cell), rows.push(row), (row = []), (cell = ""));
    } else cell += c;
  }
  if (quoted) throw new Error(`unclosed quote starting on line ${quoteLine}`);
  if (cell !== "" || row.length > 0) (row.push(cell), rows.push(row));
  return rows;
}
