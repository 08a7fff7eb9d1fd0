import {rmSync, statSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {checkOutputFolder, replaceOutputFolder, temporaryOutputFolder} from "../tables/output-folder.ts";
import {agencyTable} from "../assignments/agency-table.ts";
import type {DocumentRow, StageTimes} from "../extract-document.ts";
import {failedRow, findManifests, summarise, uniqueId, type DocumentSummary} from "./extract-corpus.ts";
import {extractFile, type FileJob, type FileResult} from "./extract-file.ts";
import {extractParallel} from "./extract-parallel.ts";
import {keywordAccumulator} from "../keywords/keyword-accumulator.ts";
import {listSourceEntries, listSources, type SourceEntry} from "../read/list-sources.ts";
import type {Shard} from "./parse-shard.ts";
import {matchManifest} from "../metadata/match-manifest.ts";
import {rowSpill} from "../tables/row-spill.ts";
import {shardOf} from "./shard-of.ts";
import {mainMemoryTrace, memoryProbe} from "./memory-trace.ts";
import {parquetMemoryBytes, tableSink, type PartitionKey} from "../tables/table-sink.ts";
import {topicTable} from "../topics/topic-table.ts";
import type {Assignment} from "../types.ts";

export interface StreamingOptions {
  /** Manifest files; by default every `manifest.csv` in a given folder (or beside a given file). */
  manifests?: string[];
  /** Largest source file read, in bytes. */
  maxBytes?: number;
  /** Worker threads (default 1: on the calling thread). */
  workers?: number;
  /** Write hive-style `<table>/province=<p>/year=<y>/part-<k>.parquet` folders. */
  partition?: boolean;
  /** Process only the documents of this shard (by hash of each file's path relative to the folder given). */
  shard?: Shard | null;
  /** Time budget of one document on a worker thread, in milliseconds (see extractParallel). */
  timeBudgetMs?: number;
  /** Memory budget of a worker thread, in megabytes (see extractParallel). */
  memoryBudgetMb?: number;
  /** Run even a single worker on its own thread, so that the budgets apply (see extractParallel). */
  isolate?: boolean;
  /** Called after each document with (done, total, summary). */
  onProgress?: (done: number, total: number, summary: DocumentSummary) => void;
  /** Stage timings (milliseconds, summed over workers) accumulate here when given; "write" is the Parquet writing. */
  times?: StageTimes;
}

export interface StreamingResult {
  summaries: DocumentSummary[];
  /** Source bytes read. */
  bytes: number;
  /** Parquet bytes written per table. */
  outputBytes: Record<string, number>;
  /** Warnings about the run, not one document (a manifest row that matches no file). */
  warnings: string[];
}

/**
 * Extracts every source file under `paths` straight into Parquet in `outDir` — documents in, rows out in batches,
 * on `workers` threads — with the same rows as `writeTables(outDir, (await extractCorpus(paths)).tables)` (the same
 * bytes when unpartitioned and small). Memory stays flat: only the documents table, the agencies' spellings and the
 * keyword vocabulary are held until the end; keyword term counts wait in a spill file for the corpus totals. The
 * output folder is replaced atomically. With a shard, keywords are ranked within the shard. Empty input writes empty
 * tables.
 */
export async function extractToParquet(
  paths: readonly string[],
  outDir: string,
  options: StreamingOptions = {}
): Promise<StreamingResult> {
  const {maxBytes, onProgress, times, shard = null, workers = 1, partition = false} = options;
  const entries = shardEntries(paths, shard);
  const files = entries.map((entry) => entry.file);
  // Rows match against every input file, not only this shard's, so that no row is reported missing for a shard.
  const {rows: manifest, warnings} = matchManifest(
    options.manifests ?? findManifests(paths),
    shard ? listSources(paths) : files
  );
  checkOutputFolder(outDir, paths);
  const tmp = temporaryOutputFolder(outDir);
  // With FAZHI_MEMORY_TRACE=<file.json>, every thread's memory is sampled and the peaks written there (issue 15).
  const trace = mainMemoryTrace();
  if (trace) memoryProbe("parquet_wasm", parquetMemoryBytes);
  const keywords = keywordAccumulator(join(tmp, ".keyword-counts"));
  // The documents table is written last, sorted by doc_id; its rows wait on disk, not in memory (issue 6).
  const documents = rowSpill<DocumentRow>(join(tmp, ".documents"));
  try {
    const sink = tableSink(tmp, {partition});
    const time = async (run: () => Promise<void>) => {
      const t0 = performance.now();
      await run();
      if (times) times.write = (times.write ?? 0) + performance.now() - t0;
    };
    const failed: DocumentRow[] = [];
    /** The doc_id of each documents row: the spilled rows in the order added, then the failed ones. */
    const spilledIds: string[] = [];
    /** Each document's partition, when partitioned (kept for its keyword and documents rows, written at the end). */
    const keys = new Map<string, PartitionKey>();
    const spellings = new Map<string, Set<string>>();
    const summaries: DocumentSummary[] = [];
    const usedIds = new Set<string>();
    let bytes = 0;
    // Jobs are made as the workers take them, and each job (with its manifest row) is let go once its result is
    // written: made up front and kept, 100,000 jobs and rows stayed on the heap to the end of the run (issue 15).
    const pending = new Map<number, FileJob>();
    function* jobs(): Generator<FileJob> {
      for (const [index, {file, problem}] of entries.entries()) {
        const job: FileJob = {index, file, problem, maxBytes, manifestRow: manifest.get(file) ?? null};
        manifest.delete(file);
        pending.set(index, job);
        yield job;
      }
    }
    for await (const next of extractParallel(jobs(), {
      workers,
      timeBudgetMs: options.timeBudgetMs,
      memoryBudgetMb: options.memoryBudgetMb,
      isolate: options.isolate
    })) {
      const r = next;
      const job = pending.get(r.index)!;
      pending.delete(r.index);
      bytes += r.bytes;
      if (times) for (const [stage, ms] of Object.entries(r.times)) times[stage] = (times[stage] ?? 0) + ms;
      let summary: DocumentSummary;
      if (r.ok) {
        let ok = r;
        const id = uniqueId(r.document.doc_id, usedIds);
        if (id.warning) {
          // The doc_id is in every row, so the document is extracted again under its new id (rare: loads nodejieba here).
          ok = (await extractFile({...job, docId: id.doc_id})) as Extract<FileResult, {ok: true}>;
          ok.document.warnings = [ok.document.warnings, id.warning].filter(Boolean).join("\n");
        }
        const doc = ok.document;
        const key = {province: doc.province, year: doc.year};
        if (partition) keys.set(doc.doc_id, key);
        documents.add(doc);
        spilledIds.push(doc.doc_id);
        for (const [agency_id, agency_raw] of ok.spellings) addSpelling(spellings, agency_id, agency_raw);
        keywords.add(doc.doc_id, ok.terms, ok.counts, ok.length);
        await time(async () => {
          for (const [table, chunk] of ok.tables) await sink.addChunk(table, chunk, key);
        });
        summary = summarise(ok);
      } else {
        const doc = failedRow(r.file, r.problem, usedIds);
        failed.push(doc);
        if (partition) keys.set(doc.doc_id, {province: null, year: null});
        summary = {...summarise({document: doc}), error: r.problem, warnings: []};
      }
      summaries.push(summary);
      trace?.progress(summaries.length);
      onProgress?.(summaries.length, files.length, summary);
    }
    // Keyword rows go to the sink one document at a time: held together they were the largest allocation at 100k.
    const ranked = keywords.rows();
    for (;;) {
      const t0 = performance.now();
      const next = ranked.next();
      if (times) times.keywords = (times.keywords ?? 0) + performance.now() - t0;
      if (next.done) break;
      const rows = next.value;
      if (rows.length) await time(() => sink.add("keywords", rows, keys.get(rows[0].doc_id)));
    }
    const docIds = [...spilledIds, ...failed.map((doc) => doc.doc_id)];
    let outputBytes: Record<string, number> = {};
    await time(async () => {
      // Sorted by doc_id, read back from the spill a batch at a time: held at once, the rows were the end of the
      // run's largest allocation, growing with the corpus (issue 15). Batches are a multiple of 1,024 rows, Parquet's
      // write batch, so the file's pages are those of the rows written at once.
      const order = [...docIds.keys()].sort((a, b) => docIds[a].localeCompare(docIds[b]));
      const spilled = documents.size;
      for (let from = 0; from < order.length; from += DOCUMENT_BATCH) {
        const batch = order.slice(from, from + DOCUMENT_BATCH);
        const read = documents.rowsAt(batch.filter((i) => i < spilled));
        const rows = batch.map((i) => (i < spilled ? read.next().value! : failed[i - spilled]));
        if (partition) for (const doc of rows) await sink.add("documents", [doc], keys.get(doc.doc_id));
        else await sink.add("documents", rows);
      }
      await sink.add("agencies", agencyTable(spellingRows(spellings)));
      await sink.add("topics", topicTable());
      outputBytes = await sink.close();
    });
    keywords.dispose();
    documents.dispose();
    trace?.done();
    replaceOutputFolder(tmp, outDir);
    return {summaries, bytes, outputBytes, warnings};
  } catch (error) {
    keywords.dispose();
    documents.dispose();
    rmSync(tmp, {recursive: true, force: true});
    throw error;
  }
}

/** Documents rows written per batch at the end (a multiple of 1,024, see there). */
const DOCUMENT_BATCH = 4096;

/** The source entries under the paths, sorted, keeping those of the shard (hash of the path relative to its argument). */
function shardEntries(paths: readonly string[], shard: Shard | null): SourceEntry[] {
  const files = listSourceEntries(paths);
  if (!shard) return files;
  const keep = new Set<string>();
  for (const path of paths) {
    const base = statSync(path).isDirectory() ? path : dirname(path);
    for (const file of listSources([path])) if (shardOf(relative(base, file), shard.n) === shard.k) keep.add(file);
  }
  return files.filter((entry) => keep.has(entry.file));
}

function addSpelling(spellings: Map<string, Set<string>>, agency_id: string, agency_raw: string): void {
  let set = spellings.get(agency_id);
  if (!set) spellings.set(agency_id, (set = new Set()));
  if (agency_raw) set.add(agency_raw);
}

/** One assignment-like row per (agency, spelling), enough for agencyTable. */
function spellingRows(spellings: Map<string, Set<string>>): Assignment[] {
  const rows: Assignment[] = [];
  for (const [agency_id, set] of spellings) {
    if (set.size === 0) rows.push({agency_id, agency_raw: ""} as Assignment);
    for (const agency_raw of set) rows.push({agency_id, agency_raw} as Assignment);
  }
  return rows;
}
