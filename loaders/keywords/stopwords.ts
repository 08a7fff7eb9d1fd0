import {readDataFile} from "../read/read-data-file.ts";

let cache: Set<string> | null = null;

/** Returns the keyword stop list of `data/stopwords.txt` (one term a line, # comments skipped); never empty. */
export function stopwords(): Set<string> {
  cache ??= new Set(
    readDataFile("stopwords.txt")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
  );
  return cache;
}
