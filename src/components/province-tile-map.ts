import * as Plot from "npm:@observablehq/plot";
import type {ProvinceTile} from "../../loaders/site/province-tiles.ts";
import type {ProvinceValue} from "./province-values.js";

/** A tile as drawn: its grid cell and names, the province's value (null: not reported) and the label shown. */
export interface DrawnTile extends ProvinceTile {
  value: number | null;
  n: number;
  name: string;
  short: string;
}

/**
 * The province tile map: one equal tile per provincial-level unit of `tiles` (data/province-tiles.csv) in its grid
 * cell, shaded by its value on a colour ramp (legend labelled `label`, values shown with `format`), labelled with its
 * short name and value in `lang`; a province without a value is a dashed tile marked "–" (not reported), and
 * `selected` (a province's name_zh) is outlined. A value's province is matched to a tile by name_zh. Each tile is a
 * pointer target: the figure's `value` is the tile under the pointer, for clickSelect. No tiles give an empty frame.
 */
export function provinceTileMap(
  values: readonly ProvinceValue[],
  {
    tiles,
    lang = "zh",
    width = 640,
    label = lang === "en" ? "Documents" : "文件数",
    format = (v: number) => v.toLocaleString("en-US"),
    selected = null
  }: {
    tiles: readonly ProvinceTile[];
    lang?: "zh" | "en";
    width?: number;
    label?: string;
    format?: (value: number) => string;
    selected?: string | null;
  }
) {
  const byName = new Map(values.map((d) => [d.province, d]));
  const drawn: DrawnTile[] = tiles.map((t) => ({
    ...t,
    value: byName.get(t.name_zh)?.value ?? null,
    n: byName.get(t.name_zh)?.n ?? 0,
    name: lang === "en" ? t.name_en : t.name_zh,
    short: lang === "en" ? t.short_en : t.short_zh
  }));
  const reported = drawn.filter((d) => d.value != null);
  const missing = drawn.filter((d) => d.value == null);
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  const size = Math.max(34, Math.min(64, Math.floor((Math.min(width, 640) - 20) / cols)));
  const most = Math.max(0, ...reported.map((d) => d.value as number));
  const dark = (d: DrawnTile) => d.value != null && d.value > 0.6 * most;
  // Counts up to 10 get a tick per whole number on the ramp, not 0.5, 1.5….
  const counts = most <= 10 && reported.every((d) => Number.isInteger(d.value));
  const xy = {x: "col", y: "row"} as const;
  const shown = (d: DrawnTile) => (d.value == null ? "–" : format(d.value));
  const notReported = lang === "en" ? "not reported" : "未报告";
  return Plot.plot({
    width: cols * size + 20,
    height: rows * size + 20,
    margin: 10,
    x: {type: "band", domain: Array.from({length: cols}, (_, i) => i), axis: null, padding: 0.08},
    y: {type: "band", domain: Array.from({length: rows}, (_, i) => i), axis: null, padding: 0.08},
    color: {
      type: "linear",
      scheme: "blues",
      domain: [0, most || 1],
      legend: true,
      ticks: counts ? Array.from({length: (most || 1) + 1}, (_, i) => i) : undefined,
      label,
      tickFormat: format
    },
    caption: lang === "en" ? "Dashed tiles (–): not reported" : "虚线格（–）：未报告",
    marks: [
      Plot.cell(missing, {...xy, fill: "none", stroke: "#999", strokeDasharray: "3,2", ariaLabel: "name_zh"}),
      Plot.cell(reported, {...xy, fill: "value", ariaLabel: "name_zh"}),
      Plot.cell(
        drawn.filter((d) => d.name_zh === selected),
        {...xy, fill: "none", stroke: "currentColor", strokeWidth: 3}
      ),
      Plot.text(drawn, {
        ...xy,
        text: "short",
        dy: -7,
        fontSize: lang === "en" ? 11 : size < 48 ? 10 : 12,
        fill: (d: DrawnTile) => (dark(d) ? "white" : d.value == null ? "#888" : "black")
      }),
      Plot.text(drawn, {
        ...xy,
        text: shown,
        dy: 8,
        fontSize: 10,
        fill: (d: DrawnTile) => (dark(d) ? "white" : d.value == null ? "#888" : "black")
      }),
      Plot.tip(
        drawn,
        Plot.pointer({
          ...xy,
          title: (d: DrawnTile) => `${d.name}\n${label}: ${d.value == null ? notReported : format(d.value)}`
        })
      )
    ]
  });
}
