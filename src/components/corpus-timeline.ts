import * as Plot from "npm:@observablehq/plot";
import {heatmapLayout} from "./heatmap-layout.js";
import {docTypeLabel, docTypes} from "./doc-types.js";
import {quoteHref} from "./fragments.js";
import {tagRows} from "./tag-rows.js";
import {plural} from "./plural.js";

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

/** Below this width the row names go above their rows instead of into a left margin. */
const narrowWidth = 640;

/**
 * The corpus on a timeline: one dot per document at its year, one row per jurisdiction (ordered by level),
 * coloured by document type, sized by tasks + indicators. Documents without a year are left out and counted
 * in the caption. Below 640 px the row names sit above their rows, the counts below the dots, anchored to stay
 * inside the frame, and the years get one tick each (at most every second year). Empty input gives an empty frame.
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
  const narrow = width < narrowWidth;
  const step = Math.max(1, Math.ceil((y1 - y0) / Math.max(3, Math.floor((width - 40) / 56))));
  const ticks = Array.from({length: Math.floor((y1 - y0) / step) + 1}, (_, i) => y0 + i * step);
  const middle = (y0 + y1) / 2;
  const countLabel = (d: TimelineDoc) =>
    lang === "en"
      ? `${plural(d.n_tasks, "task")} · ${plural(d.n_indicators, "figure")}`
      : `${d.n_tasks} 项任务 · ${d.n_indicators} 个数据`;
  // Row names in full, wrapped into lines, in a left margin that holds them (an English name was cut at 220 px).
  const layout = heatmapLayout(rows, [], {width, rowLabelWidth: Math.min(240, width * 0.3)});
  return Plot.plot({
    width,
    height: (narrow ? 50 : 60) + rows.length * (narrow ? 76 : 44),
    marginLeft: narrow ? 16 : layout.marginLeft,
    marginRight: narrow ? 16 : 20,
    caption:
      dated.length < docs.length
        ? lang === "en"
          ? `${plural(docs.length - dated.length, "document")} without a year not shown.`
          : `${docs.length - dated.length} 份文件没有年度，未显示。`
        : undefined,
    x: {
      domain: [y0, y1],
      ticks,
      tickFormat: "d",
      label: lang === "en" ? "Year the document is about" : "文件所属年度",
      grid: true
    },
    y: narrow ? {domain: rows, axis: null} : {domain: rows, label: null, tickFormat: layout.rowLabel},
    color: {
      domain: docTypes.map((t) => t.id),
      range: docTypes.map((t) => t.color),
      tickFormat: (id: string) => docTypeLabel(id, lang),
      legend: true
    },
    r: {range: [5, 16]},
    marks: [
      narrow
        ? Plot.text(rows, {
            y: (r) => r,
            text: (r) => r,
            frameAnchor: "left",
            textAnchor: "start",
            dy: -26,
            fontSize: 12
          })
        : null,
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
      // Narrow: under the dot, running away from the nearer edge so the label stays inside the frame.
      ...(narrow
        ? (["start", "end"] as const).map((anchor) =>
            Plot.text(
              dated.filter((d) => (d.year as number) <= middle === (anchor === "start")),
              {
                x: "year",
                y: rowName,
                text: countLabel,
                textAnchor: anchor,
                dx: anchor === "start" ? -8 : 8,
                dy: 24,
                fontSize: 10
              }
            )
          )
        : [Plot.text(dated, {x: "year", y: rowName, text: countLabel, dy: -16, fontSize: 10})])
    ]
  });
}
