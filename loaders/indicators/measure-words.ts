import {parseCsv} from "../read/read-data-csv.ts";
import {readDataFile} from "../read/read-data-file.ts";
import {stripCommentLines} from "../read/strip-comment-lines.ts";

/** A unit that makes a number an indicator, as listed in `data/measure-words.csv`. */
export interface MeasureWord {
  unit: string;
  /** person | count | rate | duration | study_hours | money | group (kinds or batches: 种, 类, 批) | other. */
  family: string;
  /** Whether a Chinese numeral followed by this unit counts something. */
  cn: boolean;
  /** Values above this are flagged as implausible; null for no limit. */
  max: number | null;
}

/** Parses measure-word CSV text (comment lines allowed), longest unit first; empty text returns []. */
export function parseMeasureWords(text: string | null | undefined): MeasureWord[] {
  return parseCsv(stripCommentLines(text))
    .filter((row) => row.unit)
    .map((row) => ({
      unit: row.unit,
      family: row.family || "other",
      cn: row.cn === "1",
      max: row.max ? Number(row.max) : null
    }))
    .sort((a, b) => b.unit.length - a.unit.length);
}

/** The measure words of `data/measure-words.csv`, longest unit first. */
export const measureWords: MeasureWord[] = parseMeasureWords(readDataFile("measure-words.csv"));

const byUnit = new Map(measureWords.map((word) => [word.unit, word]));

/** Looks up a unit ("％" is read as "%"); an unknown or empty unit returns undefined. */
export function measureWord(unit: string | null | undefined): MeasureWord | undefined {
  return unit == null ? undefined : byUnit.get(unit === "％" ? "%" : unit);
}
