import * as Plot from "npm:@observablehq/plot";
import {heatmapFrame, heatmapLayout} from "./heatmap-layout.js";
import {tagRows} from "./tag-rows.js";

export interface CoverageCell {
  doc_id: string | null;
  /** Documents behind the cell: 1 for a document, 0 for "no document", more for a province's or year's mean. */
  documents: number;
  column: string;
  topic_id: string;
  topic: string;
  items: number;
  share_items: number;
  share_chars: number;
}

/**
 * Topic × jurisdiction heatmap. `cells` has one row per column × topic; a cell with no documents means
 * "no document for that jurisdiction/year" and is drawn hatched grey, apart from a document that says
 * nothing on a topic (white, "0"); a cell over several documents shows their mean share. `metric` picks
 * share_items or share_chars. The cells carry their rows (tagRows, data-key "<doc_id or column> <topic_id>") for
 * markQuotes. Topic and column names show in full, wrapped (heatmapLayout). Empty input gives an empty frame.
 */
export function coverageHeatmap(
  cells: CoverageCell[],
  {
    width = 800,
    metric = "share_items",
    columns,
    topics,
    lang = "zh"
  }: {
    width?: number;
    metric?: "share_items" | "share_chars";
    columns?: string[];
    topics?: string[];
    lang?: "zh" | "en";
  } = {}
) {
  const withDoc = cells.filter((d) => d.documents > 0);
  const noDoc = cells.filter((d) => d.documents === 0);
  const grouped = withDoc.some((d) => d.documents > 1);
  const fmt = (v: number) => (v ? `${Math.round(v * 100)}%` : "0");
  // Topic and column names in full, wrapped, with margins that hold them (the English topics ran out on the left).
  const layout = heatmapLayout(topics ?? [...new Set(cells.map((d) => d.topic))], columns ?? [], {
    width,
    rowHeight: 34,
    columnWidth: Infinity
  });
  return Plot.plot({
    ...heatmapFrame(layout),
    padding: 0.04,
    x: {domain: columns, label: null, tickRotate: layout.tickRotate, tickFormat: layout.columnLabel},
    y: {domain: topics, label: null, tickFormat: layout.rowLabel},
    color: {
      type: "linear",
      domain: [0, 0.5],
      range: ["#ffffff", "#2b5797"],
      clamp: true,
      legend: true,
      label:
        lang === "en"
          ? metric === "share_items"
            ? "Share of tasks"
            : "Share of characters"
          : metric === "share_items"
            ? "任务占比"
            : "篇幅占比",
      tickFormat: "%"
    },
    marks: [
      Plot.cell(noDoc, {x: "column", y: "topic", fill: "#eeeeee", stroke: "#bbbbbb", strokeDasharray: "3,2"}),
      Plot.text(noDoc, {
        x: "column",
        y: "topic",
        text: () => (lang === "en" ? "no document" : "无文件"),
        fill: "#999999",
        fontSize: 9
      }),
      Plot.cell(withDoc, {
        x: "column",
        y: "topic",
        fill: metric,
        stroke: "#cccccc",
        ...tagRows((d: CoverageCell) => `${d.doc_id ?? d.column} ${d.topic_id}`)
      }),
      Plot.text(withDoc, {
        x: "column",
        y: "topic",
        text: (d) => fmt(d[metric]),
        fill: (d) => (d[metric] > 0.3 ? "white" : "black"),
        // Narrow columns (a province each, at scale) take a smaller label.
        fontSize: (columns?.length ?? 0) > 20 ? 8 : 11
      }),
      Plot.cell(withDoc, Plot.pointer({x: "column", y: "topic", stroke: "#ff725c", strokeWidth: 2, fill: null})),
      Plot.tip(
        withDoc,
        Plot.pointer({
          x: "column",
          y: "topic",
          channels: {
            ...(grouped ? {documents: "documents"} : {}),
            tasks: "items",
            [grouped ? "mean share of tasks" : "share of tasks"]: (d) => fmt(d.share_items),
            [grouped ? "mean share of chars" : "share of chars"]: (d) => fmt(d.share_chars)
          },
          format: {x: true, y: true}
        })
      )
    ]
  });
}
