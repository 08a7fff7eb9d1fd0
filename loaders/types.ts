/** Shared row shapes passed between pipeline stages. Plain data only. */

/** A source file as read from disk, decoded to a string. */
export interface SourceFile {
  /** The path as given on the command line or by the loader. */
  source_file: string;
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
  format: "txt" | "html" | "docx" | "pdf";
  /** Decoded text before cleaning (markup already stripped for html/docx, lines rebuilt from positions for pdf). */
  raw: string;
  /** Problems found while reading (encoding guessed, etc.). */
  warnings: string[];
  /** Spans of raw that reading already knows are noise (a PDF's running headers, footers and page numbers). */
  noise?: NoiseSpan[];
}

/** raw.slice(start, end) is noise of this kind; cleaning removes it first and records it as a Removal. */
export interface NoiseSpan {
  start: number;
  end: number;
  kind: string;
}

/** One piece of scraped boilerplate or noise removed by cleaning. */
export interface Removal {
  /** What rule removed it, e.g. "breadcrumb", "toolbar", "share-footer", "space-in-word". */
  kind: string;
  /** The removed text, exactly as it was in the raw input. */
  text: string;
  /** Offset in the normalised text where the removal happened. */
  at: number;
}

export interface CleanResult {
  /** Normalised text: every char_start/char_end in every table points into this string. */
  text: string;
  removed: Removal[];
  /** Present when cleaning held back (noise rules that would remove too much). */
  warnings?: string[];
}

/** One numbered unit of the document's outline. text === doc text.slice(char_start, char_end). */
export interface Item {
  doc_id: string;
  /** `${doc_id}:${path}` where path is the 1-based ordinal path in the outline, e.g. "2.3.1". */
  item_id: string;
  parent_id: string | null;
  /** 1 for top level. */
  depth: number;
  /** The label as written: "二、", "(三十五)", "5)", "(15)", "1.". */
  label: string;
  /** Numbering style name, e.g. "cn-dun" (一、), "cn-paren" ((一)), "arabic-dot" (1.), "arabic-half-paren" (1)). */
  style: string;
  /** Numeric value of the label (二 → 2, (三十五) → 35). */
  ordinal: number;
  /** The short title before the first 。 (or line end), without the label; null if none. */
  heading: string | null;
  /** The item's own text from its label to the start of the next item at any depth (or its end). */
  text: string;
  is_task: boolean;
  topic_id: string | null;
  char_start: number;
  char_end: number;
}

export type Role = "lead" | "support";

export interface Assignment {
  doc_id: string;
  item_id: string;
  role: Role;
  /** Exactly as written, whitespace removed, prefix not applied. */
  agency_raw: string;
  agency_id: string;
  is_collective: boolean;
  /** Offsets of agency_raw's span in the normalised text (before whitespace removal). */
  char_start: number;
  char_end: number;
  /** The assignment form that matched, e.g. "unit-line", "bracket-lead-support", "inline-paren". */
  form: string;
}

export type AgencyKind =
  "government" | "party" | "judicial" | "legislature" | "mass_organisation" | "collective" | "other";

export interface Agency {
  agency_id: string;
  name_zh: string;
  name_en: string;
  kind: AgencyKind;
  /** Every raw spelling seen or listed, joined by "|" in Parquet. */
  aliases: string[];
}

export type IndicatorKind = "actual" | "target";

export interface Indicator {
  doc_id: string;
  /** `${doc_id}:n${index}` in text order. */
  indicator_row_id: string;
  /** Innermost item containing the quote; null only before the first numbered heading. */
  item_id: string | null;
  indicator_id: string | null;
  /** The phrase the number counts, as written. */
  subject: string;
  value: number;
  unit: string;
  approx: boolean;
  kind: IndicatorKind;
  year: number | null;
  /** Exact quote: text.slice(char_start, char_end). */
  quote: string;
  char_start: number;
  char_end: number;
  /** Optional: span of the quantity as written, numeral through unit ("2.4万人次"), inside [char_start, char_end). */
  value_start?: number;
  value_end?: number;
  /** Non-null when the value looks implausible, saying why. */
  flag: string | null;
}

export interface Topic {
  topic_id: string;
  name_zh: string;
  name_en: string;
  order: number;
  /** What the topic covers, in English with the key Chinese terms (from data/topics.csv). */
  description?: string;
  /** The same in Chinese (data/topics.csv's description_zh). */
  description_zh?: string;
}

export interface ItemTopic {
  doc_id: string;
  item_id: string;
  topic_id: string;
  /** Matched lexicon terms, "|" joined. */
  evidence: string;
  /** "heading" when taken from a section heading, "lexicon" when from term counts, "inherited" from parent. */
  source: string;
  score: number;
}

export interface Keyword {
  doc_id: string;
  term: string;
  /** "tfidf" or "keyness". */
  method: string;
  rank: number;
  score: number;
  count: number;
}

export type Level = "district" | "county" | "city" | "prefecture" | "province";
export type DocType = "task_plan" | "implementation_opinion" | "annual_report" | "work_points" | "other";

/** Document metadata as cited by researchers; from the manifest or detected from the text. */
export interface DocMeta {
  title: string | null;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  level: Level | null;
  parent_jurisdiction: string | null;
  province: string | null;
  adcode: string | null;
  doc_type: DocType;
  issuer: string | null;
  doc_number: string | null;
  /** ISO date yyyy-mm-dd. */
  issued_date: string | null;
  /** The year the document is about. */
  year: number | null;
  metadata_source: "manifest" | "detected";
  warnings: string[];
}

/** Rows of every table, keyed by table name (see tables/table-schemas.ts). */
export type Tables = Record<string, object[]>;
