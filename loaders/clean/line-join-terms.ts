import {readDataFile} from "../read/read-data-file.ts";

let terms: string[] | null = null;

/** The words of data/line-join-terms.txt (comments and blank lines skipped), loaded once; never null. */
export function lineJoinTerms(): string[] {
  return (terms ??= readDataFile("line-join-terms.txt")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== ""));
}
