import * as Plot from "npm:@observablehq/plot";
import type {WorkloadRow} from "../../loaders/site/agency-workload.ts";
import {cellText, heatmapFrame, heatmapLayout} from "./heatmap-layout.js";
import {tagRows} from "./tag-rows.js";

/**
 * Agencies × jurisdictions as a heatmap: a row per agency (the top ones by tasks over the units shown), a column per
 * unit (jurisdiction-year, or province-year at scale) in the order given, each cell coloured by the agency's share of
 * that unit's tasks (0–100 %, one denominator per cell, never stacked) or by its count, its value written inside
 * when the columns are wide enough (cellText).
 * Empty cells mean the agency has no task there. Agency and unit names show in full, wrapped into lines, with
 * margins and size from heatmapLayout, so no label runs out of the chart. Each cell carries its row (tagRows) for
 * markQuotes. Empty input gives an empty frame.
 */
export function workloadChart(
  rows: WorkloadRow[],
  {
    width = 800,
    role = "lead",
    measure = "share",
    top = 20,
    lang = "zh",
    columns
  }: {
    width?: number;
    role?: string;
    measure?: "share" | "tasks";
    top?: number;
    lang?: "zh" | "en";
    /** The unit labels in column order (default: as they come). */
    columns?: string[];
  } = {}
) {
  const data = rows.filter((d) => d.role === role);
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.agency, (totals.get(d.agency) ?? 0) + d.tasks);
  const agencies = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([a]) => a);
  const shown = data.filter((d) => agencies.includes(d.agency));
  const units = columns ?? [...new Set(data.map((d) => d.jurisdiction))];
  const en = lang === "en";
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const value = (d: WorkloadRow) => (measure === "share" ? pct(d.share) : String(d.tasks));
  const most = Math.max(1, ...shown.map((d) => d[measure]));
  const layout = heatmapLayout(agencies, units, {width});
  return Plot.plot({
    ...heatmapFrame(layout),
    x: {domain: units, label: null, tickRotate: layout.tickRotate, tickFormat: layout.columnLabel},
    y: {domain: agencies, label: null, tickFormat: layout.rowLabel},
    color:
      measure === "share"
        ? {
            type: "linear",
            domain: [0, 1],
            scheme: "blues",
            legend: true,
            tickFormat: "%",
            label: en
              ? `Share of the jurisdiction's tasks ${role === "lead" ? "led" : "supported"}`
              : `${role === "lead" ? "牵头" : "配合"}任务占本地区任务的比例`
          }
        : {
            type: "linear",
            domain: [0, most],
            scheme: "blues",
            legend: true,
            label: en ? `Tasks ${role === "lead" ? "led" : "supported"}` : `${role === "lead" ? "牵头" : "配合"}任务数`
          },
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.cell(shown, {
        x: "jurisdiction",
        y: "agency",
        fill: measure,
        inset: 1,
        ariaLabel: (d: WorkloadRow) => `${d.agency} · ${d.jurisdiction}: ${pct(d.share)} · ${d.tasks}`,
        channels: {english: "agency_en", tasks: "tasks", share: (d: WorkloadRow) => pct(d.share)},
        tip: {format: {fill: false, x: true, y: true}},
        ...tagRows((d: WorkloadRow) => `${d.agency_id} ${d.doc_id} ${d.role}`)
      }),
      cellText(layout, units.length)
        ? Plot.text(shown, {
            x: "jurisdiction",
            y: "agency",
            text: value,
            fontSize: 10,
            fill: (d: WorkloadRow) => (d[measure] > (measure === "share" ? 0.5 : most / 2) ? "white" : "black")
          })
        : null
    ]
  });
}

/**
 * Co-lead matrix: how many tasks each pair of agencies leads together, the agencies' names in full (heatmapLayout);
 * the `top` agencies by tasks, fewer when the width leaves a column under 20 px.
 * Empty input gives an empty frame.
 */
export function coLeadMatrix(
  pairs: {a: string; b: string; tasks: number}[],
  {width = 640, top = 15, lang = "zh" as "zh" | "en"} = {}
) {
  const totals = new Map<string, number>();
  for (const p of pairs) totals.set(p.a, (totals.get(p.a) ?? 0) + p.tasks);
  const names = [...totals]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    // A column needs ~20 px for its count: a narrow chart shows fewer agencies (9 at 390 px) rather than overlap them.
    .slice(0, Math.min(top, Math.max(5, Math.floor((width - 150) / 20))))
    .map(([n]) => n);
  const shown = pairs.filter((p) => names.includes(p.a) && names.includes(p.b));
  const layout = heatmapLayout(names, names, {width, columnWidth: 36});
  const most = Math.max(0, ...shown.map((p) => p.tasks));
  return Plot.plot({
    ...heatmapFrame(layout),
    x: {domain: names, tickRotate: layout.tickRotate, label: null, tickFormat: layout.columnLabel},
    y: {domain: names, label: null, tickFormat: layout.rowLabel},
    color: {scheme: "blues", legend: true, label: lang === "en" ? "Tasks led together" : "共同牵头任务数"},
    marks: [
      Plot.cell(shown, {x: "a", y: "b", fill: "tasks", tip: true}),
      // Counts on the darker half of the ramp in white, as the workload heatmap does, so they stay readable.
      Plot.text(shown, {
        x: "a",
        y: "b",
        text: "tasks",
        fontSize: 10,
        fill: (p) => (p.tasks > most / 2 ? "white" : "black")
      })
    ]
  });
}
