/**
 * The Parquet tables and their columns: the contract scripts outside this repo rely on.
 * Every column has a type and a description in English and Chinese (`description_zh`, backticks mark code and
 * coded values); the site's data dictionary and the release's data-dictionary.json are generated from this list.
 * Extend, never rename or drop without a note in README.md.
 */
export type ColumnType = "utf8" | "int32" | "float64" | "bool";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
  /** The same description in Chinese (shown on the Chinese pages' data dictionary). */
  description_zh: string;
}

export interface TableSpec {
  name: string;
  description: string;
  description_zh: string;
  columns: ColumnSpec[];
}

const column =
  (type: ColumnType) =>
  (name: string, description: string, description_zh: string): ColumnSpec => ({
    name,
    type,
    description,
    description_zh
  });
const s = column("utf8");
const i = column("int32");
const f = column("float64");
const b = column("bool");

const docId = s(
  "doc_id",
  "Stable document slug (manifest doc_id, else derived from the file name).",
  "文件的固定标识(取 `manifest` 的 `doc_id`，没有则由文件名生成)。"
);
const itemId = s(
  "item_id",
  "Outline item id: `<doc_id>:<path>`, path = 1-based position in the outline, e.g. 2.3.1.",
  "提纲条目编号：`<doc_id>:<path>`，`path` 为条目在提纲中的位置(从 1 起)，如 2.3.1。"
);
const start = i(
  "char_start",
  "Start offset (JavaScript string index, UTF-16) into texts.text of this document.",
  "在本文件 `texts.text` 中的起始位置(JavaScript 字符串下标，UTF-16)。"
);
const end = i("char_end", "End offset (exclusive) into texts.text.", "在 `texts.text` 中的结束位置(不含)。");

