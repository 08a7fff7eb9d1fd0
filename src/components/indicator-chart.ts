import * as Plot from "npm:@observablehq/plot";
import {implausibleNote} from "./implausible-note.js";
import {indicatorChartData, type ChartPoint, type DrawnPoint} from "./indicator-chart-data.js";
import {tagRows} from "./tag-rows.js";
import {textWidth} from "./text-width.js";
import {unitLabel} from "./unit-label.js";
import {valueLabel} from "./value-labels.js";

export type {ChartPoint};

/**
 * One canonical indicator across jurisdictions and years, one small chart per unit (units never share an
 * axis): a row per jurisdiction-year ordered by year, dots for reported actuals, hollow triangles for
 * targets, "≈" before approximate values (余/多/近/约); each mark links to its quote and carries its point (tagRows,
 * data-key = indicator_row_id) for markQuotes; axis, legends and units are in `lang`. Each jurisdiction has the
 * site's colour (`color`, jurisdictionColor). Values extraction flagged as implausible are left out and listed in a
 * note under the chart. Empty input gives an empty element.
 */
export function indicatorChart(
  points: ChartPoint[],
  {
    width = 800,
    lang = "zh",
    color,
    href = (d: ChartPoint) => `#${d.indicator_row_id}`
  }: {
    width?: number;
    lang?: "zh" | "en";
    color: (jurisdiction: string | null) => string;
    href?: (d: ChartPoint) => string;
  }
) {
  const root = document.createElement("div");
  root.className = "indicator-chart";
  const {drawn, left} = indicatorChartData(points, {lang, color});
  const byUnit = new Map<string, DrawnPoint[]>();
  for (const d of drawn) byUnit.set(d.unit, [...(byUnit.get(d.unit) ?? []), d]);
  const units = [...byUnit].sort((a, b) => b[1].length - a[1].length);
  const legend = new Map([...drawn].sort((a, b) => a.label.localeCompare(b.label)).map((d) => [d.label, d.color]));
  for (const [unit, data] of units) {
    const rows = [
      ...new Set(
        [...data].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.label.localeCompare(b.label)).map((d) => d.row)
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
        color: {
          domain: [...legend.keys()],
          range: [...legend.values()],
          legend: units[0][0] === unit,
          label: lang === "en" ? "Jurisdiction" : "地区"
        },
        symbol: {
          domain: ["actual", "target"],
          range: ["circle", "triangle"],
          legend: units[0][0] === unit,
          tickFormat: (k: string) => String(valueLabel("kind", k, lang))
        },
        marks: [
          // Actuals filled, targets hollow (a constant white fill: "white" in a scaled channel would fall outside
          // the colour domain and Plot would drop the mark).
          ...(["actual", "target"] as const).map((kind) =>
            Plot.dot(
              data.filter((d) => (kind === "actual") === (d.kind === "actual")),
              {
                x: "value",
                y: "row",
                fill: kind === "actual" ? "label" : "white",
                stroke: "label",
                symbol: "kind",
                r: 6,
                strokeWidth: 2,
                href,
                ...tagRows((d: DrawnPoint) => d.indicator_row_id),
                ariaLabel: (d) => `${d.row}: ${d.approx ? "≈" : ""}${d.value}${d.unit} (${d.kind})`,
                channels: {
                  value: (d) =>
                    `${d.approx ? "≈" : ""}${d.value.toLocaleString("en-US")} ${unitLabel(d.unit, {lang, value: d.value})}`,
                  kind: "kind",
                  quote: "quote"
                },
                tip: {format: {x: false, y: true, fill: false, stroke: false, symbol: false}}
              }
            )
          ),
          Plot.text(
            data.filter((d) => d.approx),
            {x: "value", y: "row", text: () => "≈", dx: -12, fontSize: 14}
          )
        ]
      })
    );
  }
  const note = implausibleNote(left, {lang, href});
  if (note) root.append(note);
  return root;
}
