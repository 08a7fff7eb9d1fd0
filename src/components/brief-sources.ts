import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {briefDocName} from "./brief-doc-name.js";
import {indicatorFragment, quoteHref} from "./fragments.js";
import {translator} from "./lang.js";

/**
 * A brief's sources: per document cited, each key figure's numbered quote with its character offsets and a link to
 * it in context (`prefix`: the page's depth), then the documents the brief rests on.
 */
export function briefSources(b: Brief, {lang = "zh", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}) {
  const t = translator(lang);
  const cited = b.documents.filter((d) => b.figures.some((f) => f.doc_id === d.doc_id));
  const about = (d: Brief["documents"][number]) =>
    [briefDocName(b, d, lang), d.doc_number, d.issuer, d.year].filter((x) => x != null && x !== "").join(" · ");
  return html`<div>
    ${
      b.figures.length
        ? cited.map(
            (d) =>
              html`<div class="brief-source-doc">${t("出自", "From")} <span data-source-text>${about(d)}</span></div>
                <ol>
                  ${b.figures
                    .filter((f) => f.doc_id === d.doc_id)
                    .map(
                      (f) =>
                        html`<li id="src-${f.n}" value=${f.n}>
                          ${t("字符", "chars")} ${f.char_start}–${f.char_end}：「${f.quote}」
                          <a
                            class="no-print"
                            href="${quoteHref(f.doc_id, indicatorFragment(f.indicator_row_id), prefix)}"
                            >${t("原文", "in context")} →</a
                          >
                        </li>`
                    )}
                </ol>`
          )
        : html`<p class="brief-empty">${t("没有引用。", "No quotes cited.")}</p>`
    }
    <p class="brief-note">
      ${t("字符位置指向文件规范化文本（texts 表）中的位置。", "Character offsets point into the document's normalised text (texts table).")}
      ${t("数据来源：", "Data: ")}${b.documents.map((d) => d.doc_id).join(", ")}.
    </p>
  </div>`;
}
