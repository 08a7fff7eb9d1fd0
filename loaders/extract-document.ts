import {assignTopics} from "./topics/assign-topics.ts";
import {selfCheckWarnings, selfChecks} from "./checks/self-checks.ts";
import {cleanText} from "./clean/clean-text.ts";
import {countKeywordIds, type KeywordCounts} from "./keywords/count-keyword-ids.ts";
import {coverage, type CoverageRow} from "./topics/coverage.ts";
import {detectMetadata} from "./metadata/detect-metadata.ts";
import {docIdFromFile} from "./metadata/doc-id.ts";
import {extractAssignments} from "./assignments/extract-assignments.ts";
import {extractIndicators} from "./indicators/extract-indicators.ts";
import {markAssignedTasks} from "./outline/mark-tasks.ts";
import {parseOutline} from "./outline/parse-outline.ts";
import {metaFromManifest} from "./metadata/meta-from-manifest.ts";
import type {ManifestRow} from "./metadata/read-manifest.ts";
import {checkInterrupt} from "./text/interrupt.ts";
import {segment} from "./text/segment.ts";
import {TokenVocabulary, type TokenRun} from "./text/token-vocabulary.ts";
import {topicTable} from "./topics/topic-table.ts";
import type {Assignment, DocMeta, Indicator, Item, ItemTopic, Removal, SourceFile} from "./types.ts";

/** One row of the documents table. */
export interface DocumentRow extends Omit<DocMeta, "warnings"> {
  doc_id: string;
  source_file: string;
  sha256: string;
  format: string;
  chars: number;
  n_items: number;
  n_tasks: number;
  n_assignments: number;
  n_indicators: number;
  n_removed: number;
  warnings: string;
  unit_markers: number;
  unit_markers_assigned: number;
  numbered_lines: number;
  numbered_items: number;
}

/** Everything extracted from one document: plain rows, ready for the tables. */
export interface DocumentResult {
  document: DocumentRow;
  text: string;
  removals: (Removal & {doc_id: string})[];
  items: Item[];
  assignments: Assignment[];
  indicators: Indicator[];
  itemTopics: ItemTopic[];
  itemTerms: {doc_id: string; item_id: string; terms: string}[];
  coverage: CoverageRow[];
  /**
   * Tokens of the whole document (for corpus-level keywords), as ids of a vocabulary shared by the documents of a
   * thread: valid until the next document is extracted (see TokenVocabulary.bound), so read them before that.
   */
  tokens: TokenRun;
}

/** Timings per stage in milliseconds, filled when a record is passed. */
export type StageTimes = Record<string, number>;

/** Runs one stage, timed when a record is passed; a document asked to stop (checkInterrupt) stops before it. */
function timed<T>(times: StageTimes | undefined, stage: string, run: () => T): T {
  checkInterrupt();
  if (!times) return run();
  const t0 = performance.now();
  const result = run();
  times[stage] = (times[stage] ?? 0) + performance.now() - t0;
  return result;
}

/** The thread's token vocabulary, bounded between documents. */
const vocabulary = new TokenVocabulary();

/**
 * Runs the extraction stages on one decoded source file:
 * clean → metadata → outline → assignments, indicators → segmentation → topics, coverage.
 * The manifest row, when given, supplies the citation metadata; otherwise it is detected from the text.
 */
export function extractDocument(
  source: SourceFile,
  manifestRow: ManifestRow | null = null,
  {docId, times}: {docId?: string; times?: StageTimes} = {}
): DocumentResult {
  const {
    text,
    removed,
    warnings: cleanWarnings = []
  } = timed(times, "clean", () => cleanText(source.raw, source.noise));
  const meta = timed(times, "metadata", () =>
    manifestRow ? metaFromManifest(manifestRow) : detectMetadata(source.raw, text, source.source_file)
  );
  const doc_id = docId ?? manifestRow?.doc_id ?? docIdFromFile(source.source_file, source.sha256);
  const outline = timed(times, "outline", () => parseOutline(doc_id, text, meta.doc_type));
  const assignments = timed(times, "assignments", () => extractAssignments(doc_id, text, outline));
  const indicators = timed(times, "indicators", () =>
    extractIndicators(doc_id, text, outline, {docType: meta.doc_type, year: meta.year})
  );
  // Agency names in unit lines say who does the work, not what it is: they are masked out of the text that
  // topics, keywords and similarity read, so two tasks do not look alike because both name 司法局.
  const content = maskSpans(text, assignments);
  vocabulary.bound();
  const {tokens, tokensByItem} = timed(times, "segment", () => segmentDocument(content, outline, vocabulary));
  const itemTopics = timed(times, "topics", () =>
    assignTopics(outline, (item) => tokensByItem.get(item.item_id) ?? [])
  );
  const topicOf = new Map(itemTopics.map((t) => [t.item_id, t.topic_id]));
  const items = markAssignedTasks(outline, assignments).map((item) => ({
    ...item,
    topic_id: topicOf.get(item.item_id) ?? null
  }));
  const itemTerms = timed(times, "topics", () =>
    items.map((item) => ({
      doc_id,
      item_id: item.item_id,
      terms: formatTerms(tokensByItem.has(item.item_id) ? countKeywordIds(tokensByItem.get(item.item_id)!) : null)
    }))
  );
  const coverageRows = timed(times, "topics", () => coverage(items, itemTopics, topicTable()));
  const warnings = [...source.warnings, ...cleanWarnings, ...meta.warnings];
  if (items.length === 0) warnings.push("no numbered outline found: the document has no items or tasks");
  const checks = selfChecks(text, items, assignments);
  warnings.push(...selfCheckWarnings(checks));
  for (const indicator of indicators)
    if (indicator.flag) warnings.push(`implausible value: ${indicator.quote} (${indicator.flag})`);
  const {warnings: _, ...metaFields} = meta;
  return {
    document: {
      doc_id,
      source_file: source.source_file,
      sha256: source.sha256,
      format: source.format,
      ...metaFields,
      chars: text.length,
      n_items: items.length,
      n_tasks: items.filter((d) => d.is_task).length,
      n_assignments: assignments.length,
      n_indicators: indicators.length,
      n_removed: removed.length,
      warnings: warnings.join("\n"),
      ...checks
    },
    text,
    removals: removed.map((r) => ({doc_id, ...r})),
    items,
    assignments,
    indicators,
    itemTopics,
    itemTerms,
    coverage: coverageRows,
    tokens
  };
}

