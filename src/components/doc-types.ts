/** Document types with their display names and colours, in display order. */
export const docTypes = [
  {id: "task_plan", zh: "任务分解方案", en: "Task plan", color: "#4269d0"},
  {id: "implementation_opinion", zh: "实施意见", en: "Implementation opinion", color: "#efb118"},
  {id: "annual_report", zh: "年度报告", en: "Annual report", color: "#ff725c"},
  {id: "work_points", zh: "工作要点", en: "Work points", color: "#3ca951"},
  {id: "other", zh: "其他", en: "Other", color: "#9498a0"}
];

/** The label of a doc_type id in the given language ("zh", "en", or both by default); unknown ids return the id itself. */
export function docTypeLabel(id: string | null | undefined, lang: "zh" | "en" | "both" = "both"): string {
  const t = docTypes.find((d) => d.id === id);
  if (!t) return String(id ?? "");
  return lang === "zh" ? t.zh : lang === "en" ? t.en : `${t.zh} ${t.en}`;
}
