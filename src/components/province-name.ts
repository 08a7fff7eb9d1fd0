import {provinceNames} from "./province-names.js";

// Official name → English, plus the short form (内蒙古, 广西, 北京) of each.
const english = new Map<string, string>(
  provinceNames.flatMap(([zh, en]) => [
    [zh, en],
    [zh.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, ""), en]
  ])
);

/**
 * A province's name in the language given: in English from the table of the 34 provincial-level units (full or short
 * Chinese name: 内蒙古自治区 or 内蒙古 → "Inner Mongolia"); a name not in the table, and every name in Chinese, is
 * returned as it is. Null gives "".
 */
export function provinceName(name: string | null | undefined, lang: "zh" | "en"): string {
  if (name == null) return "";
  return lang === "en" ? (english.get(name.trim()) ?? name) : name;
}
