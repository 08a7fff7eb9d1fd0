import {printable} from "./printable.ts";
import type {DocumentSummary} from "./extract-corpus.ts";

/**
 * Formats the per-document summary as an aligned text table with warnings and errors below it, one line each: a
 * warning repeated in a document is printed once with its count ("(×3661)"), control characters in names are escaped.
 * Empty input gives the header only.
 */
export function formatSummary(summaries: readonly DocumentSummary[]): string {
  const header = ["document", "items", "tasks", "assignments", "indicators", "warnings"];
  const rows = summaries.map((s) => [
    printable(s.doc_id ?? s.source_file),
    ...(s.error
      ? ["-", "-", "-", "-", "ERROR"]
      : [s.items, s.tasks, s.assignments, s.indicators, s.warnings.length].map(String))
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padStart(c, widths[i]))).join("  ");
  const notes = summaries.flatMap((s) => [
    ...(s.error ? [`ERROR ${printable(s.source_file)}: ${printable(s.error)}`] : []),
    ...counted(s.warnings).map(([w, n]) => `warning ${s.doc_id}: ${printable(w)}${n > 1 ? ` (×${n})` : ""}`)
  ]);
  return [line(header), ...rows.map(line), ...(notes.length ? ["", ...notes] : [])].join("\n");
}

/** Each distinct warning once, in first-seen order, with how often it occurs. */
function counted(warnings: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts];
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;
