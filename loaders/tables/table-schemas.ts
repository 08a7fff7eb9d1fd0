/**
 * The Parquet tables and their columns: the contract scripts outside this repo rely on.
 * Every column has a type and a description; the site's data dictionary is generated from this list.
 * Extend, never rename or drop without a note in README.md.
 */
export type ColumnType = "utf8" | "int32" | "float64" | "bool";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
}

export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
}

const s = (name: string, description: string): ColumnSpec => ({name, type: "utf8", description});
const i = (name: string, description: string): ColumnSpec => ({name, type: "int32", description});
const f = (name: string, description: string): ColumnSpec => ({name, type: "float64", description});
const b = (name: string, description: string): ColumnSpec => ({name, type: "bool", description});

const docId = s("doc_id", "Stable document slug (manifest doc_id, else derived from the file name).");
const itemId = s("item_id", "Outline item id: `<doc_id>:<path>`, path = 1-based position in the outline, e.g. 2.3.1.");
const start = i("char_start", "Start offset (JavaScript string index, UTF-16) into texts.text of this document.");
const end = i("char_end", "End offset (exclusive) into texts.text.");

export const tableSchemas: TableSpec[] = [
  {
    name: "documents",
    description: "One row per source document: citation metadata and extraction counts.",
    columns: [
      docId,
      s("source_file", "The source path as given to the extractor."),
      s("sha256", "sha256 of the source file's bytes."),
      s("format", "Source format: txt, html, docx or pdf."),
      s("title", "Document title."),
      s("jurisdiction", "Jurisdiction the document is about (Chinese name), e.g. 东胜区."),
      s("jurisdiction_en", "English name of the jurisdiction."),
      s("level", "district | county | city | prefecture | province."),
      s("parent_jurisdiction", "The jurisdiction one level up, e.g. 鄂尔多斯市."),
      s("province", "Province-level unit."),
      s("adcode", "6-digit GB/T 2260 administrative division code."),
      s("doc_type", "task_plan | implementation_opinion | annual_report | work_points | other."),
      s("issuer", "Issuing body as written."),
      s("doc_number", "Document number (文号), e.g. 东依法委发〔2022〕3号."),
      s("issued_date", "Issue date, ISO yyyy-mm-dd."),
      i("year", "The year the document is about (report year, plan year)."),
      i("chars", "Length of the normalised text (UTF-16 code units)."),
      i("n_items", "Numbered outline items."),
      i("n_tasks", "Items marked as tasks (numbered units of work)."),
      i("n_assignments", "Agency assignment rows."),
      i("n_indicators", "Quantities extracted."),
      i("n_removed", "Pieces of scraped boilerplate removed by cleaning."),
      s("metadata_source", "manifest (from seeds/manifest.csv) or detected (from the text)."),
      s("warnings", "Problems found, one per line; empty when none."),
      i(
        "unit_markers",
        "Self-check: places the text marks units (牵头单位:, (…牵头), (…负责)), by data/unit-vocabulary.csv."
      ),
      i("unit_markers_assigned", "Self-check: unit markers inside an item that got assignments."),
      i("numbered_lines", "Self-check: lines starting with an outline label of any numbering style."),
      i("numbered_items", "Self-check: outline items made (numbered lines in sequence, table rows, records).")
    ]
  },
  {
    name: "texts",
    description: "The normalised text of each document: every char_start/char_end in every table points into it.",
    columns: [docId, s("text", "Normalised text (after cleaning).")]
  },
  {
    name: "removals",
    description:
      "What cleaning removed from each document (breadcrumbs, toolbars, share footers, a PDF's page headers and numbers, stray spaces).",
    columns: [
      docId,
      s("kind", "The cleaning rule that removed it."),
      s("text", "The removed text as it was in the source."),
      i("at", "Offset in the normalised text where it was removed.")
    ]
  },
  {
    name: "items",
    description: "The outline: every numbered unit (chapter, section, task) with its exact span.",
    columns: [
      docId,
      itemId,
      s("parent_id", "item_id of the enclosing item; null at top level."),
      i("depth", "1 for top-level items."),
      s("label", "The number as written: 二、, (三十五), 5), (15), 1."),
      s("style", "Numbering style name (see data dictionary on /about)."),
      i("ordinal", "Numeric value of the label."),
      s("heading", "Short title after the label, before the first 。; null when none."),
      s("text", "The item's text, from its label to the next item."),
      b("is_task", "True for numbered units of work (plan/opinion/work points) or deepest-level report items."),
      s("topic_id", "Topic assigned to the item (see topics)."),
      start,
      end
    ]
  },
  {
    name: "assignments",
    description: "Lead and support units named for each task.",
    columns: [
      docId,
      itemId,
      s("role", "lead | support."),
      s("agency_raw", "The unit exactly as written, whitespace removed."),
      s("agency_id", "Canonical agency id (see agencies)."),
      b("is_collective", "True for collective units such as 各镇、街道 or 市政府各部门."),
      s("form", "The assignment form that matched (unit line, bracket, inline)."),
      start,
      end
    ]
  },
  {
    name: "agencies",
    description: "Canonical agencies across jurisdictions and eras, with every spelling seen.",
    columns: [
      s("agency_id", "Canonical agency id."),
      s("name_zh", "Canonical Chinese name."),
      s("name_en", "English name."),
      s("kind", "government | party | judicial | legislature | mass_organisation | collective | other."),
      s("aliases", "Spellings that map to this agency, | separated.")
    ]
  },
  {
    name: "indicators",
    description: "Every quantity written with a unit or measure word, classified where the catalogue knows it.",
    columns: [
      docId,
      s("indicator_row_id", "Row id: `<doc_id>:n<k>` in text order."),
      s("item_id", "Innermost item containing the quote; null before the first numbered heading."),
      s("indicator_id", "Canonical indicator id from data/indicator-catalogue.csv; null when unclassified."),
      s("subject", "The phrase the number counts, as written."),
      f("value", "Numeric value with 万/亿 folded in."),
      s("unit", "Base unit (件, 人次, 元, %...)."),
      b("approx", "True when written with 余/多/近/约."),
      s("kind", "actual (reported result) | target (goal)."),
      i("year", "The year the value is about."),
      s("quote", "Exact quote: texts.text.slice(char_start, char_end)."),
      start,
      end,
      s("flag", "Why the value looks implausible; null when it does not.")
    ]
  },
  {
    name: "topics",
    description: "The topic taxonomy, following the chapters of the national 法治政府建设实施纲要 (2021–2025).",
    columns: [
      s("topic_id", "Topic id."),
      i("order", "Display order."),
      s("name_zh", "Chinese name."),
      s("name_en", "English name.")
    ]
  },
  {
    name: "item_topics",
    description: "How each item got its topic, with the evidence terms.",
    columns: [
      docId,
      itemId,
      s("topic_id", "Assigned topic."),
      s("evidence", "Lexicon terms that decided it, | separated."),
      s("source", "heading | lexicon | inherited | none."),
      f("score", "Weighted lexicon score.")
    ]
  },
  {
    name: "item_terms",
    description:
      "Each item's content terms (nodejieba tokens minus stop words) with counts, for similarity and alignment.",
    columns: [docId, itemId, s("terms", "term:count pairs, | separated, most frequent first.")]
  },
  {
    name: "coverage",
    description: "Per document × topic: task items, all items, characters and shares (zero rows included).",
    columns: [
      docId,
      s("topic_id", "Topic id."),
      i("items", "Task items with this topic."),
      i("all_items", "All items with this topic."),
      i("chars", "Characters of the document's items with this topic (each character counted once)."),
      f("share_items", "items / the document's task items."),
      f("share_chars", "chars / the document's item characters.")
    ]
  },
  {
    name: "keywords",
    description: "Top terms per document by TF-IDF, and distinctive terms by log-likelihood keyness.",
    columns: [
      docId,
      s("term", "The term (nodejieba token)."),
      s("method", "tfidf | keyness."),
      i("rank", "1 = strongest."),
      f("score", "TF-IDF weight or G² statistic."),
      i("count", "Occurrences in the document.")
    ]
  }
];

