import type {IndicatorSummary} from "../../loaders/site/indicator-summary.ts";
import {jurisdictionLabel} from "./labels.js";

type Entry = IndicatorSummary["indicators"][string];

const EMPTY: Entry = {
  points: [],
  boxes: null,
  flagged: [],
  provinces: [],
  doc_types: [],
  years: [],
  units: [],
  kinds: []
};

/**
 * What /indicators shows for one indicator id: its summary entry (an empty one for an unknown id or none), and the
 * rows its chart downloads: the points with the jurisdiction named in the page's language, or the boxes with
 * their median's quote flattened into columns (null for the form not drawn). With a province (the tile map's pick),
 * the entry's points and the rows are that province's only; boxes stay those of every province.
 */
export function indicatorEntry(
  summary: IndicatorSummary,
  id: string | null | undefined,
  lang: "zh" | "en",
  province: string | null = null
) {
  const whole = (id != null && summary.indicators[id]) || EMPTY;
  const entry =
    province == null || !whole.points ? whole : {...whole, points: whole.points.filter((d) => d.province === province)};
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
