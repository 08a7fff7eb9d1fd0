/** A document number: issuer abbreviation, year in 〔〕 [] () 【】, serial, 号 — "东依法委发〔2022〕3号". */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,15}[〔[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*第?\s*\d{1,5}\s*号/;
const OWN_LINE = new RegExp(`^\\s*(${DOC_NUMBER.source})\\s*$`);
/** Non-blank lines searched for a number on a line of its own. */
const TOP_LINES = 12;

/**
 * The document's own number: the 文号 field of the page's metadata block, else a number standing on a line of its
 * own among the first lines; numbers cited inside sentences (references to other documents) are never taken.
 * Returns null when there is none, and for empty input.
 */
export function detectDocNumber(text: string, fields: Record<string, string> = {}): string | null {
  const field = fields?.doc_number?.match(DOC_NUMBER)?.[0];
  if (field) return field.replace(/\s+/g, "");
  if (text == null || text === "") return null;
  const lines = text
    .split("\n", 80)
    .filter((l) => l.trim() !== "")
    .slice(0, TOP_LINES);
  for (const line of lines) {
    const m = OWN_LINE.exec(line);
    if (m) return m[1].replace(/\s+/g, "");
  }
  return null;
}

/** The year of a document number ("东依法委发〔2022〕3号" → 2022); null when there is none, and for empty input. */
export function docNumberYear(docNumber: string | null | undefined): number | null {
  const m = docNumber == null ? null : /[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]/.exec(docNumber);
  return m ? +m[1] : null;
}

/** The latest year among the document numbers cited anywhere in a text (a lower bound of its date); null when none is cited, and for empty input. */
export function latestCitedYear(text: string): number | null {
  if (text == null || text === "") return null;
  let latest: number | null = null;
  for (const m of text.matchAll(new RegExp(DOC_NUMBER.source, "g"))) {
    const year = docNumberYear(m[0]);
    if (year != null && (latest == null || year > latest)) latest = year;
  }
  return latest;
}
