import * as Plot from "npm:@observablehq/plot";

export interface IndicatorPoint {
  indicator_row_id: string;
  doc_id: string;
  jurisdiction: string;
  year: number | null;
  value: number;
  unit: string;
  approx: boolean;
  kind: string;
  quote: string;
  doc_type: string;
}

/**
 * One canonical indicator across jurisdictions and years: dots for reported actuals, hollow triangles for
 * targets, "≈" beside approximate values (余/多/近/约); each mark links to its quote. Points with another
 * unit than the first are drawn in their own facet row. Empty input gives an empty frame.
 */
export function indicatorChart(
  points: IndicatorPoint[],
  {width = 800, href = (d: IndicatorPoint) => `#${d.indicator_row_id}`} = {}
) {
  const units = [...new Set(points.map((d) => d.unit))];
  const dated = points.filter((d) => d.year != null);
  return Plot.plot({
    width,
    height: Math.max(220, 180 * units.length),
    marginLeft: 70,
    marginRight: 30,
    x: {tickFormat: "d", label: "Year 年度", ticks: [...new Set(dated.map((d) => d.year))], inset: 30},
    y: {grid: true, label: null, nice: true},
    fy: units.length > 1 ? {label: "Unit 单位"} : undefined,
    color: {legend: true, label: "Jurisdiction 地区"},
    symbol: {
      domain: ["actual", "target"],
      range: ["circle", "triangle"],
      legend: true,
      tickFormat: (k: string) => (k === "actual" ? "实际 actual" : "目标 target")
    },
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.dot(dated, {
        x: "year",
        y: "value",
        fy: units.length > 1 ? "unit" : undefined,
        fill: (d) => (d.kind === "actual" ? d.jurisdiction : "white"),
        stroke: "jurisdiction",
        symbol: "kind",
        r: 6,
        strokeWidth: 2,
        href,
        channels: {jurisdiction: "jurisdiction", unit: "unit", quote: "quote"},
        tip: {format: {x: "d", fill: false, stroke: false, symbol: true}}
      }),
      Plot.text(
        dated.filter((d) => d.approx),
        {x: "year", y: "value", fy: units.length > 1 ? "unit" : undefined, text: () => "≈", dx: -12, fontSize: 14}
      ),
      Plot.text(dated, {
        x: "year",
        y: "value",
        fy: units.length > 1 ? "unit" : undefined,
        text: (d) => `${d.value.toLocaleString("en-US")}${d.unit}`,
        dy: -12,
        fontSize: 10
      })
    ]
  });
}
