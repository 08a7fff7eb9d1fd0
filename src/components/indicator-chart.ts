import * as Plot from "npm:@observablehq/plot";
import {tagRows} from "./tag-rows.js";
import {textWidth} from "./text-width.js";
import {unitLabel} from "./unit-label.js";
import {valueLabel} from "./value-labels.js";

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
  char_start: number;
  char_end: number;
}

/** The row label of a point: jurisdiction and year, e.g. "东胜区 2022". */
export const pointRow = (d: IndicatorPoint) => `${d.jurisdiction} ${d.year ?? ""}`.trim();

/**
 * One canonical indicator across jurisdictions and years, one small chart per unit (units never share an
 * axis): a row per jurisdiction-year ordered by year, dots for reported actuals, hollow triangles for
 * targets, "≈" before approximate values (余/多/近/约); each mark links to its quote and carries its point (tagRows,
 * data-key = indicator_row_id) for markQuotes. Axis, legends and units are in `lang`. Empty input gives an empty
 * element.
 */
export function indicatorChart(
  points: IndicatorPoint[],
  {
    width = 800,
    lang = "zh",
    href = (d: IndicatorPoint) => `#${d.indicator_row_id}`
  }: {width?: number; lang?: "zh" | "en"; href?: (d: IndicatorPoint) => string} = {}
) {
  const root = document.createElement("div");
  root.className = "indicator-chart";
  const byUnit = new Map<string, IndicatorPoint[]>();
  for (const d of points) byUnit.set(d.unit, [...(byUnit.get(d.unit) ?? []), d]);
  const units = [...byUnit].sort((a, b) => b[1].length - a[1].length);
  const jurisdictions = [...new Set(points.map((d) => d.jurisdiction))].sort();
  for (const [unit, data] of units) {
    const rows = [
      ...new Set(
        [...data]
          .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.jurisdiction.localeCompare(b.jurisdiction))
          .map(pointRow)
      )
    ];
    root.append(
      Plot.plot({
        width,
        height: 50 + rows.length * 36,
        // Room for the longest row name (English names are longer than Chinese ones), within a third of the width.
        marginLeft: Math.min(width / 3, Math.max(110, 16 + Math.max(...rows.map((r) => textWidth(r, 10))))),
        marginRight: 40,
        x: {
          grid: true,
          label: `${lang === "en" ? "Value" : "数值"} (${unitLabel(unit, {lang})}) →`,
          nice: true,
          zero: unit !== "%" ? true : undefined,
          domain: unit === "%" ? [0, 100] : undefined
        },
        y: {domain: rows, label: null},
        color: {domain: jurisdictions, legend: units[0][0] === unit, label: lang === "en" ? "Jurisdiction" : "地区"},
        symbol: {
          domain: ["actual", "target"],
          range: ["circle", "triangle"],
          legend: units[0][0] === unit,
          tickFormat: (k: string) => String(valueLabel("kind", k, lang))
        },
        marks: [
          Plot.dot(data, {
            x: "value",
            y: pointRow,
            fill: (d) => (d.kind === "actual" ? d.jurisdiction : "white"),
            stroke: "jurisdiction",
            symbol: "kind",
            r: 6,
            strokeWidth: 2,
            href,
            ...tagRows((d: IndicatorPoint) => d.indicator_row_id),
            ariaLabel: (d) => `${pointRow(d)}: ${d.approx ? "≈" : ""}${d.value}${d.unit} (${d.kind})`,
            channels: {
              value: (d) =>
                `${d.approx ? "≈" : ""}${d.value.toLocaleString("en-US")} ${unitLabel(d.unit, {lang, value: d.value})}`,
              kind: "kind",
              quote: "quote"
            },
            tip: {format: {x: false, y: true, fill: false, stroke: false, symbol: false}}
          }),
          Plot.text(
            data.filter((d) => d.approx),
            {x: "value", y: pointRow, text: () => "≈", dx: -12, fontSize: 14}
          )
        ]
      })
    );
  }
  return root;
}
