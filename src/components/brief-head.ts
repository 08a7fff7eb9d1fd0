import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {placeLabel} from "./labels.js";
import {translator} from "./lang.js";

const levels: Record<string, [string, string]> = {
  district: ["区级", "district"],
  county: ["县级", "county"],
  city: ["市级", "city"],
  prefecture: ["地级（州、盟、地区）", "prefecture"],
  province: ["省级", "province"]
};

/**
 * A brief's heading: the jurisdiction in Chinese and English, its level, parent, province and division code, and the
 * print button with a link to the list of briefs (`briefs`, relative to the page), both hidden when printing.
 */
export function briefHead(b: Brief, {lang = "zh", briefs = "./"}: {lang?: "zh" | "en"; briefs?: string} = {}) {
  const t = translator(lang);
  const level = levels[b.level ?? ""] ?? [b.level ?? "", b.level ?? ""];
  const meta = [
    t(...level),
    placeLabel(b.parent_jurisdiction, lang),
    b.province && b.province !== b.parent_jurisdiction ? placeLabel(b.province, lang) : null,
    b.adcode ? `${t("行政区划代码", "division code")} ${b.adcode}` : null
  ].filter(Boolean);
  return html`<header class="brief-head">
    <div class="brief-kicker">${t("法治政府建设简报", "Rule-of-law government brief")}</div>
    <h1>${lang === "en" ? (b.jurisdiction_en ?? b.slug) : (b.jurisdiction ?? b.slug)}</h1>
    <div class="brief-meta">${meta.join(" · ")}</div>
    <div class="brief-controls no-print">
      <button onclick="window.print()">${t("打印 / 存为 PDF", "Print / save as PDF")}</button>
      <a href="${briefs}">${t("全部简报", "All briefs")}</a>
    </div>
  </header>`;
}
