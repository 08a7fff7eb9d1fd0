import {docNumberYear, latestCitedYear} from "./detect-doc-number.ts";
import type {DocType} from "../types.ts";

/** A year that is not one end of a range such as "2020-2025年" or "2021—2025年". */
const SINGLE_YEAR = /(?<![\d\-—–~至])((?:19|20)\d{2})\s*年(?!\s*[-—–~至])/;
/** A first sentence opening with its year: "2023年,…", "2020年度,…", "2022年以来,…". */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})\s*年(?:度|以来)?\s*[,,]/;

export interface YearInput {
  docType: DocType;
  title?: string | null;
  text?: string | null;
  issuedDate?: string | null;
  docNumber?: string | null;
}

/** The year found and how, with a warning when it is only inferred. */
export interface DetectedYear {
  year: number | null;
  source: string | null;
  warnings: string[];
}

/** Where each genre takes its year from, in order. */
const SOURCES: Record<DocType, string[]> = {
  annual_report: ["title", "opening-sentence", "issued-date-minus-one"],
  work_points: ["title", "issued-date", "opening-sentence"],
  task_plan: ["issued-date", "doc-number", "title", "cited-doc-numbers"],
  implementation_opinion: ["issued-date", "doc-number", "title", "cited-doc-numbers"],
  other: ["issued-date", "doc-number", "title", "opening-sentence", "cited-doc-numbers"]
};

const WARNINGS: Record<string, string> = {
  "issued-date-minus-one": "year inferred as the year before the issue date",
  "cited-doc-numbers": "year inferred from the latest document number cited in the text"
};

/**
 * The year a document is about: a report's or work points' own year (title "2020年法治政府建设报告", else the opening
 * "2023年,…"), a plan's or opinion's year of issue (issue date, document number, title, else the latest year among the
 * document numbers it cites, with a warning). Ranges such as "(2020-2025年)" are never taken. Empty input returns null.
 */
export function detectYear({
  docType,
  title = null,
  text = "",
  issuedDate = null,
  docNumber = null
}: YearInput): DetectedYear {
  const body = text ?? "";
  const firstLines = body.split("\n", 12).filter((l) => l.trim() !== "" && l.trim() !== title?.trim());
  const from: Record<string, () => number | null> = {
    title: () => num(title ? SINGLE_YEAR.exec(title)?.[1] : undefined),
    "opening-sentence": () =>
      num(
        firstLines
          .slice(0, 3)
          .map((l) => OPENING_YEAR.exec(l)?.[1])
          .find(Boolean)
      ),
    "issued-date": () => num(issuedDate?.slice(0, 4)),
    "issued-date-minus-one": () => (issuedDate ? +issuedDate.slice(0, 4) - 1 : null),
    "doc-number": () => docNumberYear(docNumber),
    "cited-doc-numbers": () => latestCitedYear(body)
  };
  for (const source of SOURCES[docType] ?? SOURCES.other) {
    const year = from[source]();
    if (year != null) return {year, source, warnings: WARNINGS[source] ? [WARNINGS[source]] : []};
  }
  return {year: null, source: null, warnings: []};
}

function num(value: string | undefined | null): number | null {
  return value ? +value : null;
}
