type Lang = "zh" | "en";

/**
 * Display labels [zh, en] of the tables' columns, per table and column as named in loaders/tables/table-schemas.ts
 * (test/components/column-labels.test.ts checks every key against it). Pages take headers from here instead of
 * retyping them; columns a page derives (counts, quartiles) are labelled where they are derived.
 */
export const columnLabels = {
  documents: {
    doc_id: ["文件编号", "Document"],
    title: ["标题", "Title"],
    jurisdiction: ["地区", "Jurisdiction"],
    jurisdiction_en: ["地区(英文)", "Jurisdiction (English)"],
    level: ["层级", "Level"],
    province: ["省份", "Province"],
    doc_type: ["类型", "Type"],
    issuer: ["发文机关", "Issuer"],
    doc_number: ["文号", "No."],
    issued_date: ["成文日期", "Issued"],
    year: ["年度", "Year"],
    n_tasks: ["任务", "Tasks"],
    n_assignments: ["分工", "Assignments"],
    n_indicators: ["数据", "Figures"],
    source_file: ["来源文件", "Source file"],
    metadata_source: ["元数据", "Metadata"],
    warnings: ["提示", "Warnings"]
  },
  assignments: {
    doc_id: ["文件编号", "Document"],
    item_id: ["任务", "Task"],
    role: ["角色", "Role"],
    agency_raw: ["原文写法", "As written"],
    agency_id: ["部门编号", "Agency id"]
  },
  indicators: {
    indicator_row_id: ["链接", "Link"],
    doc_id: ["文件编号", "Document"],
    indicator_id: ["指标", "Indicator"],
    subject: ["事项", "Subject"],
    value: ["数值", "Value"],
    unit: ["单位", "Unit"],
    approx: ["约数", "≈"],
    kind: ["类型", "Kind"],
    year: ["年度", "Year"],
    quote: ["原文", "Quote"],
    char_start: ["起始位置", "Start"],
    char_end: ["结束位置", "End"],
    flag: ["异常", "Flag"]
  }
} satisfies Record<string, Record<string, [string, string]>>;

export type LabelledTable = keyof typeof columnLabels;

/**
 * Table headers for `columns` of `table` in `lang` ({column: label}), for Inputs.table; a column of another table
 * can be named "table.column" (e.g. "documents.jurisdiction"). Columns without a label are left out (their name shows).
 */
export function columnHeaders(table: LabelledTable, columns: readonly string[], lang: Lang): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const column of columns) {
    const [t, c] = column.includes(".") ? (column.split(".") as [LabelledTable, string]) : [table, column];
    const label = (columnLabels[t] as Record<string, [string, string]> | undefined)?.[c];
    if (label) headers[c] = label[lang === "en" ? 1 : 0];
  }
  return headers;
}

/** The label of one column of `table` in `lang` (as columnHeaders); the column's name when it has none. */
export function columnLabel(table: LabelledTable, column: string, lang: Lang): string {
  return columnHeaders(table, [column], lang)[column.slice(column.indexOf(".") + 1)] ?? column;
}

/**
 * CSV headers for `columns`: the Chinese labels in Chinese, none in English (the CSV then keeps the Parquet column
 * names, which scripts read).
 */
export function csvHeaders(table: LabelledTable, columns: readonly string[], lang: Lang): Record<string, string> {
  return lang === "en" ? {} : columnHeaders(table, columns, "zh");
}
