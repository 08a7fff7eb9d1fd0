import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The key points at the top of a brief, one sentence each, in the given language: what the documents are,
 * how much was extracted, how many topics they cover against the others, the topic furthest above and below
 * the others' mean, and the agency that leads most tasks with its share of tasks led (or why there is none).
 */
export function briefSummary(b: Brief, lang: "zh" | "en" = "zh"): string[] {
  const en = lang === "en";
  const docs = b.documents
    .map((d) => `${d.year ?? "?"}${en ? " " : "年"}${docTypeLabel(d.doc_type, lang)}`)
    .join(en ? ", " : "、");
  const tasks = b.documents.reduce((s, d) => s + d.tasks, 0);
  const self = b.peers.find((p) => p.self)!;
  const meanCovered = b.others.mean_topics_covered;
  const diffs = b.topics.filter((t) => t.others != null).map((t) => ({t, d: t.share - t.others!}));
  const above = diffs.filter((x) => x.d >= 0.03).sort((a, b) => b.d - a.d)[0]?.t;
  const below = diffs.filter((x) => x.d <= -0.03).sort((a, b) => a.d - b.d)[0]?.t;
  const name = (t: {name_zh: string; name_en: string}) => (en ? t.name_en : t.name_zh);
  const lead = b.workload?.lead[0];
  const points = [
    en
      ? `Based on ${b.documents.length} document${b.documents.length === 1 ? "" : "s"}: ${docs}.`
      : `依据 ${b.documents.length} 份文件：${docs}。`,
    en
      ? `${tasks} tasks and ${b.figures_total} figures extracted (${b.figures_classified} matched to the indicator catalogue).`
      : `抽取任务 ${tasks} 项、数据 ${b.figures_total} 个（其中 ${b.figures_classified} 个对应指标目录）。`,
    meanCovered == null
      ? en
        ? `Covers ${self.topics_covered} of ${b.topics.length} topics; no other jurisdiction to compare with.`
        : `覆盖 ${b.topics.length} 个主题中的 ${self.topics_covered} 个；没有其他地区可比较。`
      : en
        ? `Covers ${self.topics_covered} of ${b.topics.length} topics; the other ${b.others.jurisdictions} jurisdictions cover ${meanCovered.toFixed(1)} on average.`
        : `覆盖 ${b.topics.length} 个主题中的 ${self.topics_covered} 个；其他 ${b.others.jurisdictions} 个地区平均覆盖 ${meanCovered.toFixed(1)} 个。`
  ];
  if (above)
    points.push(
      en
        ? `Most above the others' mean: ${name(above)} (${pct(above.share)} of tasks vs ${pct(above.others!)}).`
        : `高于其他地区平均最多的主题：${name(above)}（占任务 ${pct(above.share)}，其他地区平均 ${pct(above.others!)}）。`
    );
  if (below)
    points.push(
      en
        ? `Most below: ${name(below)} (${pct(below.share)} vs ${pct(below.others!)}).`
        : `低于平均最多的主题：${name(below)}（${pct(below.share)}，其他地区平均 ${pct(below.others!)}）。`
    );
  points.push(
    lead
      ? en
        ? `${lead.name_en || lead.name_zh} leads the most tasks: ${lead.lead} of ${b.workload!.tasks} (${pct(lead.share)}${
            b.workload!.documents > 1 ? ` on average over ${b.workload!.documents} documents` : ""
          }).`
        : `牵头任务最多的单位：${lead.name_zh}，${b.workload!.tasks} 项中牵头 ${lead.lead} 项（${
            b.workload!.documents > 1 ? `${b.workload!.documents} 份文件平均 ` : ""
          }${pct(lead.share)}）。`
      : en
        ? "The documents name no lead or support units, so there is no agency workload."
        : "文件未列牵头和配合单位，因此没有部门分工数据。"
  );
  return points;
}
