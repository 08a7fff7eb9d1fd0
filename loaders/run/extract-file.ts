import {statSync} from "node:fs";
import {countKeywordIds} from "../keywords/count-keyword-ids.ts";
import {docIdFromFile} from "../metadata/doc-id.ts";
import {extractDocument, type DocumentResult, type StageTimes} from "../extract-document.ts";
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

/** A document's rows without its token list, plus its keyword term counts (the only part of the tokens kept). */
export type CompactResult = Omit<DocumentResult, "tokens">;

/** The outcome of one FileJob: rows and keyword counts, or the problem that stopped it; with bytes read and stage times. */
export type FileResult = {index: number; file: string; bytes: number; times: StageTimes} & (
  {ok: true; result: CompactResult; terms: string[]; counts: number[]; length: number} | {ok: false; problem: string}
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
    const {tokens, ...result} = extractDocument(source, job.manifestRow, {docId, times});
    const t1 = performance.now();
    const {terms, counts, length} = countKeywordIds(
      tokens,
      (stop ??= new Set([...stopwords(), ...keywordPlaceNames()]))
    );
    times.keywords = performance.now() - t1;
    return {
      index: job.index,
      file: job.file,
      bytes,
      times,
      ok: true,
      result,
      terms,
      counts,
      length
    };
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
