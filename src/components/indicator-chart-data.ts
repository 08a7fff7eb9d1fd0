import type {IndicatorPoint} from "../../loaders/site/indicator-summary.ts";
import {jurisdictionLabel} from "./labels.js";

/** The columns of a value the indicator chart reads. */
export type ChartPoint = Pick<
  IndicatorPoint,
  | "indicator_row_id"
  | "doc_id"
  | "jurisdiction"
  | "jurisdiction_en"
  | "year"
  | "value"
  | "unit"
  | "approx"
  | "kind"
  | "quote"
  | "doc_type"
  | "flag"
>;

/** A drawn value with its jurisdiction's label in the page's language, its row label and its colour. */
export type DrawnPoint = ChartPoint & {label: string; row: string; color: string};

/**
 * Splits an indicator's values into those the chart draws (each with its label, row "东胜区 2022" and the colour of
 * its jurisdiction id, so colours do not change with the language or with what is shown) and those it leaves out
 * because extraction flagged them as implausible (`flag`), for the note under the chart. Empty input gives two [].
 */
export function indicatorChartData<P extends ChartPoint>(
  points: P[],
  {lang = "zh", color}: {lang?: "zh" | "en"; color: (jurisdiction: string | null) => string}
): {drawn: (P & DrawnPoint)[]; left: P[]} {
  const drawn = points
    .filter((d) => d.flag == null)
    .map((d) => {
      const label = jurisdictionLabel(d, {lang});
      return {...d, label, row: `${label} ${d.year ?? ""}`.trim(), color: color(d.jurisdiction)};
    });
  return {drawn, left: points.filter((d) => d.flag != null)};
}
