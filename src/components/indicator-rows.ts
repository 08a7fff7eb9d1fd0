import {unitLabel} from "./unit-label.js";

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
        ? `they use different units (${units.map((u) => unitLabel(u, {lang})).join(", ")}) and are drawn apart`
        : `单位不同(${units.join("、")})，分开绘制`
    );
  if (new Set(points.map((d) => d.kind)).size > 1)
    notes.push(en ? "actuals and targets are mixed: compare like with like" : "实际值与目标值混在一起：请同类比较");
  if (!notes.length) return null;
  return en ? `Compare with care: ${notes.join("; ")}.` : `比较时请注意：${notes.join("；")}。`;
}

/**
 * Rows that carry exactly the document types, years, units and kinds of an indicator, one value of each per row
 * (cycling), so comparabilityNote can judge an indicator drawn as boxes; all lists empty give [].
 */
export function facetRows({
  doc_types,
  years,
  units,
  kinds
}: {
  doc_types: string[];
  years: number[];
  units: string[];
  kinds: string[];
}) {
  const n = Math.max(doc_types.length, years.length, units.length, kinds.length);
  const at = <T>(list: T[], i: number) => (list.length ? list[i % list.length] : null);
  return Array.from({length: n}, (_, i) => ({
    doc_type: at(doc_types, i) ?? "",
    year: at(years, i),
    unit: at(units, i) ?? "",
    kind: at(kinds, i) ?? ""
  }));
}
