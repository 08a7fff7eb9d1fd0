import {html} from "npm:htl";
import type {HeadlineFact} from "../../loaders/site/headline-facts.ts";
import {translator} from "./lang.js";

/**
 * One headline fact of the overview as a card linking into its view (keeping ?lang=en): the topic most covered, the
 * agency with the highest share of tasks led (a mean over the documents that assign units), the indicator most
 * reported.
 */
export function headlineCard(f: HeadlineFact, {lang = "zh"}: {lang?: "zh" | "en"} = {}) {
  const t = translator(lang);
  const name = lang === "en" ? f.name_en : f.name_zh;
  const pct = `${Math.round(f.value * 100)}%`;
  const [title, text] = {
    topic: [
      t("覆盖 →", "Coverage →"),
      t(
        `平均${pct}的任务属于“${name}”，是各文件覆盖最多的主题。`,
        `${pct} of tasks on average are on “${name}”, the most covered topic.`
      )
    ],
    agency: [
      t("部门 →", "Agencies →"),
      t(
        `${name}平均牵头${pct}的任务(${f.documents}份有分工的文件)。`,
        `The ${name} leads ${pct} of tasks on average (${f.documents} documents that assign units).`
      )
    ],
    indicator: [
      t("指标 →", "Indicators →"),
      t(
        `“${name}”是报告最多的指标，见于${f.documents}份文件。`,
        `“${name}” is the figure most often reported: ${f.documents} documents.`
      )
    ]
  }[f.kind] ?? ["", ""];
  return html`<a class="card" data-headline="${f.kind}" href="./${f.href}${lang === "en" ? "&lang=en" : ""}"
    ><h2>${title}</h2>
    ${text}</a
  >`;
}
