import * as Plot from "npm:@observablehq/plot";

/** What kind of values a result column holds: every non-null value a number, a string, or anything else. */
export type ColumnKind = "number" | "text" | "other";

/** The kind of each column from its non-null values; a column of only nulls is "other". Empty rows give all "other". */
export function columnKinds(rows: readonly Record<string, unknown>[], columns: readonly string[]): ColumnKind[] {
  return columns.map((c) => {
    let kind: ColumnKind | null = null;
    for (const row of rows) {
      const v = row[c];
      if (v == null) continue;
      const k: ColumnKind = typeof v === "number" ? "number" : typeof v === "string" ? "text" : "other";
      if (kind !== null && k !== kind) return "other";
      kind = k;
    }
    return kind ?? "other";
  });
}

/** How a result would be charted: bars, a line or dots over two numbers, or nothing (with the reason). */
export type ChartPlan =
  | {type: "bar"; category: string; value: string; color: string | null}
  | {type: "line" | "dot"; x: string; y: string[]; color: string | null}
  | {type: "none"; reason: string};

/**
 * Picks a quick chart for a query result: bars when it has text and exactly one number column (bars per the first
 * text column, coloured by a second text column with fewer, at most 12, values); a line (dots when x repeats) when it
 * has two or more number columns, x the first; otherwise none. Empty rows give none.
 */
export function chartPlan(rows: readonly Record<string, unknown>[], columns: readonly string[]): ChartPlan {
  if (rows.length === 0) return {type: "none", reason: "empty"};
  const kinds = columnKinds(rows, columns);
  const text = columns.filter((_, k) => kinds[k] === "text");
  const numbers = columns.filter((_, k) => kinds[k] === "number");
  const distinct = (c: string) => new Set(rows.map((r) => r[c])).size;
  if (text.length >= 1 && numbers.length === 1) {
    const color = text.length > 1 && distinct(text[1]) <= 12 && distinct(text[1]) < distinct(text[0]) ? text[1] : null;
    return {type: "bar", category: text[0], value: numbers[0], color};
  }
  if (numbers.length >= 2) {
    const [x, ...rest] = numbers;
    const color = text.length >= 1 && distinct(text[0]) <= 12 ? text[0] : null;
    const y = color ? rest.slice(0, 1) : rest.slice(0, 5);
    // A line needs one point per x in each series; with repeated x the points are shown as dots.
    const keys = new Set(rows.map((r) => `${color ? r[color] : ""}\u0000${r[x]}`));
    return {type: keys.size < rows.length ? "dot" : "line", x, y, color};
  }
  return {type: "none", reason: "shape"};
}

const short = (s: unknown, max = 14) => {
  const t = s == null ? "" : String(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * A quick chart of a query result (see chartPlan), or a note saying why there is none; `note` gives the note's text.
 * Bars show the 30 largest categories. Empty rows give the note.
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
    const longest = Math.max(...domain.map((d) => short(d).length));
    return Plot.plot({
      width,
      height: 40 + domain.length * 22,
      marginLeft: Math.min(Math.round(width * 0.4), 14 * longest + 12),
      x: {label: `${value} →`, grid: true},
      y: {domain, label: null, tickFormat: (d: unknown) => short(d)},
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
