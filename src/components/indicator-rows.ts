export interface IndicatorRow {
  indicator_row_id: string;
  doc_id: string;
  indicator_id: string | null;
  value: number;
  unit: string;
  kind: string;
  year: number | null;
  [key: string]: unknown;
}
export interface CatalogueEntry {
  indicator_id: string;
  name_zh: string;
  name_en: string;
}

/** Adds each document's jurisdiction and doc_type to its indicator rows; rows of unknown documents keep nulls. */
export function joinIndicators(
  rows: IndicatorRow[],
  documents: {doc_id: string; jurisdiction: string | null; doc_type: string}[]
) {
  const byId = new Map(documents.map((d) => [d.doc_id, d]));
  return rows.map((d) => ({
    ...d,
    jurisdiction: byId.get(d.doc_id)?.jurisdiction ?? d.doc_id,
    doc_type: byId.get(d.doc_id)?.doc_type ?? "other"
  }));
}

/** The catalogue indicators that have at least one value, most values first, with their count; none gives []. */
export function indicatorOptions(rows: IndicatorRow[], catalogue: CatalogueEntry[]) {
  const counts = new Map<string, number>();
  for (const d of rows) if (d.indicator_id) counts.set(d.indicator_id, (counts.get(d.indicator_id) ?? 0) + 1);
  return catalogue
    .filter((c) => counts.has(c.indicator_id))
    .map((c) => ({...c, count: counts.get(c.indicator_id)!}))
    .sort((a, b) => b.count - a.count || a.indicator_id.localeCompare(b.indicator_id));
}

const genre: Record<string, string> = {
  annual_report: "annual reports",
  task_plan: "plans",
  implementation_opinion: "opinions",
  work_points: "work points"
};

/** A sentence warning when the values come from different genres, years or units; null when they compare directly. */
export function comparabilityNote(
  points: {doc_type: string; year: number | null; unit: string; kind: string}[]
): string | null {
  const notes: string[] = [];
  const types = [...new Set(points.map((d) => d.doc_type))];
  if (types.length > 1)
    notes.push(
      `values come from different genres (${types.map((t) => genre[t] ?? t).join(", ")}): reports give results, plans give goals`
    );
  const years = [...new Set(points.map((d) => d.year).filter((y) => y != null))];
  if (years.length > 1) notes.push(`they are about different years (${years.sort().join(", ")})`);
  const units = [...new Set(points.map((d) => d.unit))];
  if (units.length > 1) notes.push(`they use different units (${units.join(", ")}) and are drawn apart`);
  if (new Set(points.map((d) => d.kind)).size > 1) notes.push("actuals and targets are mixed: compare like with like");
  return notes.length ? `Compare with care: ${notes.join("; ")}.` : null;
}
