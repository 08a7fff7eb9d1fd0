import {findDateLine} from "./find-date-line.ts";
import {parseDate} from "../text/parse-date.ts";

/** The ISO issue date and where it came from, with a warning when it is only the page's publication date. */
export interface IssuedDate {
  issued_date: string | null;
  source: "written-date-field" | "date-line" | "published-date-field" | null;
  warnings: string[];
}

/**
 * The date a document was issued: the 成文日期 field of the page's metadata block, else the last line that is only a
 * date (the signature date), else the page's 发布日期 with a warning. Empty input returns {issued_date: null}.
 */
export function detectIssuedDate(text: string, fields: Record<string, string> = {}): IssuedDate {
  const written = parseDate(fields?.written_date);
  if (written) return {issued_date: written, source: "written-date-field", warnings: []};
  const line = findDateLine((text ?? "").split("\n"));
  if (line) return {issued_date: line.date, source: "date-line", warnings: []};
  const published = parseDate(fields?.published_date);
  if (published) {
    return {
      issued_date: published,
      source: "published-date-field",
      warnings: ["issued_date is the web page's publication date"]
    };
  }
  return {issued_date: null, source: null, warnings: []};
}
