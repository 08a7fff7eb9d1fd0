import {createRequire} from "node:module";
import {readDataFile} from "../read/read-data-file.ts";

const require = createRequire(import.meta.url);
const {pinyin} = require("pinyin-pro") as typeof import("pinyin-pro");
const rules = JSON.parse(readDataFile("place-name-english.json")) as {
  suffixes: [string, string][];
  ethnic: [string, string][];
};

/** Pinyin of a Chinese stem as one capitalised word, with an apostrophe before a, o, e syllables: 鄂尔多斯 → "E'erduosi". */
export function pinyinWord(stem: string): string {
  const syllables = pinyin(stem, {toneType: "none", type: "array", v: true}) as string[];
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * An English name for a Chinese jurisdiction name: the stem transliterated in pinyin, ethnic groups by their
 * English exonyms, and the level suffix translated (东胜区 → "Dongsheng District", 巴音郭楞蒙古自治州 →
 * "Bayinguoleng Mongol Autonomous Prefecture"). Conventional English names (Ordos, Bayingol) need a manifest
 * row. Null or empty input returns null.
 */
export function englishPlaceName(name: string | null | undefined): string | null {
  if (!name) return null;
  let stem = name;
  let suffix = "";
  const rule = rules.suffixes.find(([zh]) => stem.endsWith(zh) && stem.length > zh.length);
  if (rule) {
    // A one-character stem keeps its suffix in the pinyin, as is conventional: 城区 → Chengqu District, 和县 → Hexian County.
    if (stem.length - rule[0].length >= 2) stem = stem.slice(0, -rule[0].length);
    suffix = rule[1];
  }
  const groups: string[] = [];
  if (suffix.startsWith("Autonomous")) {
    for (let found = true; found;) {
      found = false;
      for (const [zh, en] of rules.ethnic) {
        if (stem.endsWith(zh) && stem.length > zh.length) {
          stem = stem.slice(0, -zh.length);
          if (en) groups.unshift(en);
          found = true;
          break;
        }
      }
    }
  }
  return [pinyinWord(stem), ...groups, suffix].filter(Boolean).join(" ");
}
