import * as Plot from "npm:@observablehq/plot";
import type {ProvinceYear} from "../../loaders/site/overview-summary.ts";
import {docTypeLabel, docTypes} from "./doc-types.js";

/**
 * The corpus at scale: one cell per province and year, shaded and labelled by the number of documents, provinces
 * with most documents on top; each cell links to `href(cell)` (the coverage of that province and year) and its tip
 * counts the documents per type. Cells without a year are left out. Empty input gives an empty frame.
 */
export function corpusGrid(
  cells: ProvinceYear[],
  {
    width = 640,
    lang = "zh" as "zh" | "en",
    href = (d: ProvinceYear) => `./coverage?province=${encodeURIComponent(d.province)}&year=${d.year}`
  } = {}
) {
  const dated = cells.filter((d) => d.year != null);
  const provinces = [...new Set(dated.map((d) => d.province))];
  const years = [...new Set(dated.map((d) => d.year as number))].sort((a, b) => a - b);
  const most = Math.max(0, ...dated.map((d) => d.documents));
  const types = Object.fromEntries(
    docTypes
      .filter((t) => t.id !== "other")
      .map((t) => [docTypeLabel(t.id, lang), (d: ProvinceYear) => d[t.id as keyof ProvinceYear]])
  );
  return Plot.plot({
    width: Math.max(width, 320),
    height: 70 + provinces.length * 22,
    marginLeft: lang === "en" ? 130 : 90,
    x: {
      domain: years,
      label: lang === "en" ? "Year the document is about" : "文件所属年度",
      tickFormat: "d",
      axis: "top"
    },
    y: {domain: provinces, label: null},
    color: {scheme: "blues", legend: true, label: lang === "en" ? "Documents" : "文件数", zero: true},
    marks: [
      Plot.cell(dated, {
        x: "year",
        y: "province",
        fill: "documents",
        inset: 0.5,
        href,
        channels: {tasks: "tasks", figures: "figures", ...types},
        tip: {format: {x: "d", fill: true}}
      }),
      Plot.text(dated, {
        x: "year",
        y: "province",
        text: "documents",
        fontSize: 10,
        fill: (d: ProvinceYear) => (d.documents > 0.6 * most ? "white" : "black")
      })
    ]
  });
}
