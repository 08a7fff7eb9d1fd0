import {pinyinWord} from "../metadata/english-place-name.ts";
import {readDataFile} from "../read/read-data-file.ts";

const table = JSON.parse(readDataFile("agency-name-english.json")) as {
  stems: [string, string][];
  parts: [string, string][];
};
const byLength = (rows: [string, string][]) => rows.slice().sort((a, b) => b[0].length - a[0].length);
const parts = byLength(table.parts);
// Inside a name every known word counts, stems and parts alike (公安局交警 → Public Security Bureau Traffic Police).
const words = byLength([...table.stems, ...table.parts]);

/**
 * An English name for an agency the alias table does not know: known name parts are translated from the end
 * (管委会 → Administrative Committee, 开发区 → Development Zone, 局 → Bureau), what is left is read from the left as
 * known stems (市场 → Market, 网络安全 → Cybersecurity), and only the characters no stem covers are transliterated in
 * pinyin: 市场监督管理局 → "Market Regulation Bureau", 库尔勒经济技术开发区管委会 → "Ku'erle Economic and
 * Technological Development Zone Administrative Committee". Null or empty input returns "".
 */
export function englishAgencyName(name: string | null | undefined): string {
  let stem = (name ?? "").replace(/[()（）]/g, "");
  const english: string[] = [];
  for (let part = match(stem); part && stem.length > part[0].length; part = match(stem)) {
    english.unshift(part[1]);
    stem = stem.slice(0, -part[0].length);
  }
  return [...stemWords(stem), ...english].join(" ");
}

function match(stem: string): [string, string] | undefined {
  return parts.find(([zh]) => stem.endsWith(zh));
}

/** The stem in English words, left to right: the longest known word at each place, runs of unknown characters in pinyin. */
function stemWords(stem: string): string[] {
  const out: string[] = [];
  let unknown = "";
  for (let i = 0; i < stem.length;) {
    const word = words.find(([zh]) => stem.startsWith(zh, i));
    if (word) {
      if (unknown) out.push(pinyinWord(unknown));
      unknown = "";
      out.push(word[1]);
      i += word[0].length;
    } else unknown += stem[i++];
  }
  if (unknown) out.push(pinyinWord(unknown));
  return out;
}
