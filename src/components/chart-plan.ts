import {flatGroup} from "npm:d3";

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
    const points = flatGroup(
      rows,
      (r) => (color ? r[color] : null),
      (r) => r[x]
    ).length;
    return {type: points < rows.length ? "dot" : "line", x, y, color};
  }
  return {type: "none", reason: "shape"};
}
