import {html} from "npm:htl";
import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";
import {translator} from "./lang.js";

/** The limits of comparison a brief states: genres, years, what topic shares mean, rule-based extraction (→ /about). */
export function briefLimits(b: Brief, {lang = "zh", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}) {
  const t = translator(lang);
  const types = (ids: string[], l: "zh" | "en") => ids.map((d) => docTypeLabel(d, l)).join(l === "zh" ? "、" : ", ");
  const own = b.documents.map((d) => d.doc_type);
  const years = b.documents.map((d) => d.year ?? "?");
  const span = b.corpus.years?.join("–") ?? "?";
  return html`<ul class="brief-limits">
    <li>
      ${t(
        `文件类型不同：规划、实施意见和工作要点写的是目标和分工，年度报告写的是结果。本简报所依据的是${types(own, "zh")}；比较的地区包括${types(b.corpus.doc_types, "zh")}。`,
        `Genres differ: plans, opinions and work points state goals and who does what; annual reports state results. This brief rests on: ${types(own, "en")}; the jurisdictions compared have ${types(b.corpus.doc_types, "en")}.`
      )}
    </li>
    <li>
      ${t(
        `年度不同：本地区文件为 ${years.join("、")} 年，比较的文件跨 ${span} 年；各地的数字不是同一年份的。`,
        `Years differ: this jurisdiction's documents are from ${years.join(", ")}; those compared span ${span}, so the numbers are not from the same year.`
      )}
    </li>
    <li>
      ${t(
        "主题占比按任务条目计算，反映文件写了什么，不反映工作量或成效；一份文件不代表一个地区的全部工作。",
        "Topic shares count task items: they show what a document writes about, not effort or results; one document is not all of a jurisdiction's work."
      )}
    </li>
    <li>
      ${t(
        "抽取基于规则：任务、单位、数据和主题由程序自动识别，可能遗漏或误判；方法和已知问题见",
        "Extraction is rule-based: tasks, units, figures and topics are found by rules and can be missed or misread; methods and known failure modes are on"
      )}
      <a href="${prefix}about">${t("“关于”页", "/about")}</a
      >${t("。每个数据都可以按下方来源核对原文。", ". Every figure can be checked against its quote below.")}
    </li>
  </ul>`;
}
