import * as Plot from "npm:@observablehq/plot";
import {chartPlan} from "./chart-plan.js";
import {heatmapLayout} from "./heatmap-layout.js";

const label = (s: unknown) => (s == null ? "" : String(s));

/**
 * A quick chart of a query result (see chartPlan), or a note saying why there is none; `note` gives the note's text.
 * Bars show the 30 largest categories, their names in full (wrapped into lines, heatmapLayout). Empty rows give the
 * note.
 */
export function resultChart(
  rows: readonly Record<string, unknown>[],
  {
    columns = rows.length ? Object.keys(rows[0]) : [],
    width = 640,
    note = (reason: string) => (reason === "empty" ? "No rows to chart." : "No chart for this shape of result.")
  }: {columns?: readonly string[]; width?: number; note?: (reason: string) => string} = {}
): Element {
  const plan = chartPlan(rows, columns);
  if (plan.type === "none") {
    const p = document.createElement("p");
    p.className = "small-note result-chart-note";
    p.textContent = note(plan.reason);
    return p;
  }
  if (plan.type === "bar") {
    const {category, value, color} = plan;
    const totals = new Map<unknown, number>();
    for (const r of rows) totals.set(r[category], (totals.get(r[category]) ?? 0) + ((r[value] as number) ?? 0));
    const domain = [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([c]) => c);
    const shown = rows.filter((r) => domain.includes(r[category]));
    const layout = heatmapLayout(domain.map(label), [], {width, rowHeight: 22, rowLabelWidth: width * 0.35});
    return Plot.plot({
      width,
      // The rows as heatmapLayout sizes them, and 30 px for the x axis instead of its bottom margin.
      height: layout.height - layout.marginBottom + 30,
      marginLeft: layout.marginLeft,
      x: {label: `${value} →`, grid: true},
      y: {domain, label: null, tickFormat: (d: unknown) => layout.rowLabel(label(d))},
      color: color ? {legend: true, label: color} : undefined,
      marks: [Plot.barX(shown, {x: value, y: category, fill: color ?? "steelblue", tip: true}), Plot.ruleX([0])]
    });
  }
  const {x, y, color} = plan;
  const long = y
    .flatMap((series) => rows.map((r) => ({x: r[x], y: r[series], series: color ? r[color] : series})))
    .filter((d) => d.x != null && d.y != null);
  const integers = long.every((d) => Number.isInteger(d.x));
  const colored = color != null || y.length > 1;
  return Plot.plot({
    width,
    height: 320,
    x: {
      label: `${x} →`,
      tickFormat: integers ? "d" : undefined,
      ticks: integers ? Math.min(10, new Set(long.map((d) => d.x)).size) : undefined
    },
    y: {label: y.length === 1 ? `↑ ${y[0]}` : null, grid: true},
    color: colored ? {legend: true, label: color ?? undefined, domain: color ? undefined : y} : undefined,
    marks: [
      plan.type === "line"
        ? Plot.line(long, {
            x: "x",
            y: "y",
            stroke: colored ? "series" : "steelblue",
            sort: "x",
            marker: "dot",
            tip: true
          })
        : Plot.dot(long, {x: "x", y: "y", stroke: colored ? "series" : "steelblue", tip: true})
    ]
  });
}
