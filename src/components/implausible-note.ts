import {html} from "npm:htl";
import type {IndicatorPoint} from "../../loaders/site/indicator-summary.ts";
import {jurisdictionLabel} from "./labels.js";

type Left = Pick<IndicatorPoint, "indicator_row_id" | "jurisdiction" | "jurisdiction_en" | "value" | "unit" | "quote">;

/**
 * The note under a chart that leaves out values extraction flagged as implausible: how many, and each value with
 * its jurisdiction, linked (`href`) to its quote so a reader can judge it. Null when nothing was left out.
 */
export function implausibleNote<P extends Left>(
  left: P[],
  {lang = "zh", href}: {lang?: "zh" | "en"; href: (d: P) => string}
): HTMLElement | null {
  if (!left.length) return null;
  const en = lang === "en";
  const value = (d: P) => `${d.value.toLocaleString("en-US")}${en ? " " : ""}${d.unit}`;
  return html`<p class="small-note implausible-note" data-implausible="${left.length}">
    ⚠
    ${
      en
        ? `${left.length} value(s) left out of the chart as implausible (flagged by the extraction): `
        : `${left.length} 个数值疑似不合理(抽取时已标记)，未绘入图中：`
    }
    ${left.map(
      (d, i) =>
        html`${i ? (en ? "; " : "；") : ""}<a href="${href(d)}" title="${d.quote}"
            >${jurisdictionLabel(d, {lang})} ${value(d)}</a
          >`
    )}
  </p>` as HTMLElement;
}
