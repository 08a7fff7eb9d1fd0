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
 *
 * Cells are slices of the text between delimiters, not strings grown a character at a time: those are ropes of one
 * node per character, about 30 bytes each, which made a 100,000-row manifest take 600 MB (issue 15).
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  /** Where the current run of literal characters of the cell starts. */
  let from = i;
  for (; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c === LF) ++line;
    if (quoted) {
      if (c !== QUOTE) continue;
      cell += text.slice(from, i);
      if (text.charCodeAt(i + 1) === QUOTE) ((cell += '"'), ++i);
      else quoted = false;
    } else if (c === QUOTE) ((cell += text.slice(from, i)), (quoted = true), (quoteLine = line));
    else if (c === COMMA) (row.push(cell + text.slice(from, i)), (cell = ""));
    else if (c === LF || c === CR) {
      row.push(cell + text.slice(from, i));
      if (c === CR && text.charCodeAt(i + 1) === LF) (++i, ++line);
      (rows.push(row), (row = []), (cell = ""));
    } else continue;
    from = i + 1;
  }
  if (quoted) throw new Error(`unclosed quote starting on line ${quoteLine}`);
  cell += text.slice(from);
  if (cell !== "" || row.length > 0) (row.push(cell), rows.push(row));
  return rows;
}

const [BOM, LF, CR, QUOTE, COMMA] = [0xfeff, 10, 13, 34, 44];
