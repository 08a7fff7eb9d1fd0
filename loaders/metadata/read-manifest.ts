import {readFileSync} from "node:fs";
import {posix} from "node:path";
import {decodeText} from "../read/decode-text.ts";
import {looksBinary} from "../read/looks-binary.ts";
import {ExtractError} from "../read/extract-error.ts";
import {csvRows} from "../read/read-data-csv.ts";

/** One row of a manifest CSV: citation metadata for one source file, as written (blank = unknown). */
export interface ManifestRow {
  doc_id: string;
  file: string;
  title: string;
  jurisdiction: string;
  jurisdiction_en: string;
  level: string;
  parent_jurisdiction: string;
  province: string;
  adcode: string;
  doc_type: string;
  issuer: string;
  doc_number: string;
  issued_date: string;
  year: string;
  original_title: string;
  original_file: string;
}

export const MANIFEST_COLUMNS = [
  "doc_id",
  "file",
  "title",
  "jurisdiction",
  "jurisdiction_en",
  "level",
  "parent_jurisdiction",
  "province",
  "adcode",
  "doc_type",
  "issuer",
  "doc_number",
  "issued_date",
  "year",
  "original_title",
  "original_file"
] as const;

/** Checks of one column's value, blank allowed unless required. */
const CHECKS: Partial<Record<keyof ManifestRow, {required?: boolean; valid: (v: string) => boolean; expect: string}>> =
  {
    doc_id: {required: true, valid: (v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), expect: "a lower-case slug"},
    file: {required: true, valid: (v) => v.length > 0, expect: "a file name"},
    level: {
      valid: (v) => ["district", "county", "city", "prefecture", "province"].includes(v),
      expect: "district|county|city|prefecture|province"
    },
    adcode: {valid: (v) => /^\d{6}$/.test(v), expect: "6 digits"},
    doc_type: {
      required: true,
      valid: (v) => ["task_plan", "implementation_opinion", "annual_report", "work_points", "other"].includes(v),
      expect: "task_plan|implementation_opinion|annual_report|work_points|other"
    },
    issued_date: {valid: isIsoDate, expect: "yyyy-mm-dd"},
    year: {valid: (v) => /^(?:19|20)\d{2}$/.test(v), expect: "a 4-digit year"}
  };

/** Columns whose values are mostly one row's own (the rest are shared among rows: see readManifest). */
const UNIQUE = new Set<keyof ManifestRow>(["doc_id", "file", "title", "doc_number", "original_title", "original_file"]);

/** CHECKS as entries, built once. */
const CHECKED = Object.entries(CHECKS) as [keyof ManifestRow, NonNullable<(typeof CHECKS)[keyof ManifestRow]>][];

/**
 * Reads a manifest CSV (UTF-8, or any encoding a document may have — GBK as Excel saves it on Chinese Windows — header
 * row with the columns of ManifestRow, quoted or not) into rows keyed by their `file` as written (a path relative to
 * the manifest; see matchManifest); throws ExtractError naming the manifest, the row (1 = first data row) and the
 * column for a missing column, an invalid value, a repeated file or doc_id, an unclosed quote or bytes that are not
 * text. A manifest with only a header returns an empty map.
 */
export function readManifest(path: string): Map<string, ManifestRow> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ExtractError(
      path,
      `cannot read manifest: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    );
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === "utf-8" && decoded.warnings.length === 0 && looksBinary(bytes))
    throw new ExtractError(path, "manifest is not a text file");
  const text = decoded.text;
  let records: string[][];
  try {
    records = csvRows(text);
  } catch (error) {
    throw new ExtractError(path, `manifest: ${(error as Error).message}`);
  }
  const header = (records[0] ?? []).map((c) => c.trim());
  const missing = MANIFEST_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ExtractError(path, `manifest header: missing column ${missing.join(", ")}`);
  const rows = new Map<string, ManifestRow>();
  const ids = new Set<string>();
  // Row by row from the cells, with no record object in between: at 100,000 rows every temporary counts (issue 15).
  const at = MANIFEST_COLUMNS.map((c) => header.indexOf(c));
  const shared = new Map<string, string>();
  let i = 0;
  for (let r = 1; r < records.length; ++r) {
    const record = records[r];
    if (!record.some((cell) => cell.trim() !== "")) continue;
    ++i;
    const row = {} as ManifestRow;
    MANIFEST_COLUMNS.forEach((column, c) => {
      const value = (record[at[c]] ?? "").trim();
      // Values shared by many rows (level, province, year…) are kept once, not once per row.
      row[column] = UNIQUE.has(column) ? value : (shared.get(value) ?? (shared.set(value, value), value));
    });
    for (const [column, check] of CHECKED) {
      const value = row[column];
      if (value === "" ? check.required : !check.valid(value)) {
        throw new ExtractError(
          path,
          `row ${i}, column ${column}: invalid ${column}: "${value}" (expected ${check.expect})`
        );
      }
    }
    const key = posix.normalize(row.file.replace(/\\/g, "/"));
    if (rows.has(key)) throw new ExtractError(path, `row ${i}, column file: repeated file: "${row.file}"`);
    if (ids.has(row.doc_id)) throw new ExtractError(path, `row ${i}, column doc_id: repeated doc_id: "${row.doc_id}"`);
    ids.add(row.doc_id);
    rows.set(key, row);
  }
  return rows;
}

function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
