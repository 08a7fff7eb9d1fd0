/** Document types with their display names and colours, in display order. */
export const docTypes = [
  {id: "task_plan", zh: "任务分解方案", en: "Task plan", color: "#4269d0"},
  {id: "implementation_opinion", zh: "实施意见", en: "Implementation opinion", color: "#efb118"},
  {id: "annual_report", zh: "年度报告", en: "Annual report", color: "#ff725c"},
  {id: "work_points", zh: "工作要点", en: "Work points", color: "#3ca951"},
  {id: "other", zh: "其他", en: "Other", color: "#9498a0"}
];

/** The Chinese and English label of a doc_type id; unknown ids return the id itself. */
export function docTypeLabel(id: string | null | undefined): string {
  const t = docTypes.find((d) => d.id === id);
  return t ? `${t.zh} ${t.en}` : String(id ?? "");
}
