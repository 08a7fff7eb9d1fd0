import * as Plot from "npm:@observablehq/plot";
import type {TermTrend} from "./term-trends.js";

/**
 * The trends of terms as one panel per term: occurrences per 10,000 characters (y) by year (x), a line and dots
 * per jurisdiction (coloured, named in the given language, legend up to 12 jurisdictions) and the corpus line over
 * all jurisdictions (`totals`, black, dashed), at least 320 px wide. Rows without a year are not drawn. No rows give an empty frame with
 * a note.
 */
export function termTrendsChart(
  rows: readonly TermTrend[],
  totals: readonly TermTrend[],
  {width = 640, lang = "zh" as "zh" | "en"} = {}
): SVGSVGElement | HTMLElement {
  const en = lang === "en";
  const name = (d: TermTrend) => (en && d.jurisdiction_en) || d.jurisdiction || "?";
  const drawn = rows.filter((d) => d.year != null);
  const terms = [...new Set(rows.map((d) => d.term))];
  const places = [...new Set(drawn.map(name))];
  const years = drawn.map((d) => d.year!);
  const channels = {
    [en ? "Jurisdiction" : "地区"]: name,
    [en ? "Occurrences" : "出现次数"]: "occurrences",
    [en ? "Characters" : "字符数"]: "chars",
    [en ? "Documents" : "文件数"]: "documents"
  };
  const tip = {format: {fy: false, fill: false, y: (v: number) => v.toFixed(2)}};
  const chart = Plot.plot({
    // Framework's width can be 0 for a moment (a page resized for a full-page screenshot): never below the margins.
    width: Math.max(width, 320),
    height: 40 + Math.max(1, terms.length) * 170,
    marginLeft: 50,
    marginRight: 110,
    x: {
      label: en ? "Year" : "年度",
      tickFormat: "d",
      ticks: years.length ? Math.min(10, Math.max(...years) - Math.min(...years) + 1) : undefined,
      domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : undefined
    },
    y: {label: en ? "Per 10,000 characters" : "每万字出现次数", grid: true, zero: true},
    fy: {domain: terms.length ? terms : [""], label: null},
    color: {domain: places, legend: places.length > 0 && places.length <= 12, label: en ? "Jurisdiction" : "地区"},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      drawn.length
        ? null
        : Plot.text([en ? "No documents with a year" : "没有可按年度显示的文件"], {
            frameAnchor: "middle",
            fill: "#888"
          }),
      Plot.line(totals, {x: "year", y: "per_10k", fy: "term", stroke: "black", strokeDasharray: "4 3"}),
      Plot.line(drawn, {x: "year", y: "per_10k", fy: "term", z: name, stroke: name, sort: "year"}),
      Plot.dot(drawn, {x: "year", y: "per_10k", fy: "term", fill: name, r: 3.5, channels, tip}),
      Plot.text(
        totals.filter((d, i) => totals[i + 1]?.term !== d.term),
        {x: "year", y: "per_10k", fy: "term", text: () => (en ? "all" : "全部"), dx: 8, textAnchor: "start"}
      )
    ]
  });
  // The facet labels are the terms as the user typed them (source text, not interface text).
  const typed = new Set(terms);
  for (const label of chart.querySelectorAll("text")) {
    if (typed.has(label.textContent ?? "")) label.setAttribute("data-source-text", "");
  }
  return chart;
}
