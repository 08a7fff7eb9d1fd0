import {quoteHref, rangeFragment} from "./fragments.js";
import type {Quote} from "./mark-quotes.js";

interface Cited {
  doc_id: string;
  jurisdiction: string | null;
  year?: number | null;
  value: number;
  unit?: string;
  quote: string;
  char_start: number;
  char_end: number;
}

/** Link to a figure's range of its document's text: /document?id=<doc_id>#c<start>-<end>. */
export function figureHref(d: {doc_id: string; char_start: number; char_end: number}, prefix = "./"): string {
  return quoteHref(d.doc_id, rangeFragment(d.char_start, d.char_end), prefix);
}

/**
 * The quotes behind a mark of /indicators (markQuotes): a point's own quote, or a box's minimum, median and maximum
 * quotes (a row with `cites`), each labelled with its jurisdiction, year and value and linked to its range.
 */
export function indicatorQuotes(row: Cited | {cites: {min: Cited; median: Cited; max: Cited}}): Quote[] {
  const cited = "cites" in row ? [row.cites.min, row.cites.median, row.cites.max] : [row];
  return cited.map((d) => ({
    label: `${d.jurisdiction ?? d.doc_id}${d.year != null ? ` ${d.year}` : ""}: ${d.value}${d.unit ?? ""}`,
    text: d.quote,
    href: figureHref(d)
  }));
}
