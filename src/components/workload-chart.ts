import * as Plot from "npm:@observablehq/plot";
import type {WorkloadRow} from "../../loaders/site/agency-workload.ts";
import {tagRows} from "./tag-rows.js";

/** Abbreviates a long Chinese name for an axis label (full name stays in the tip); null gives "". */
export function shortName(name: string | null | undefined, max = 9): string {
  if (name == null) return "";
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/**
 * Horizontal bars: the top agencies by tasks led (or supported), one bar segment per jurisdiction,
 * measured as counts or as shares of each jurisdiction's tasks; each segment carries its row (tagRows) for
 * markQuotes. Empty input gives an empty frame.
 */
export function workloadChart(
  rows: WorkloadRow[],
  {
    width = 800,
    role = "lead",
    measure = "share",
    top = 20,
    lang = "zh"
  }: {width?: number; role?: string; measure?: "share" | "tasks"; top?: number; lang?: "zh" | "en"} = {}
) {
  const data = rows.filter((d) => d.role === role);
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.agency, (totals.get(d.agency) ?? 0) + d[measure]);
  const agencies = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([a]) => a);
  const shown = data.filter((d) => agencies.includes(d.agency));
  return Plot.plot({
    // resize() may first report a width narrower than the margins: never draw below a readable minimum.
    width: Math.max(width, 320),
    height: 40 + agencies.length * 24,
    marginLeft: lang === "en" ? 150 : 130,
    x: {
      label:
        lang === "en"
          ? measure === "share"
            ? `Share of the jurisdiction's tasks ${role === "lead" ? "led" : "supported"} →`
            : `Tasks ${role === "lead" ? "led" : "supported"} →`
          : `${role === "lead" ? "牵头" : "配合"}${measure === "share" ? "任务占本地区任务的比例" : "任务数"} →`,
      grid: true,
      tickFormat: measure === "share" ? "%" : undefined
    },
    y: {domain: agencies, label: null, tickFormat: (d: string) => shortName(d, lang === "en" ? 18 : 9)},
    color: {legend: true, label: lang === "en" ? "Jurisdiction" : "地区"},
    marks: [
      Plot.barX(shown, {
        x: measure,
        y: "agency",
        fill: "jurisdiction",
        tip: {format: {x: measure === "share" ? ".0%" : "d"}},
        channels: {agency: "agency", english: "agency_en", tasks: "tasks"},
        ...tagRows((d: WorkloadRow) => `${d.agency_id} ${d.doc_id} ${d.role}`)
      }),
      Plot.ruleX([0])
    ]
  });
}

/** Co-lead matrix: how many tasks each pair of agencies leads together. Empty input gives an empty frame. */
export function coLeadMatrix(
  pairs: {a: string; b: string; tasks: number}[],
  {width = 640, top = 15, lang = "zh" as "zh" | "en"} = {}
) {
  const totals = new Map<string, number>();
  for (const p of pairs) totals.set(p.a, (totals.get(p.a) ?? 0) + p.tasks);
  const names = [...totals]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, top)
    .map(([n]) => n);
  const shown = pairs.filter((p) => names.includes(p.a) && names.includes(p.b));
  return Plot.plot({
    width: Math.max(320, Math.min(width, 140 + names.length * 36)),
    height: 140 + names.length * 26,
    marginLeft: 130,
    marginBottom: 110,
    x: {domain: names, tickRotate: -45, label: null, tickFormat: (d: string) => shortName(d)},
    y: {domain: names, label: null, tickFormat: (d: string) => shortName(d)},
    color: {scheme: "blues", legend: true, label: lang === "en" ? "Tasks led together" : "共同牵头任务数"},
    marks: [
      Plot.cell(shown, {x: "a", y: "b", fill: "tasks", tip: true}),
      Plot.text(shown, {x: "a", y: "b", text: "tasks", fontSize: 10})
    ]
  });
}
