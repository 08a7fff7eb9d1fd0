import type {IndicatorSummary} from "../../loaders/site/indicator-summary.ts";
import {jurisdictionLabel} from "./labels.js";

type Entry = IndicatorSummary["indicators"][string];

const EMPTY: Entry = {points: [], boxes: null, flagged: [], doc_types: [], years: [], units: [], kinds: []};

/**
 * What /indicators shows for one indicator id: its summary entry (an empty one for an unknown id or none), and the
 * rows its chart downloads: the points with the jurisdiction named in the page's language, or the boxes with
 * their median's quote flattened into columns (null for the form not drawn).
 */
export function indicatorEntry(summary: IndicatorSummary, id: string | null | undefined, lang: "zh" | "en") {
  const entry = (id != null && summary.indicators[id]) || EMPTY;
  const points = entry.points?.map((d) => ({...d, jurisdiction: jurisdictionLabel(d, {lang})})) ?? null;
  const boxes =
    entry.boxes?.map((d) => ({
      ...d,
      median_quote: d.cites.median.quote,
      median_doc_id: d.cites.median.doc_id,
      median_row_id: d.cites.median.indicator_row_id
    })) ?? null;
  return {entry, points, boxes};
}
