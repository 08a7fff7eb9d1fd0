import {existsSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {extractDocument, type DocumentResult, type DocumentRow, type StageTimes} from "../extract-document.ts";
import {docIdFromFile} from "../metadata/doc-id.ts";
import {ExtractError} from "../read/extract-error.ts";
import {keywords} from "../keywords/keywords.ts";
import {listSourceEntries} from "../read/list-sources.ts";
import {matchManifest} from "../metadata/match-manifest.ts";
import {readSource} from "../read/read-source.ts";
import {topicTable} from "../topics/topic-table.ts";
import {agencyTable} from "../assignments/agency-table.ts";
import type {Tables} from "../types.ts";

/** What happened to one source file: its counts, or the error that stopped it. */
export interface DocumentSummary {
  source_file: string;
  doc_id: string | null;
  items: number;
  tasks: number;
  assignments: number;
  indicators: number;
  warnings: string[];
  error: string | null;
}

export interface CorpusOptions {
  /** Manifest files; by default every `manifest.csv` in a given folder (or beside a given file). */
  manifests?: string[];
  /** Largest source file read, in bytes. */
  maxBytes?: number;
  /** Called after each document with (done, total, summary). */
  onProgress?: (done: number, total: number, summary: DocumentSummary) => void;
  /** Stage timings accumulate here when given. */
  times?: StageTimes;
}

/** Finds the manifest.csv files that apply to the given paths (in a folder given, or beside a file given). */
export function findManifests(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const dir = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
    const manifest = join(dir, "manifest.csv");
    if (existsSync(manifest)) found.add(manifest);
  }
  return [...found].sort();
}

/**
 * Extracts every source file under the given paths into table rows. A document that cannot be read
 * still gets a documents row whose warnings name the problem; the others come out as usual. `warnings` are about the
 * run, not one document (a manifest row that matches no file).
 * Empty input returns empty tables.
 */
export async function extractCorpus(
  paths: readonly string[],
  options: CorpusOptions = {}
): Promise<{tables: Tables; summaries: DocumentSummary[]; warnings: string[]}> {
  const {maxBytes, onProgress, times} = options;
  const entries = listSourceEntries(paths);
  const files = entries.map((entry) => entry.file);
  const {rows: manifest, warnings} = matchManifest(options.manifests ?? findManifests(paths), files);
  const results: DocumentResult[] = [];
  const tokenLists: string[][] = [];
  const failed: DocumentRow[] = [];
  const summaries: DocumentSummary[] = [];
  const usedIds = new Set<string>();
  for (const {file, problem: listed} of entries) {
    let summary: DocumentSummary;
    try {
      if (listed) throw new ExtractError(file, listed);
      const t0 = performance.now();
      const source = await readSource(file, {maxBytes});
      if (times) times.read = (times.read ?? 0) + performance.now() - t0;
      const row = manifest.get(file) ?? null;
      const id = uniqueId(row?.doc_id ?? docIdFromFile(file, source.sha256), usedIds);
      const result = extractDocument(source, row, {docId: id.doc_id, times});
      if (id.warning) result.document.warnings = [result.document.warnings, id.warning].filter(Boolean).join("\n");
      results.push(result);
      // The token ids are valid until the next document: keywords() reads the tokens as strings.
      tokenLists.push(
        Array.from(
          result.tokens.ids.subarray(result.tokens.start, result.tokens.end),
          (id) => result.tokens.vocabulary.terms[id]
        )
      );
      summary = summarise(result);
    } catch (error) {
      const problem =
        error instanceof ExtractError
          ? error.problem
          : `internal error: ${String((error as Error)?.message ?? error).split("\n")[0]}`;
      const doc = failedRow(file, problem, usedIds);
      failed.push(doc);
      summary = {
        source_file: file,
        doc_id: doc.doc_id,
        items: 0,
        tasks: 0,
        assignments: 0,
        indicators: 0,
        warnings: [],
        error: problem
      };
    }
    summaries.push(summary);
    onProgress?.(summaries.length, files.length, summary);
    // Let signals and timers in between documents (an interrupted run stops at the next document).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const t0 = performance.now();
  const keywordRows = keywords(results.map((r, i) => ({doc_id: r.document.doc_id, tokens: tokenLists[i]})));
  if (times) times.keywords = (times.keywords ?? 0) + performance.now() - t0;
  return {tables: collectTables(results, failed, keywordRows), summaries, warnings};
}

function collectTables(results: DocumentResult[], failed: DocumentRow[], keywordRows: object[]): Tables {
  const assignments = results.flatMap((r) => r.assignments);
  return {
    documents: [...results.map((r) => r.document), ...failed].sort((a, b) => a.doc_id.localeCompare(b.doc_id)),
    texts: results.map((r) => ({doc_id: r.document.doc_id, text: r.text})),
    removals: results.flatMap((r) => r.removals),
    items: results.flatMap((r) => r.items),
    assignments,
    agencies: agencyTable(assignments),
    indicators: results.flatMap((r) => r.indicators),
    topics: topicTable(),
    item_topics: results.flatMap((r) => r.itemTopics),
    item_terms: results.flatMap((r) => r.itemTerms),
    coverage: results.flatMap((r) => r.coverage),
    keywords: keywordRows
  };
}

/** Makes an id unique within the run, saying so when it had to be changed. */
export function uniqueId(id: string, used: Set<string>): {doc_id: string; warning: string | null} {
  let unique = id;
  for (let k = 2; used.has(unique); ++k) unique = `${id}-${k}`;
  used.add(unique);
  return {
    doc_id: unique,
    warning: unique === id ? null : `doc_id ${id} already used by another file; renamed to ${unique}`
  };
}

/** The documents row of a file that could not be read: no metadata, the problem as its warning. */
export function failedRow(file: string, problem: string, used: Set<string>): DocumentRow {
  const id = uniqueId(docIdFromFile(file, "error"), used);
  return {
    doc_id: id.doc_id,
    source_file: file,
    sha256: "",
    format: "",
    title: null,
    jurisdiction: null,
    jurisdiction_en: null,
    level: null,
    parent_jurisdiction: null,
    province: null,
    adcode: null,
    doc_type: "other",
    issuer: null,
    doc_number: null,
    issued_date: null,
    year: null,
    metadata_source: "detected",
    chars: 0,
    n_items: 0,
    n_tasks: 0,
    n_assignments: 0,
    n_indicators: 0,
    n_removed: 0,
    warnings: [`error: ${problem}`, id.warning].filter(Boolean).join("\n"),
    unit_markers: 0,
    unit_markers_assigned: 0,
    numbered_lines: 0,
    numbered_items: 0
  };
}

/** The summary line of one extracted document. */
export function summarise(r: Pick<DocumentResult, "document">): DocumentSummary {
  const d = r.document;
  return {
    source_file: d.source_file,
    doc_id: d.doc_id,
    items: d.n_items,
    tasks: d.n_tasks,
    assignments: d.n_assignments,
    indicators: d.n_indicators,
    warnings: d.warnings ? d.warnings.split("\n") : [],
    error: null
  };
}