/** The text with each span replaced by spaces of the same length, so offsets still hold; no spans gives the text. */
function maskSpans(text: string, spans: readonly {char_start: number; char_end: number}[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const {char_start, char_end} of [...spans].sort((a, b) => a.char_start - b.char_start)) {
    if (char_start < at) continue;
    parts.push(text.slice(at, char_start), " ".repeat(char_end - char_start));
    at = char_end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * Segments the preamble and each item's own span, so item tokens and document tokens share one pass. nodejieba cuts
 * between its separators (space, tab, newline, ，and 。) independently, so the whole text is cut once and a span whose
 * ends touch a separator takes the tokens inside it, exactly as cutting the span alone would give; any other span,
 * or a text whose tokens cannot be located in it, is cut on its own. Tokens are interned in `vocabulary` once each:
 * the document's tokens are one array of ids and each item's a run of it.
 */
function segmentDocument(
  text: string,
  items: Item[],
  vocabulary: TokenVocabulary
): {tokens: TokenRun; tokensByItem: Map<string, TokenRun>} {
  // A run of separators cuts like one (each is a whitespace token, dropped), so runs are collapsed before the cut.
  const whole = locateTokens(text, items.length > 0 ? segment(text.replace(/[ \t\n]{2,}/g, " ")) : []);
  const wholeIds = whole ? vocabulary.idsOf(whole.tokens) : null;
  let ids = new Int32Array(Math.max(16, wholeIds?.length ?? 0));
  let n = 0;
  const push = (id: number): void => {
    if (n === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[n++] = id;
  };
  const cut = (start: number, end: number): void => {
    if (whole && wholeIds && separatedAt(text, start) && separatedAt(text, end)) {
      for (let i = firstAtOrAfter(whole.starts, start); i < wholeIds.length && whole.starts[i] < end; ++i)
        push(wholeIds[i]);
    } else for (const token of segment(text.slice(start, end))) push(vocabulary.id(token));
  };
  const spans = new Map<string, [number, number]>();
  let at = 0;
  for (const item of items) {
    if (item.char_start > at) cut(at, item.char_start);
    const from = n;
    cut(item.char_start, item.char_end);
    spans.set(item.item_id, [from, n]);
    at = Math.max(at, item.char_end);
  }
  if (at < text.length) cut(at, text.length);
  const tokensByItem = new Map<string, TokenRun>();
  for (const [id, [start, end]] of spans) tokensByItem.set(id, {ids, start, end, vocabulary});
  return {tokens: {ids, start: 0, end: n, vocabulary}, tokensByItem};
}

/** nodejieba's separators: each is a token of its own and the text between two of them is cut independently. */
const SEPARATORS = new Set([" ", "\t", "\n", "，", "。"]);

/** Whether cutting at this offset splits the text where nodejieba itself does (the text's ends, or beside a separator). */
function separatedAt(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || SEPARATORS.has(text[offset - 1]) || SEPARATORS.has(text[offset]);
}

/** The tokens with their start offsets in text, or null when they do not spell the text (whitespace aside). */
function locateTokens(text: string, tokens: string[]): {tokens: string[]; starts: Int32Array} | null {
  const starts = new Int32Array(tokens.length);
  let at = 0;
  for (let i = 0; i < tokens.length; ++i) {
    const start = text.indexOf(tokens[i], at);
    if (start < 0 || (start > at && (/^\s/.test(tokens[i]) || /\S/.test(text.slice(at, start))))) return null;
    starts[i] = start;
    at = start + tokens[i].length;
  }
  return /\S/.test(text.slice(at)) ? null : {tokens, starts};
}

/** The index of the first offset in `starts` (ascending) that is at or after `start`. */
function firstAtOrAfter(starts: Int32Array, start: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "term:count|…", most frequent first, ties by term; no counts give "". */
function formatTerms(counts: KeywordCounts | null): string {
  if (counts == null) return "";
  const {terms, counts: n} = counts;
  return terms
    .map((_, i) => i)
    .sort((a, b) => n[b] - n[a] || (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0))
    .map((i) => `${terms[i]}:${n[i]}`)
    .join("|");
}
