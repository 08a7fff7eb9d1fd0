import {readDataFile} from "../read/read-data-file.ts";
import {stripCommentLines} from "../read/strip-comment-lines.ts";

/** Parses a phrase list (one a line, "#" comments); empty text returns []. */
export function parseFixedNumeralPhrases(text: string | null | undefined): string[] {
  return stripCommentLines(text)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Fixed phrases whose Chinese numerals count nothing (两个维护, 三项制度…), from `data/fixed-numeral-phrases.txt`. */
export const fixedNumeralPhrases: string[] = parseFixedNumeralPhrases(readDataFile("fixed-numeral-phrases.txt"));
