import {parseChineseNumeral} from "./parse-chinese-numeral.ts";

/** Date forms, tried in order: 2022年12月29日, 2022-12-29 / 2022.12.29 / 2022/12/29, 二〇二二年十二月二十九日. */
const DATE_FORMS: {
  name: string;
  pattern: RegExp;
  extract: (m: RegExpExecArray) => [number | null, number | null, number | null];
}[] = [
  {
    name: "arabic-nian-yue-ri",
    pattern: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    extract: (m) => [+m[1], +m[2], +m[3]]
  },
  {
    name: "arabic-separated",
    pattern: /((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/,
    extract: (m) => [+m[1], +m[2], +m[3]]
  },
  {
    name: "chinese-numerals",
    pattern:
      /([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/,
    extract: (m) => [
      parseChineseNumeral(m[1].replace(/[○O]/g, "〇")),
      parseChineseNumeral(m[2]),
      parseChineseNumeral(m[3])
    ]
  }
];

/** Parses the first date in a string to ISO yyyy-mm-dd ("2022年12月29日", "2022-12-29 00:00", "二〇二四年三月三十一日"); returns null when there is none or it is not a real date, and for empty input. */
export function parseDate(text: string | null | undefined): string | null {
  if (text == null || text === "") return null;
  for (const {pattern, extract} of DATE_FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = extract(m);
    if (y == null || mo == null || d == null) continue;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}
