import {statSync} from "node:fs";
import {toChunk, type ColumnChunk} from "../tables/column-chunk.ts";
import {tableSchema} from "../tables/table-schemas.ts";
import {countKeywordIds} from "../keywords/count-keyword-ids.ts";
import {docIdFromFile} from "../metadata/doc-id.ts";
import {extractDocument, type DocumentResult, type DocumentRow, type StageTimes} from "../extract-document.ts";
import {ExtractError} from "../read/extract-error.ts";
import {keywordPlaceNames} from "../keywords/keyword-place-names.ts";
import type {ManifestRow} from "../metadata/read-manifest.ts";
import {readSource} from "../read/read-source.ts";
import {stopwords} from "../keywords/stopwords.ts";

/** One document to extract: its position in the corpus, path, manifest row and, when forced, its doc_id. */
export interface FileJob {
  index: number;
  file: string;
  manifestRow: ManifestRow | null;
  maxBytes?: number;
  docId?: string;
  /** Why the file cannot be read, found while listing the inputs (see listSourceEntries). */
  problem?: string | null;
}

/**
 * A document's rows as the writer takes them: its documents row as an object (that table is sorted at the end), the
 * rows of every other per-document table encoded as column chunks (in the order they are written), and the agency
 * spellings of its assignments as [agency_id, agency_raw] pairs (for the agencies table). Encoding on the thread that
 * extracted the document leaves the writer only concatenation and Parquet encoding (issue 15).
 */
export interface PackedDocument {
  document: DocumentRow;
  tables: [table: string, chunk: ColumnChunk][];
  spellings: [agency_id: string, agency_raw: string][];
}

/** The outcome of one FileJob: its packed rows and keyword term counts, or the problem that stopped it; with bytes read and stage times ("write" is the column encoding). */
export type FileResult = {index: number; file: string; bytes: number; times: StageTimes} & (
  ({ok: true; terms: string[]; counts: number[]; length: number} & PackedDocument) | {ok: false; problem: string}
);

let stop: Set<string> | null = null;

/**
 * Reads and extracts one document (as extractCorpus does for each file) and reduces its tokens to keyword term counts,
 * so that what crosses a thread boundary or waits for the corpus totals is small. The doc_id is the job's, else the
 * manifest's, else the file name's. An unreadable file gives `{ok: false, problem}`, and so does any other error in
 * this one document (`internal error: …`), so that one document never stops the run.
 */
export async function extractFile(job: FileJob): Promise<FileResult> {
  const times: StageTimes = {};
  const bytes = job.problem ? 0 : sizeOf(job.file);
  if (job.problem) return {index: job.index, file: job.file, bytes, times, ok: false, problem: job.problem};
  try {
    const t0 = performance.now();
    const source = await readSource(job.file, {maxBytes: job.maxBytes});
    times.read = performance.now() - t0;
    const docId = job.docId ?? job.manifestRow?.doc_id ?? docIdFromFile(job.file, source.sha256);
    const result = extractDocument(source, job.manifestRow, {docId, times});
    const t1 = performance.now();
    const {terms, counts, length} = countKeywordIds(
      result.tokens,
      (stop ??= new Set([...stopwords(), ...keywordPlaceNames()]))
    );
    times.keywords = performance.now() - t1;
    const t2 = performance.now();
    const packed = packDocument(result);
    times.write = performance.now() - t2;
    return {index: job.index, file: job.file, bytes, times, ok: true, ...packed, terms, counts, length};
  } catch (error) {
    const problem =
      error instanceof ExtractError
        ? error.problem
        : `internal error: ${String((error as Error)?.message ?? error).split("\n")[0]}`;
    return {index: job.index, file: job.file, bytes, times, ok: false, problem};
  }
}

/** The file's size in bytes, 0 when it cannot be read (readSource reports why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The per-document tables in the order the writer adds them (the order decides which buffer is written first). */
const TABLES = [
  ["texts", (r) => [{doc_id: r.document.doc_id, text: r.text}]],
  ["removals", (r) => r.removals],
  ["items", (r) => r.items],
  ["assignments", (r) => r.assignments],
  ["indicators", (r) => r.indicators],
  ["item_topics", (r) => r.itemTopics],
  ["item_terms", (r) => r.itemTerms],
  ["coverage", (r) => r.coverage]
] as const satisfies readonly (readonly [string, (r: DocumentResult) => readonly object[]])[];

/** A document's result packed for the writer (see PackedDocument); tables without rows are left out. */
export function packDocument(r: DocumentResult): PackedDocument {
  const tables: [string, ColumnChunk][] = [];
  for (const [name, rowsOf] of TABLES) {
    const rows = rowsOf(r);
    if (rows.length > 0) tables.push([name, toChunk(rows, tableSchema(name))]);
  }
  const spellings: [string, string][] = [];
  for (const a of r.assignments) if (a?.agency_id != null) spellings.push([a.agency_id, a.agency_raw ?? ""]);
  return {document: r.document, tables, spellings};
}
