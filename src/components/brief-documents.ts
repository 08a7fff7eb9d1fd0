import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {briefDocName} from "./brief-doc-name.js";
import {docTypeLabel} from "./doc-types.js";
import {quoteHref} from "./fragments.js";
import {translator} from "./lang.js";

/**
 * A brief's documents, each with its name linked to its page (`prefix`: the page's depth, e.g. "../") and its type,
 * year, issuer, number, date and tasks; "–" for what is missing.
 */
export function briefDocuments(b: Brief, {lang = "zh", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}) {
  const t = translator(lang);
  return html`<div class="brief-docs">
    ${b.documents.map(
      (d) =>
        html`<div class="brief-doc">
          <div class="brief-doc-title">
            <a href="${quoteHref(d.doc_id, "", prefix)}" data-source-text>${briefDocName(b, d, lang)}</a>${
              d.title ? "" : t("（原文无标题）", " (untitled)")
            }
          </div>
          <div class="brief-doc-meta">
            ${[
              [t("类型", "Type"), docTypeLabel(d.doc_type, lang)],
              [t("年度", "Year"), d.year],
              [t("发文机关", "Issuer"), d.issuer],
              [t("文号", "No."), d.doc_number],
              [t("成文日期", "Issued"), d.issued_date],
              [t("任务", "Tasks"), d.tasks]
            ].map(([k, v]) => html`<span><b>${k}</b> <span data-source-text>${v ?? "–"}</span></span>`)}
          </div>
        </div>`
    )}
  </div>`;
}
