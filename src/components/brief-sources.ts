import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {briefDocName} from "./brief-doc-name.js";
import {indicatorFragment, quoteHref} from "./fragments.js";
import {translator} from "./lang.js";
import {sectionCitation} from "./section-citation.js";

/**
 * A brief's sources: per document cited, each key figure's numbered quote cited by its section and item heading
 * ("五、(二) 强化行政复议监督"), the citation linked to the quote in context (`prefix`: the page's depth), then the
 * documents the brief rests on.
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
                          <a
                            href="${quoteHref(f.doc_id, indicatorFragment(f.indicator_row_id), prefix)}"
                            data-source-text
                            >${sectionCitation(f.section, lang)}</a
                          >${t("：", ": ")}「${f.quote}」
                        </li>`
                    )}
                </ol>`
          )
        : html`<p class="brief-empty">${t("没有引用。", "No quotes cited.")}</p>`
    }
    <p class="brief-note">
      ${t(
        "引文按原文的章节编号和标题注明出处；在网页上点击出处可看到原文上下文。",
        "Quotes are cited by the document's section numbers and headings; on the web page, each citation opens the quote in context."
      )}
      ${t("数据来源：", "Data: ")}${b.documents.map((d) => d.doc_id).join(", ")}.
    </p>
  </div>`;
}
