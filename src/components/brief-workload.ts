import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";
import {translator} from "./lang.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A brief's lead agencies: tasks led, share of tasks led (the mean of its documents' shares when more than one names
 * units), tasks supported, a note on the totals and the collective units apart; a sentence saying why when no
 * document names units.
 */
export function briefWorkload(b: Brief, {lang = "zh"}: {lang?: "zh" | "en"} = {}) {
  const t = translator(lang);
  const w = b.workload;
  if (w == null)
    return html`<p class="brief-empty">
      ${t(
        `本地区的文件（${b.documents.map((d) => docTypeLabel(d.doc_type, "zh")).join("、")}）没有列出牵头和配合单位，因此没有部门分工数据。年度报告通常只报告结果。`,
        `This jurisdiction's documents (${b.documents.map((d) => docTypeLabel(d.doc_type, "en")).join(", ")}) name no lead or support units, so there is no agency workload to show. Annual reports usually state results only.`
      )}
    </p>`;
  const collective = w.collective.map(
    (a, i) =>
      html`${i ? t("、", ", ") : ""}${t(a.name_zh, a.name_en)}
      ${a.lead ? t(`牵头 ${a.lead} 项 `, `lead ${a.lead} `) : ""}${a.support ? t(`配合 ${a.support} 项`, `support ${a.support}`) : ""}`
  );
  return html`<div class="brief-cols">
    <table class="brief-table">
      <thead>
        <tr>
          <th>${t("牵头单位", "Lead agency")}</th>
          <th class="num">${t("牵头任务", "Tasks led")}</th>
          <th class="num">${t("占任务", "Share")}</th>
          <th class="num">${t("配合任务", "Supported")}</th>
        </tr>
      </thead>
      <tbody>
        ${w.lead.map(
          (a) =>
            html`<tr>
              <td>${t(a.name_zh, a.name_en)}</td>
              <td class="num">${a.lead}</td>
              <td class="num">${pct(a.share)}</td>
              <td class="num">${a.support}</td>
            </tr>`
        )}
      </tbody>
    </table>
    <p class="brief-note">
      ${t(
        `共 ${w.tasks} 项任务，${w.tasks_with_lead} 项写明牵头单位，涉及 ${w.named_agencies} 个牵头单位（上表为前 ${w.lead.length} 个）。一项任务可有多个牵头单位，占比之和可超过 100%。`,
        `${w.tasks} tasks, ${w.tasks_with_lead} with a named lead; ${w.named_agencies} lead agencies in all (top ${w.lead.length} shown). A task can have several leads, so shares can add up to more than 100%.`
      )}
      ${
        w.documents > 1
          ? t(
              `占任务为 ${w.documents} 份文件各自占比的平均值。`,
              `A share is the mean of the ${w.documents} documents' shares.`
            )
          : ""
      }
      ${
        collective.length
          ? html`<br />${t("集体单位（另列，不计入上表）：", "Collective units (apart, not in the table): ")}${collective}${t(
                "。",
                "."
              )}`
          : ""
      }
    </p>
  </div>`;
}
