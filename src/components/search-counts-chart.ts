import * as Plot from "npm:@observablehq/plot";
import type {SearchCount} from "./search-counts.js";

/**
 * Hits of a search per place × year as a grid of cells, shaded and labelled by the number of hits; rows are the
 * places (jurisdictions, or provinces at scale: searchCounts) in the given language, columns years ("?" for
 * documents without one). Empty input gives an empty frame with a note. At least 320 px wide.
 */
export function searchCountsChart(
  counts: readonly SearchCount[],
  {width = 640, lang = "zh" as "zh" | "en"} = {}
): SVGSVGElement | HTMLElement {
  const name = (d: SearchCount) => (lang === "en" && d.place_en) || d.place || "?";
  const year = (d: SearchCount) => (d.year == null ? "?" : String(d.year));
  const rows = [...new Set(counts.map(name))];
  const years = [...new Set(counts.map(year))].sort();
  // Once, not per cell: per cell it was quadratic (seconds for the thousands of jurisdiction-years of 10,000 documents).
  const most = Math.max(0, ...counts.map((c) => c.hits));
  return Plot.plot({
    // Never narrower than its margins: Framework's width is 0 for a moment (a negative <rect> width is an error).
    width: Math.max(320, Math.min(width, 160 + years.length * 90 + 200)),
    height: 50 + Math.max(1, rows.length) * 34,
    marginLeft: Math.min(240, 20 + 8 * Math.max(4, ...rows.map((r) => (lang === "en" ? r.length : r.length * 2)))),
    x: {domain: years, label: lang === "en" ? "Year" : "年度", axis: "top"},
    y: {domain: rows, label: null},
    color: {type: "linear", scheme: "blues", zero: true, label: lang === "en" ? "Hits" : "命中数"},
    marks: [
      counts.length ? null : Plot.frame({stroke: "#ccc"}),
      counts.length ? null : Plot.text([lang === "en" ? "No hits" : "没有命中"], {frameAnchor: "middle", fill: "#888"}),
      Plot.cell(counts, {x: year, y: name, fill: "hits", inset: 1}),
      Plot.text(counts, {
        x: year,
        y: name,
        text: (d: SearchCount) => String(d.hits),
        fill: (d: SearchCount) => (d.hits > most / 2 ? "white" : "black")
      })
    ]
  });
}
