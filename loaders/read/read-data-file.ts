import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

/** Returns the absolute path of a file in the repository's `data/` folder, whatever the working directory. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
}

/** Reads a UTF-8 file from `data/` (BOM stripped); throws `invalid data file: <name>` when it does not exist. */
export function readDataFile(name: string): string {
  let text: string;
  try {
    text = readFileSync(dataPath(name), "utf8");
  } catch {
    throw new Error(`invalid data file: ${name}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
