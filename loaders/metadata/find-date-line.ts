import {parseDate} from "../text/parse-date.ts";

/** A line that is only a date, optionally followed by 印发/发布. */
const DATE_LINE =
  /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|[〇○零O一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*(?:印发|发布|制发)?\s*$/;

/** The last line of a text that is only a date (a signature date): its line index among `lines` and ISO date; null when there is none, and for empty input. */
export function findDateLine(lines: string[]): {index: number; date: string} | null {
  if (lines == null) return null;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (!DATE_LINE.test(lines[i])) continue;
    const date = parseDate(lines[i]);
    if (date) return {index: i, date};
  }
  return null;
}
