import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {genreOf} from "./brief-genre.js";
import {docTypeLabel} from "./doc-types.js";
import {briefHref} from "./fragments.js";
import {translator} from "./lang.js";

/**
 * A brief's peer table (itself first, then the nearest others linked to their briefs; `prefix`: the page's depth),
 * with what each one's documents write (goals or results), and a note naming the topics it has no task on that
 * others cover.
 */
export function briefPeers(b: Brief, {lang = "zh", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}) {
  const t = translator(lang);
  const gaps = b.topics.filter((d) => d.items === 0 && d.others_covering > 0);
  const name = (p: Brief["peers"][number]) => t(p.jurisdiction ?? p.slug, p.jurisdiction_en);
  return html`<div>
    <table class="brief-table">
      <thead>
        <tr>
          <th>${t("地区", "Jurisdiction")}</th>
          <th>${t("文件", "Documents")}</th>
          <th class="num">${t("任务", "Tasks")}</th>
          <th class="num">${t("主题", "Topics")}</th>
          <th>${t("写的是", "States")}</th>
        </tr>
      </thead>
      <tbody>
        ${b.peers.map(
          (p) =>
            html`<tr class=${p.self ? "self" : ""}>
              <td>${p.self ? name(p) : html`<a href="${briefHref(p.slug, prefix)}">${name(p)}</a>`}</td>
              <td>${p.documents.map((d) => `${d.year ?? "?"} ${docTypeLabel(d.doc_type, lang)}`).join(", ")}</td>
              <td class="num">${p.tasks}</td>
              <td class="num">${p.topics_covered}/${b.topics.length}</td>
              <td>
                ${[...new Set(p.documents.map((d) => genreOf(d.doc_type)))]
                  .map((g) => (g === "results" ? t("结果", "results") : t("目标", "goals")))
                  .join(t("、", ", "))}
              </td>
            </tr>`
        )}
      </tbody>
    </table>
    <p class="brief-note">
      ${
        gaps.length
          ? t(
              `本地区文件没有任务、而其他地区有的主题：${gaps.map((d) => `${d.name_zh}（${d.others_covering} 个地区）`).join("、")}。`,
              `Topics with no task here that other jurisdictions cover: ${gaps.map((d) => `${d.name_en} (${d.others_covering})`).join(", ")}.`
            )
          : t(
              "其他地区覆盖的主题，本地区文件都有任务。",
              "Every topic the other jurisdictions cover has at least one task here."
            )
      }
      ${t(
        "“主题”为有任务的主题数；“写的是”：规划、意见和要点写目标，年度报告写结果。",
        "Topics: topics with at least one task. States: plans, opinions and work points state goals, annual reports results."
      )}
    </p>
  </div>`;
}
