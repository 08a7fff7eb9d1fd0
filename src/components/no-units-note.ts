import {html} from "npm:htl";
import type {AgencySummary} from "../../loaders/site/agency-summary.ts";
import {jurisdictionLabel} from "./labels.js";

/**
 * The note under /agencies' heatmaps naming the documents that name no lead or support units (they have no column,
 * which is not the same as an agency with no tasks), with a link to each; null when every document names units.
 */
export function noUnitsNote(
  summary: Pick<AgencySummary, "no_units" | "no_units_total">,
  {lang = "zh", href}: {lang?: "zh" | "en"; href: (doc_id: string) => string}
): HTMLElement | null {
  if (!summary.no_units_total) return null;
  const en = lang === "en";
  const more = summary.no_units_total - summary.no_units.length;
  return html`<p class="small-note" id="no-units" data-count="${summary.no_units_total}">
    ${
      en
        ? `${summary.no_units_total} document(s) name no lead or support units and have no column here: `
        : `${summary.no_units_total} 份文件未写明牵头或配合单位，图中没有它们的列：`
    }
    ${summary.no_units.map(
      (d, i) =>
        html`${i ? (en ? ", " : "、") : ""}<a href="${href(d.doc_id)}">${jurisdictionLabel(d, {year: true, lang})}</a>`
    )}${more > 0 ? (en ? ` and ${more} more` : ` 等(另有 ${more} 份)`) : ""}
  </p>` as HTMLElement;
}
