import * as Plot from "npm:@observablehq/plot";
import {docTypeLabel, docTypes} from "./doc-types.js";
import {quoteHref} from "./fragments.js";
import {tagRows} from "./tag-rows.js";

export interface TimelineDoc {
  doc_id: string;
  jurisdiction: string | null;
  level: string | null;
  parent_jurisdiction: string | null;
  year: number | null;
  doc_type: string;
  n_tasks: number;
  n_indicators: number;
  title: string | null;
}

const levelOrder = ["province", "prefecture", "city", "county", "district"];

/**
 * The corpus on a timeline: one dot per document at its year, one row per jurisdiction (ordered by level),
 * coloured by document type, sized by tasks + indicators. Documents without a year are left out and counted
 * in the caption. Empty input gives an empty frame.
 */
export function corpusTimeline(
  docs: TimelineDoc[],
  {width = 640, lang = "zh" as "zh" | "en", href = (d: TimelineDoc) => quoteHref(d.doc_id, "")} = {}
) {
  const dated = docs.filter((d) => d.year != null);
  const rowName = (d: TimelineDoc) =>
    `${d.jurisdiction ?? "?"}${d.parent_jurisdiction ? ` (${d.parent_jurisdiction})` : ""}`;
  const rows = [
    ...new Set(dated.sort((a, b) => levelOrder.indexOf(a.level ?? "") - levelOrder.indexOf(b.level ?? "")).map(rowName))
  ];
  const years = dated.map((d) => d.year as number);
  const [y0, y1] = years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [2014, 2025];
  return Plot.plot({
    width,
    height: 60 + rows.length * 44,
    marginLeft: Math.min(220, 20 + 14 * Math.max(4, ...rows.map((r) => r.length))),
    caption:
      dated.length < docs.length
        ? `${docs.length - dated.length} document(s) without a year are not shown.`
        : undefined,
    x: {
      domain: [y0, y1],
      tickFormat: "d",
      label: lang === "en" ? "Year the document is about" : "文件所属年度",
      grid: true
    },
    y: {domain: rows, label: null},
    color: {
      domain: docTypes.map((t) => t.id),
      range: docTypes.map((t) => t.color),
      tickFormat: (id: string) => docTypeLabel(id, lang),
      legend: true
    },
    r: {range: [5, 16]},
    marks: [
      Plot.dot(dated, {
        x: "year",
        y: rowName,
        fill: "doc_type",
        r: (d) => d.n_tasks + d.n_indicators,
        stroke: "white",
        href,
        // A document without a title (Ordos's report) gives "", not null: a null crashed the tip ("D is not iterable").
        channels: {tasks: "n_tasks", indicators: "n_indicators", title: (d: TimelineDoc) => d.title ?? ""},
        ...tagRows((d: TimelineDoc) => d.doc_id),
        tip: {format: {x: "d", fill: (id: string) => docTypeLabel(id, lang), r: false}}
      }),
      Plot.text(dated, {
        x: "year",
        y: rowName,
        text: (d) =>
          lang === "en"
            ? `${d.n_tasks} tasks · ${d.n_indicators} figures`
            : `${d.n_tasks} 项任务 · ${d.n_indicators} 个数据`,
        dy: -16,
        fontSize: 10
      })
    ]
  });
}
