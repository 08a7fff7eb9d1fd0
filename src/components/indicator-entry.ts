import type {IndicatorSummary} from "../../loaders/site/indicator-summary.ts";
import {inProvince} from "./in-province.js";
import {jurisdictionLabel} from "./labels.js";
import {notReportedRows} from "./not-reported.js";

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
 * the entry's points and the rows are that province's only; boxes stay those of every province. `reporting` is the
 * tile map's rows (per province: documents as value, values as n, with the indicator id), `notReported` the corpus's
 * documents without a drawn point, labelled "未报告" / "not reported" ([] when the entry has boxes).
 */
export function indicatorEntry(
  summary: IndicatorSummary,
  id: string | null | undefined,
  lang: "zh" | "en",
  province: string | null = null
) {
  const whole = (id != null && summary.indicators[id]) || EMPTY;
  const entry =
    province == null || !whole.points ? whole : {...whole, points: whole.points.filter(inProvince(province))};
  const points = entry.points?.map((d) => ({...d, jurisdiction: jurisdictionLabel(d, {lang})})) ?? null;
  const boxes =
    entry.boxes?.map((d) => ({
      ...d,
      median_quote: d.cites.median.quote,
      median_doc_id: d.cites.median.doc_id,
      median_row_id: d.cites.median.indicator_row_id
    })) ?? null;
  const reporting = entry.provinces.map((d) => ({
    province: d.province,
    value: d.documents,
    n: d.values,
    indicator_id: id ?? null
  }));
  const notReported = points
    ? notReportedRows(
        points,
        summary.documents.map((d) => ({...d, jurisdiction: jurisdictionLabel(d, {lang})})),
        {label: lang === "en" ? "not reported" : "未报告"}
      )
    : [];
  return {entry, points, boxes, reporting, notReported};
}
