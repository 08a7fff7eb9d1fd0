import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {figureValue} from "./figure-value.js";
import {translator} from "./lang.js";

/**
 * A brief's key figures: indicator, value, year, kind, the same indicator in other jurisdictions (value, place, year
 * and kind) and a reference to its numbered source, then a note on how they were chosen; a sentence instead of the
 * table when none matches the catalogue.
 */
export function briefFigures(b: Brief, {lang = "zh"}: {lang?: "zh" | "en"} = {}) {
  const t = translator(lang);
  return html`<div>
    ${
      b.figures.length
        ? html`<table class="brief-table figures">
            <thead>
              <tr>
                <th>${t("指标", "Indicator")}</th>
                <th class="num">${t("数值", "Value")}</th>
                <th>${t("年度", "Year")}</th>
                <th>${t("性质", "Kind")}</th>
                <th>${t("其他地区同一指标", "Same indicator elsewhere")}</th>
                <th>${t("来源", "Source")}</th>
              </tr>
            </thead>
            <tbody>
              ${b.figures.map(
                (f) =>
                  html`<tr>
                    <td>${t(f.name_zh, f.name_en)}</td>
                    <td class="num nowrap">${figureValue(f, lang)}</td>
                    <td>${f.year ?? "–"}</td>
                    <td>${f.kind === "target" ? t("目标", "target") : t("实际", "result")}</td>
                    <td class="peers">
                      ${
                        f.peers.length
                          ? f.peers.map(
                              (p, i) =>
                                html`${i ? html`<br />` : ""}${figureValue(p, lang)}
                                ${t(p.jurisdiction ?? p.slug, p.jurisdiction_en)} ${p.year ?? "?"}
                                ${p.kind === "target" ? t("目标", "target") : t("实际", "result")}`
                            )
                          : "–"
                      }
                    </td>
                    <td><a class="ref" href="#src-${f.n}">[${f.n}]</a></td>
                  </tr>`
              )}
            </tbody>
          </table>`
        : html`<p class="brief-empty">
            ${t("本地区文件中没有对应指标目录的数据。", "No figure in this jurisdiction's documents matches the indicator catalogue.")}
          </p>`
    }
    <p class="brief-note">
      ${t(
        "按指标目录顺序列出每个指标的第一个数据（最多 12 个），已剔除明显不合理的数值。≈ 表示原文写作“余、多、近、约”。“目标”出自规划、意见和要点，“实际”出自报告：两者并列时不能直接比较，年度也不同。全部数据见文件页。",
        "The first figure of each indicator in catalogue order (at most 12), implausible values left out. ≈ marks values the document gives as approximate (about, over, nearly). Targets come from plans, opinions and work points, results from reports: side by side they are not directly comparable, nor are different years. All figures are on the document page."
      )}
    </p>
  </div>`;
}
