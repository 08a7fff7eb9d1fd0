import {pinyinWord} from "../metadata/english-place-name.ts";
import {readDataFile} from "../read/read-data-file.ts";

const parts = (JSON.parse(readDataFile("agency-name-english.json")) as {parts: [string, string][]}).parts
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * An English name for an agency the alias table does not know: known name parts are translated from the end
 * (管委会 → Administrative Committee, 开发区 → Development Zone, 局 → Bureau) and what is left is transliterated
 * in pinyin: 库尔勒经济技术开发区管委会 → "Kuerle Economic and Technological Development Zone Administrative
 * Committee". Null or empty input returns "".
 */
export function englishAgencyName(name: string | null | undefined): string {
  let stem = (name ?? "").replace(/[()（）]/g, "");
  const english: string[] = [];
  for (let part = match(stem); part && stem.length > part[0].length; part = match(stem)) {
    english.unshift(part[1]);
    stem = stem.slice(0, -part[0].length);
  }
  if (stem && match(stem)?.[0] === stem) return [match(stem)![1], ...english].join(" ");
  return [stem ? pinyinWord(stem) : "", ...english].filter(Boolean).join(" ");
}

function match(stem: string): [string, string] | undefined {
  return parts.find(([zh]) => stem.endsWith(zh));
}
