import {parseCsv} from "../read/read-data-csv.ts";
import {readDataFile} from "../read/read-data-file.ts";
import {stripCommentLines} from "../read/strip-comment-lines.ts";

/** One canonical indicator of `data/indicator-catalogue.csv`, with its match rule compiled. */
export interface CatalogueIndicator {
  indicator_id: string;
  name_zh: string;
  name_en: string;
  unit: string;
  topic_id: string;
  kind_hint: string;
  /** The rule as written: regular expressions joined by "&", a leading "!" negating a part. */
  match: string;
  /** The compiled parts (`last` is a global copy for finding the last match); all must hold. */
  tests: {re: RegExp; last: RegExp; negate: boolean}[];
}

/** Parses catalogue CSV text (comment lines allowed) in row order; empty text returns []. */
export function parseIndicatorCatalogue(text: string | null | undefined): CatalogueIndicator[] {
  return parseCsv(stripCommentLines(text))
    .filter((row) => row.indicator_id && row.match)
    .map((row) => ({
      indicator_id: row.indicator_id,
      name_zh: row.name_zh,
      name_en: row.name_en,
      unit: row.unit,
      topic_id: row.topic_id,
      kind_hint: row.kind_hint,
      match: row.match,
      tests: row.match.split("&").map((part) => {
        const negate = part.startsWith("!");
        const source = negate ? part.slice(1) : part;
        return {re: new RegExp(source), last: new RegExp(source, "g"), negate};
      })
    }));
}

/** The indicator catalogue of `data/indicator-catalogue.csv`, in priority order. */
export const indicatorCatalogue: CatalogueIndicator[] = parseIndicatorCatalogue(
  readDataFile("indicator-catalogue.csv")
);