/**
 * Tables the site builds across documents after the extraction (loaders/site/): in the data release and /explore,
 * not written by `npm run extract`.
 */
export const siteTableSchemas: TableSpec[] = [
  {
    name: "follow_through",
    description:
      "Follow-through: each task and target of a plan, opinion or work points set against the later annual reports of the same jurisdiction, its parent or a child (by adcode; report year ≥ plan year). Task rows pair a task with the report passage most similar to it (TF-IDF cosine of nodejieba tokens, as /compare); indicator rows pair a target with each actual of the same catalogue indicator. A match is a lexical pointer, not proof that the task was done.",
    columns: [
      s("row_kind", "task | indicator."),
      s(
        "status",
        "task: matched | not_mentioned (later reports exist, no passage reaches the threshold) | no_report (no later report found); indicator: matched | no_actual | no_report."
      ),
      s("plan_doc_id", "The plan, opinion or work points (documents.doc_id)."),
      i("plan_year", "The plan's year."),
      s("plan_item_id", "The task (items.item_id), or the item holding the target."),
      i("plan_char_start", "Start offset of the task or the target's quote in the plan's texts.text."),
      i("plan_char_end", "End offset (exclusive) in the plan's texts.text."),
      s("plan_quote", "The task's text, or the target's quote."),
      s("report_doc_id", "The later report (documents.doc_id); null for no_report and no_actual."),
      i("report_year", "The report's year."),
      s("relation", "The report's jurisdiction: same | parent | child of the plan's."),
      s("report_item_id", "The matched report passage (items.item_id), or the item holding the actual."),
      i("report_char_start", "Start offset of the passage or the actual's quote in the report's texts.text."),
      i("report_char_end", "End offset (exclusive) in the report's texts.text."),
      s("report_quote", "The passage's text, or the actual's quote."),
      f(
        "similarity",
        "task: TF-IDF cosine of the task and its most similar passage of the report (matched from 0.2); null for indicators."
      ),
      s("indicator_id", "Catalogue indicator of the target and the actual."),
      s("target_row_id", "The target's indicators.indicator_row_id."),
      f("target_value", "The target value."),
      s("target_unit", "The target's unit."),
      i("target_year", "The year the target is for (the plan's year when the text names none)."),
      s("actual_row_id", "The actual's indicators.indicator_row_id."),
      f("actual_value", "The reported value."),
      s("actual_unit", "The actual's unit (compare only like units)."),
      i("actual_year", "The year the actual is for (the report's year when the text names none).")
    ]
  }
];

/** Every table of the data release and /explore: the extraction's, then the site's. */
export const releaseTableSchemas: TableSpec[] = [...tableSchemas, ...siteTableSchemas];

/** Looks up a table's schema by name (extraction or site table); throws `invalid table: <name>` for an unknown name. */
export function tableSchema(name: string): TableSpec {
  const spec = releaseTableSchemas.find((t) => t.name === name);
  if (!spec) throw new Error(`invalid table: ${name}`);
  return spec;
}
