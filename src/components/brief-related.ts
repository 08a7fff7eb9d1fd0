import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";
import {briefHref} from "./fragments.js";
import {translator} from "./lang.js";

/** How a child jurisdiction sits in its parent, by the child's level: "辖区" / "a district of". */
const childOf: Record<string, [string, string]> = {
  district: ["辖区", "a district of"],
  county: ["辖县", "a county of"],
  city: ["辖市", "a city of"],
  prefecture: ["辖州（盟、地区）", "a prefecture of"]
};

/**
 * The brief's parent and child jurisdictions in the corpus, each linked to its brief (`prefix`: the page's depth) with
 * how it relates and its documents: "东胜区（鄂尔多斯市辖区）：2022年任务分解方案", "Dongsheng District (a district of
 * Ordos City): 2022 Task plan"; an empty element when the corpus has neither.
 */
export function briefRelated(b: Brief, {lang = "zh", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}) {
  const t = translator(lang);
  const self = t(b.jurisdiction ?? b.slug, b.jurisdiction_en);
  const docs = (r: Brief["children"][number]) =>
    r.documents
      .map((d) => `${d.year ?? "?"}${lang === "en" ? " " : "年"}${docTypeLabel(d.doc_type, lang)}`)
      .join(t("、", ", "));
  const link = (r: Brief["children"][number], relation: string) =>
    html`<li>
      <a href="${briefHref(r.slug, prefix)}">${t(r.jurisdiction ?? r.slug, r.jurisdiction_en)}</a>${relation}${t(
        "：",
        ": "
      )}${docs(r)}
    </li>`;
  const rows = [
    ...(b.parent ? [link(b.parent, t(`（${self}的上级）`, ` (contains ${self})`))] : []),
    ...b.children.map((c) => {
      const [zh, en] = childOf[c.level ?? ""] ?? ["下辖地区", "part of"];
      return link(c, t(`（${self}${zh}）`, ` (${en} ${self})`));
    })
  ];
  return rows.length
    ? html`<div class="brief-related">
        <b>${t("语料中的上下级地区", "Related jurisdictions in the corpus")}</b>
        <ul>
          ${rows}
        </ul>
      </div>`
    : html`<div class="brief-related"></div>`;
}
