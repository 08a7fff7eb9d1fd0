import * as Plot from "npm:@observablehq/plot";
import {tagRows} from "./tag-rows.js";
import {unitLabel} from "./unit-label.js";

import type {Cite, IndicatorBox, IndicatorPoint} from "../../loaders/site/indicator-summary.ts";
import {implausibleNote} from "./implausible-note.js";

export type {Cite, IndicatorBox};

const kinds = {actual: ["实际", "actual"], target: ["目标", "target"]} as Record<string, [string, string]>;

/**
 * One indicator across years when it has too many values to draw one by one: a small chart per unit (units never
 * share an axis), a row per year and kind with the minimum–maximum as a line, the quartiles as a box and the
 * median as a tick; the median, minimum and maximum marks link (`href`) to the quotes they come from. A symlog
 * axis is used when the values span more than three orders of magnitude. The boxes hold plausible values only:
 * the values extraction flagged (`flagged`) are listed in a note under the chart. The boxes and end dots carry their
 * rows (tagRows) for markQuotes. Empty input gives an empty element.
 */
export function indicatorBoxes(
  boxes: IndicatorBox[],
  {
    width = 800,
    lang = "zh" as "zh" | "en",
    href = (c: Cite) => `#${c.indicator_row_id}`,
    flagged = [] as IndicatorPoint[]
  } = {}
) {
  const root = document.createElement("div");
  root.className = "indicator-chart indicator-boxes";
  const row = (d: IndicatorBox) => `${d.year ?? "?"} ${kinds[d.kind]?.[lang === "en" ? 1 : 0] ?? d.kind}`;
  const byUnit = new Map<string, IndicatorBox[]>();
  for (const d of boxes) byUnit.set(d.unit, [...(byUnit.get(d.unit) ?? []), d]);
  const units = [...byUnit].sort((a, b) => b[1].reduce((s, d) => s + d.n, 0) - a[1].reduce((s, d) => s + d.n, 0));
  for (const [unit, data] of units) {
    const rows = [...data].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.kind.localeCompare(b.kind)).map(row);
    const positive = data.flatMap((d) => [d.min, d.max]).filter((v) => v > 0);
    const spread = positive.length ? Math.max(...positive) / Math.min(...positive) : 1;
    const ends = data.flatMap((d) => [
      {...d.cites.min, box: d, end: lang === "en" ? "minimum" : "最小值"},
      {...d.cites.max, box: d, end: lang === "en" ? "maximum" : "最大值"}
    ]);
    root.append(
      Plot.plot({
        width,
        height: 50 + rows.length * 30,
        marginLeft: 90,
        marginRight: 40,
        x: {
          type: spread > 1000 ? "symlog" : "linear",
          // On a symlog axis, ticks at the powers of ten only (the default ticks crowd the upper end).
          ticks: spread > 1000 ? [0, ...powersOfTen(Math.max(...positive))] : undefined,
          grid: true,
          nice: true,
          label: `${lang === "en" ? "Value" : "数值"} (${unitLabel(unit, {lang})}) →`,
          domain: unit === "%" ? [0, 100] : undefined
        },
        y: {domain: rows, label: null},
        color: {
          domain: ["actual", "target"],
          range: ["#4269d0", "#ff725c"],
          legend: units[0][0] === unit,
          tickFormat: (k: string) => kinds[k]?.[lang === "en" ? 1 : 0] ?? k
        },
        marks: [
          Plot.ruleY(data, {y: row, x1: "min", x2: "max", stroke: "kind", strokeOpacity: 0.5}),
          Plot.barX(data, {
            y: row,
            x1: "q1",
            x2: "q3",
            fill: "kind",
            fillOpacity: 0.25,
            stroke: "kind",
            insetTop: 6,
            insetBottom: 6,
            ...tagRows<IndicatorBox>()
          }),
          Plot.dot(ends, {
            x: "value",
            y: (d) => row(d.box),
            stroke: (d) => d.box.kind,
            r: 3,
            href,
            ...tagRows<(typeof ends)[number]>(),
            ariaLabel: (d) => `${d.end}: ${d.value} ${unit}`,
            tip: {channels: {quote: "quote"}, format: {x: true, y: false, stroke: false}}
          }),
          Plot.tickX(data, {
            x: "median",
            y: row,
            stroke: "kind",
            strokeWidth: 3,
            insetTop: 4,
            insetBottom: 4,
            ...tagRows<IndicatorBox>(),
            href: (d: IndicatorBox) => href(d.cites.median),
            ariaLabel: (d: IndicatorBox) => `${row(d)}: median ${d.median}${unit} of ${d.n}`,
            channels: {n: "n", q1: "q1", q3: "q3", quote: (d: IndicatorBox) => d.cites.median.quote},
            tip: {format: {y: true, stroke: false}}
          })
        ]
      })
    );
  }
  const note = implausibleNote(flagged, {lang, href});
  if (note) root.append(note);
  return root;
}

/** 1, 10, 100… up to max. */
function powersOfTen(max: number): number[] {
  const powers: number[] = [];
  for (let p = 1; p <= max; p *= 10) powers.push(p);
  return powers;
}
