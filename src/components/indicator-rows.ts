export interface IndicatorRow {
  indicator_row_id: string;
  doc_id: string;
  indicator_id: string | null;
  value: number;
  unit: string;
  kind: string;
  year: number | null;
  [key: string]: unknown;
}
export interface CatalogueEntry {
  indicator_id: string;
  name_zh: string;
  name_en: string;
}

/** Adds each document's jurisdiction and doc_type to its indicator rows; rows of unknown documents keep nulls. */
export function joinIndicators(
  rows: IndicatorRow[],
  documents: {doc_id: string; jurisdiction: string | null; doc_type: string}[]
) {
  const byId = new Map(documents.map((d) => [d.doc_id, d]));
  return rows.map((d) => ({
    ...d,
    jurisdiction: byId.get(d.doc_id)?.jurisdiction ?? d.doc_id,
    doc_type: byId.get(d.doc_id)?.doc_type ?? "other"
  }));
}

/** The catalogue indicators that have at least one value, most values first, with their count; none gives []. */
export function indicatorOptions(rows: IndicatorRow[], catalogue: CatalogueEntry[]) {
  const counts = new Map<string, number>();
  for (const d of rows) if (d.indicator_id) counts.set(d.indicator_id, (counts.get(d.indicator_id) ?? 0) + 1);
  return catalogue
    .filter((c) => counts.has(c.indicator_id))
    .map((c) => ({...c, count: counts.get(c.indicator_id)!}))
    .sort((a, b) => b.count - a.count || a.indicator_id.localeCompare(b.indicator_id));
}

const genre: Record<string, [string, string]> = {
  annual_report: ["年度报告", "annual reports"],
  task_plan: ["任务分解方案", "plans"],
  implementation_opinion: ["实施意见", "opinions"],
  work_points: ["工作要点", "work points"]
};

/**
 * A sentence (in the given language) warning when the values come from different genres, years or units,
 * or mix actuals with targets; null when they compare directly or there are no points.
 */
export function comparabilityNote(
  points: {doc_type: string; year: number | null; unit: string; kind: string}[],
  lang: "zh" | "en" = "en"
): string | null {
  const en = lang === "en";
  const notes: string[] = [];
  const types = [...new Set(points.map((d) => d.doc_type))];
  const typeNames = types.map((t) => genre[t]?.[en ? 1 : 0] ?? t).join(en ? ", " : "、");
  if (types.length > 1)
    notes.push(
      en
        ? `values come from different genres (${typeNames}): reports give results, plans give goals`
        : `数据来自不同类型的文件(${typeNames})：报告是结果，规划是目标`
    );
  const years = [...new Set(points.map((d) => d.year).filter((y) => y != null))].sort();
  if (years.length > 1)
    notes.push(en ? `they are about different years (${years.join(", ")})` : `年度不同(${years.join("、")})`);
  const units = [...new Set(points.map((d) => d.unit))];
  if (units.length > 1)
    notes.push(
      en
        ? `they use different units (${units.join(", ")}) and are drawn apart`
        : `单位不同(${units.join("、")})，分开绘制`
    );
  if (new Set(points.map((d) => d.kind)).size > 1)
    notes.push(en ? "actuals and targets are mixed: compare like with like" : "实际值与目标值混在一起：请同类比较");
  if (!notes.length) return null;
  return en ? `Compare with care: ${notes.join("; ")}.` : `比较时请注意：${notes.join("；")}。`;
}