export const tableSchemas: TableSpec[] = [
  {
    name: "documents",
    description: "One row per source document: citation metadata and extraction counts.",
    description_zh: "每份源文件一行：引用所需的元数据和抽取计数。",
    columns: [
      docId,
      s("source_file", "The source path as given to the extractor.", "交给抽取程序的源文件路径。"),
      s("sha256", "sha256 of the source file's bytes.", "源文件字节的 sha256。"),
      s("format", "Source format: txt, html, docx or pdf.", "源文件格式：txt、html、docx 或 pdf。"),
      s("title", "Document title.", "文件标题。"),
      s(
        "jurisdiction",
        "Jurisdiction the document is about (Chinese name), e.g. 东胜区.",
        "文件所涉地区(中文名)，如东胜区。"
      ),
      s("jurisdiction_en", "English name of the jurisdiction.", "地区的英文名。"),
      s(
        "level",
        "district | county | city | prefecture | province.",
        "层级：`district`(区)| `county`(县)| `city`(市)| `prefecture`(州、盟)| `province`(省)。"
      ),
      s("parent_jurisdiction", "The jurisdiction one level up, e.g. 鄂尔多斯市.", "上一级地区，如鄂尔多斯市。"),
      s("province", "Province-level unit.", "所在省级行政区。"),
      s("adcode", "6-digit GB/T 2260 administrative division code.", "6 位 GB/T 2260 行政区划代码。"),
      s(
        "doc_type",
        "task_plan | implementation_opinion | annual_report | work_points | other.",
        "文件类型：`task_plan`(任务分解方案)| `implementation_opinion`(实施意见)| `annual_report`(年度报告)| `work_points`(工作要点)| `other`(其他)。"
      ),
      s("issuer", "Issuing body as written.", "原文所写的发文机关。"),
      s("doc_number", "Document number (文号), e.g. 东依法委发〔2022〕3号.", "文号，如东依法委发〔2022〕3号。"),
      s("issued_date", "Issue date, ISO yyyy-mm-dd.", "发文日期，格式为 `yyyy-mm-dd`。"),
      i("year", "The year the document is about (report year, plan year).", "文件所涉年度(报告年度、规划年度)。"),
      i("chars", "Length of the normalised text (UTF-16 code units).", "规范化文本的长度(UTF-16 码元数)。"),
      i("n_items", "Numbered outline items.", "有编号的提纲条目数。"),
      i("n_tasks", "Items marked as tasks (numbered units of work).", "标为任务的条目数(有编号的工作单元)。"),
      i("n_assignments", "Agency assignment rows.", "部门分工行数。"),
      i("n_indicators", "Quantities extracted.", "抽取的数量数。"),
      i("n_removed", "Pieces of scraped boilerplate removed by cleaning.", "清洗时删除的网页套话段数。"),
      s(
        "metadata_source",
        "manifest (from seeds/manifest.csv) or detected (from the text).",
        "元数据来源：`manifest`(来自 seeds/manifest.csv)或 `detected`(从正文识别)。"
      ),
      s("warnings", "Problems found, one per line; empty when none.", "发现的问题，每行一条；没有则为空。"),
      i(
        "unit_markers",
        "Self-check: places the text marks units (牵头单位:, (…牵头), (…负责)), by data/unit-vocabulary.csv.",
        "自检：正文标注单位之处(牵头单位:、(…牵头)、(…负责))，按 data/unit-vocabulary.csv 计。"
      ),
      i(
        "unit_markers_assigned",
        "Self-check: unit markers inside an item that got assignments.",
        "自检：位于已抽出分工的条目内的单位标注数。"
      ),
      i(
        "numbered_lines",
        "Self-check: lines starting with an outline label of any numbering style.",
        "自检：以任一编号样式的提纲编号开头的行数。"
      ),
      i(
        "numbered_items",
        "Self-check: outline items made (numbered lines in sequence, table rows, records).",
        "自检：生成的提纲条目数(连续编号的行、表格行、记录)。"
      )
    ]
  },
  {
    name: "texts",
    description: "The normalised text of each document: every char_start/char_end in every table points into it.",
    description_zh: "每份文件的规范化文本：所有表的 `char_start`/`char_end` 都指向它。",
    columns: [docId, s("text", "Normalised text (after cleaning).", "规范化文本(清洗后)。")]
  },
  {
    name: "removals",
    description:
      "What cleaning removed from each document (breadcrumbs, toolbars, share footers, a PDF's page headers and numbers, stray spaces).",
    description_zh: "清洗从每份文件删除的内容(导航路径、工具栏、分享页脚、PDF 的页眉和页码、多余空格)。",
    columns: [
      docId,
      s("kind", "The cleaning rule that removed it.", "删除它的清洗规则。"),
      s("text", "The removed text as it was in the source.", "被删除的文字，与源文件一致。"),
      i("at", "Offset in the normalised text where it was removed.", "删除处在规范化文本中的位置。")
    ]
  },
  {
    name: "items",
    description: "The outline: every numbered unit (chapter, section, task) with its exact span.",
    description_zh: "提纲：每个有编号的单元(章、节、任务)及其精确位置。",
    columns: [
      docId,
      itemId,
      s("parent_id", "item_id of the enclosing item; null at top level.", "上级条目的 `item_id`；顶层为 `null`。"),
      i("depth", "1 for top-level items.", "层级深度，顶层条目为 1。"),
      s("label", "The number as written: 二、, (三十五), 5), (15), 1.", "原文所写的编号：二、 (三十五) 5) (15) 1."),
      s("style", "Numbering style name (see data dictionary on /about).", "编号样式名称(见“关于”页的数据字典)。"),
      i("ordinal", "Numeric value of the label.", "编号的数值。"),
      s(
        "heading",
        "Short title after the label, before the first 。; null when none.",
        "编号之后、第一个“。”之前的小标题；没有则为 `null`。"
      ),
      s("text", "The item's text, from its label to the next item.", "条目正文，从其编号到下一条目。"),
      b(
        "is_task",
        "True for numbered units of work (plan/opinion/work points) or deepest-level report items.",
        "有编号的工作单元(方案、意见、工作要点)或报告最深一级的条目为真。"
      ),
      s("topic_id", "Topic assigned to the item (see topics).", "条目所属主题(见 topics 表)。"),
      start,
      end
    ]
  },
  {
    name: "assignments",
    description: "Lead and support units named for each task.",
    description_zh: "每项任务写明的牵头和配合单位。",
    columns: [
      docId,
      itemId,
      s("role", "lead | support.", "角色：`lead`(牵头)| `support`(配合)。"),
      s("agency_raw", "The unit exactly as written, whitespace removed.", "原文所写的单位(去掉空白)。"),
      s("agency_id", "Canonical agency id (see agencies).", "标准部门编号(见 agencies 表)。"),
      b(
        "is_collective",
        "True for collective units such as 各镇、街道 or 市政府各部门.",
        "统称单位(如各镇、街道，市政府各部门)为真。"
      ),
      s(
        "form",
        "The assignment form that matched (unit line, bracket, inline).",
        "匹配到的分工写法(单位行、括号、行内)。"
      ),
      start,
      end
    ]
  },
  {
    name: "agencies",
    description: "Canonical agencies across jurisdictions and eras, with every spelling seen.",
    description_zh: "跨地区、跨时期归一的标准部门，附所见的每种写法。",
    columns: [
      s("agency_id", "Canonical agency id.", "标准部门编号。"),
      s("name_zh", "Canonical Chinese name.", "标准中文名称。"),
      s("name_en", "English name.", "英文名称。"),
      s(
        "kind",
        "government | party | judicial | legislature | mass_organisation | collective | other.",
        "类别：`government`(政府部门)| `party`(党委部门)| `judicial`(司法机关)| `legislature`(人大)| `mass_organisation`(群团组织)| `collective`(统称单位)| `other`(其他)。"
      ),
      s("aliases", "Spellings that map to this agency, | separated.", "归入此部门的各种写法，以 | 分隔。")
    ]
  },
  {
    name: "indicators",
    description: "Every quantity written with a unit or measure word, classified where the catalogue knows it.",
    description_zh: "原文中带单位或量词的每个数量，指标库认识的归入指标。",
    columns: [
      docId,
      s("indicator_row_id", "Row id: `<doc_id>:n<k>` in text order.", "行编号：`<doc_id>:n<k>`，按正文顺序。"),
      s(
        "item_id",
        "Innermost item containing the quote; null before the first numbered heading.",
        "包含引文的最内层条目；在第一个编号标题之前为 `null`。"
      ),
      s(
        "indicator_id",
        "Canonical indicator id from data/indicator-catalogue.csv; null when unclassified.",
        "data/indicator-catalogue.csv 中的标准指标编号；未归类为 `null`。"
      ),
      s("subject", "The phrase the number counts, as written.", "数字所计的对象，原文写法。"),
      f("value", "Numeric value with 万/亿 folded in.", "数值(已折算万、亿)。"),
      s("unit", "Base unit (件, 人次, 元, %...).", "基本单位(件、人次、元、% 等)。"),
      b("approx", "True when written with 余/多/近/约.", "原文写有余、多、近、约时为真。"),
      s("kind", "actual (reported result) | target (goal).", "类型：`actual`(已报告的结果)| `target`(目标)。"),
      i("year", "The year the value is about.", "数值所涉年度。"),
      s(
        "quote",
        "Exact quote: texts.text.slice(char_start, char_end).",
        "精确引文：`texts.text.slice(char_start, char_end)`。"
      ),
      start,
      end,
      s("flag", "Why the value looks implausible; null when it does not.", "数值看来不合理的原因；合理则为 `null`。")
    ]
  },
  {
    name: "topics",
    description: "The topic taxonomy, following the chapters of the national 法治政府建设实施纲要 (2021–2025).",
    description_zh: "主题分类，依照国家《法治政府建设实施纲要(2021—2025年)》的各章。",
    columns: [
      s("topic_id", "Topic id.", "主题编号。"),
      i("order", "Display order.", "显示顺序。"),
      s("name_zh", "Chinese name.", "中文名称。"),
      s("name_en", "English name.", "英文名称。")
    ]
  },
  {
    name: "item_topics",
    description: "How each item got its topic, with the evidence terms.",
    description_zh: "每个条目如何得到其主题，附依据词。",
    columns: [
      docId,
      itemId,
      s("topic_id", "Assigned topic.", "所属主题。"),
      s("evidence", "Lexicon terms that decided it, | separated.", "决定主题的词表词语，以 | 分隔。"),
      s(
        "source",
        "heading | lexicon | inherited | none.",
        "依据：`heading`(小标题)| `lexicon`(词表)| `inherited`(继承上级)| `none`(无)。"
      ),
      f("score", "Weighted lexicon score.", "词表加权得分。")
    ]
  },
  {
    name: "item_terms",
    description:
      "Each item's content terms (nodejieba tokens minus stop words) with counts, for similarity and alignment.",
    description_zh: "每个条目的实词(nodejieba 分词去掉停用词)及词频，用于相似度和对照。",
    columns: [
      docId,
      itemId,
      s("terms", "term:count pairs, | separated, most frequent first.", "“词:次数”对，以 | 分隔，高频在前。")
    ]
  },
  {
    name: "coverage",
    description: "Per document × topic: task items, all items, characters and shares (zero rows included).",
    description_zh: "每份文件 × 每个主题：任务条目数、全部条目数、字数和占比(含为零的行)。",
    columns: [
      docId,
      s("topic_id", "Topic id.", "主题编号。"),
      i("items", "Task items with this topic.", "属于此主题的任务条目数。"),
      i("all_items", "All items with this topic.", "属于此主题的全部条目数。"),
      i(
        "chars",
        "Characters of the document's items with this topic (each character counted once).",
        "文件中属于此主题的条目字数(每个字只计一次)。"
      ),
      f("share_items", "items / the document's task items.", "items ÷ 文件的任务条目数。"),
      f("share_chars", "chars / the document's item characters.", "`chars` ÷ 文件条目的总字数。")
    ]
  },
  {
    name: "keywords",
    description: "Top terms per document by TF-IDF, and distinctive terms by log-likelihood keyness.",
    description_zh: "每份文件 TF-IDF 最高的词，以及按对数似然关键度最有特色的词。",
    columns: [
      docId,
      s("term", "The term (nodejieba token).", "词语(nodejieba 分词)。"),
      s("method", "tfidf | keyness.", "方法：`tfidf` | `keyness`(关键度)。"),
      i("rank", "1 = strongest.", "名次，1 为最强。"),
      f("score", "TF-IDF weight or G² statistic.", "TF-IDF 权重或 G² 统计量。"),
      i("count", "Occurrences in the document.", "在文件中出现的次数。")
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
    description_zh:
      "落实情况：方案、意见或工作要点的每项任务和目标，对照同一地区、其上级或下级(按 `adcode`)此后的年度报告(报告年度 ≥ 规划年度)。任务行把任务与报告中最相似的段落配对(nodejieba 分词的 TF-IDF 余弦，同“对比”页)；指标行把目标与同一指标的每个实际值配对。配对只是用词上的线索，不能证明任务已完成。",
    columns: [
      s("row_kind", "task | indicator.", "行类型：`task`(任务)| `indicator`(指标)。"),
      s(
        "status",
        "task: matched | not_mentioned (later reports exist, no passage reaches the threshold) | no_report (no later report found); indicator: matched | no_actual | no_report.",
        "状态。任务：`matched`(已配对)| `not_mentioned`(有后续报告，但没有段落达到阈值)| `no_report`(没有找到后续报告)；指标：`matched` | `no_actual`(无实际值)| `no_report`。"
      ),
      s(
        "plan_doc_id",
        "The plan, opinion or work points (documents.doc_id).",
        "方案、意见或工作要点(`documents.doc_id`)。"
      ),
      i("plan_year", "The plan's year.", "规划年度。"),
      s(
        "plan_item_id",
        "The task (items.item_id), or the item holding the target.",
        "任务(`items.item_id`)，或含目标的条目。"
      ),
      i(
        "plan_char_start",
        "Start offset of the task or the target's quote in the plan's texts.text.",
        "任务或目标引文在规划 `texts.text` 中的起始位置。"
      ),
      i(
        "plan_char_end",
        "End offset (exclusive) in the plan's texts.text.",
        "在规划 `texts.text` 中的结束位置(不含)。"
      ),
      s("plan_quote", "The task's text, or the target's quote.", "任务正文，或目标的引文。"),
      s(
        "report_doc_id",
        "The later report (documents.doc_id); null for no_report and no_actual.",
        "后续报告(`documents.doc_id`)；`no_report` 和 `no_actual` 为 `null`。"
      ),
      i("report_year", "The report's year.", "报告年度。"),
      s(
        "relation",
        "The report's jurisdiction: same | parent | child of the plan's.",
        "报告的地区与规划的关系：`same`(同一地区)| `parent`(上级)| `child`(下级)。"
      ),
      s(
        "report_item_id",
        "The matched report passage (items.item_id), or the item holding the actual.",
        "配对的报告段落(`items.item_id`)，或含实际值的条目。"
      ),
      i(
        "report_char_start",
        "Start offset of the passage or the actual's quote in the report's texts.text.",
        "段落或实际值引文在报告 `texts.text` 中的起始位置。"
      ),
      i(
        "report_char_end",
        "End offset (exclusive) in the report's texts.text.",
        "在报告 `texts.text` 中的结束位置(不含)。"
      ),
      s("report_quote", "The passage's text, or the actual's quote.", "段落正文，或实际值的引文。"),
      f(
        "similarity",
        "task: TF-IDF cosine of the task and its most similar passage of the report (matched from 0.2); null for indicators.",
        "任务：任务与报告中最相似段落的 TF-IDF 余弦(0.2 起算配对)；指标行为 `null`。"
      ),
      s("indicator_id", "Catalogue indicator of the target and the actual.", "目标和实际值所属的指标库指标。"),
      s("target_row_id", "The target's indicators.indicator_row_id.", "目标的 `indicators.indicator_row_id`。"),
      f("target_value", "The target value.", "目标值。"),
      s("target_unit", "The target's unit.", "目标的单位。"),
      i(
        "target_year",
        "The year the target is for (the plan's year when the text names none).",
        "目标所指年度(原文未写时取规划年度)。"
      ),
      s("actual_row_id", "The actual's indicators.indicator_row_id.", "实际值的 `indicators.indicator_row_id`。"),
      f("actual_value", "The reported value.", "报告的数值。"),
      s("actual_unit", "The actual's unit (compare only like units).", "实际值的单位(只比较相同单位)。"),
      i(
        "actual_year",
        "The year the actual is for (the report's year when the text names none).",
        "实际值所指年度(原文未写时取报告年度)。"
      )
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
