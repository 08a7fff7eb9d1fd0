import {docTypeLabel} from "./doc-types.js";
import {quoteHref, rangeFragment} from "./fragments.js";
import type {KwicRow} from "./kwic.js";
import {textElement} from "./text-element.js";

/**
 * The hits as a keyword-in-context table: jurisdiction, year, type, then the left context (right-aligned), the hit
 * (a link to the document at its offsets, highlighted there) and the right context. Line breaks show as ⏎. Text is
 * inserted as text, never as HTML. No rows gives a table with its header and a row saying so.
 */
export function kwicTable(
  rows: readonly KwicRow[],
  {lang = "zh" as "zh" | "en", prefix = "./"}: {lang?: "zh" | "en"; prefix?: string} = {}
): HTMLTableElement {
  const el = textElement;
  const shown = (s: string) => s.replace(/\n/g, "⏎");
  const table = el("table", "", "kwic");
  const head = el("tr");
  const labels =
    lang === "en"
      ? ["Jurisdiction", "Year", "Type", "Left context", "Hit", "Right context"]
      : ["地区", "年度", "类型", "左侧语境", "命中", "右侧语境"];
  labels.forEach((label, i) => head.append(el("th", label, ["", "", "", "kwic-left", "kwic-hit", "kwic-right"][i])));
  table.append(el("thead"));
  table.tHead!.append(head);
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    tr.dataset.doc = r.doc_id;
    tr.dataset.start = String(r.char_start);
    const link = el("a");
    const href = quoteHref(r.doc_id, rangeFragment(r.char_start, r.char_end), prefix);
    link.setAttribute("href", lang === "en" ? href.replace("#", "&lang=en#") : href);
    link.title = r.title ?? r.doc_id;
    link.append(el("mark", shown(r.hit)));
    const hit = el("td", "", "kwic-hit");
    hit.append(link);
    tr.append(
      el("td", (lang === "en" && r.jurisdiction_en) || r.jurisdiction || "?"),
      el("td", r.year == null ? "" : String(r.year)),
      el("td", docTypeLabel(r.doc_type, lang)),
      el("td", shown(r.left), "kwic-left"),
      hit,
      el("td", shown(r.right), "kwic-right")
    );
    // The contexts and the hit are the documents' text.
    for (const td of [...tr.cells].slice(3)) td.dataset.sourceText = "";
    body.append(tr);
  }
  if (rows.length === 0) {
    const td = el("td", lang === "en" ? "No hits" : "没有命中");
    td.colSpan = 6;
    const tr = el("tr");
    tr.append(td);
    body.append(tr);
  }
  table.append(body);
  return table;
}
