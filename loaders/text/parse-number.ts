import {parseChineseNumeral} from "./parse-chinese-numeral.ts";

const MULTIPLIERS: Record<string, number> = {百: 2, 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 万亿: 12};
const ARABIC = /^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?(百|千|万|十万|百万|千万|亿|万亿)?$/;
const CN_DIGITS: Record<string, string> = {
  零: "0",
  〇: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9"
};

/**
 * Parses a written number: Arabic with thousands separators, decimals and 万/亿 folding ("2.4万" → 24000 exactly),
 * full-width digits, Chinese numerals ("两万五千", "十九", "百分之九十五" → 95, "九十五点五"); returns null for null,
 * empty or unparsable input.
 */
export function parseNumber(written: string | null | undefined): number | null {
  if (written == null) return null;
  const s = toHalfWidth(written.trim()).replace(/^百分之/, "");
  if (s === "") return null;
  const arabic = ARABIC.exec(s);
  if (arabic) return shiftDecimal(arabic[1].replace(/,/g, ""), arabic[2] ?? "", MULTIPLIERS[arabic[3]] ?? 0);
  return parseChinese(s);
}

/** Multiplies "int.frac" by 10^shift on the digit string, so no binary rounding creeps in. */
function shiftDecimal(int: string, frac: string, shift: number): number {
  const digits = int + frac;
  const point = int.length + shift;
  const whole = point >= digits.length ? digits + "0".repeat(point - digits.length) : digits.slice(0, point);
  const rest = point >= digits.length ? "" : digits.slice(point);
  return Number(rest === "" ? whole : `${whole}.${rest}`);
}

/** "两万五千", "三亿", "九十五点五": sections split at 亿 and 万, each read by parseChineseNumeral. */
function parseChinese(s: string): number | null {
  const [int, frac, extra] = s.split("点");
  if (extra !== undefined || int === "") return null;
  const value = chineseInteger(int);
  if (value == null) return null;
  if (frac === undefined) return value;
  if (frac === "" || ![...frac].every((c) => c in CN_DIGITS)) return null;
  return shiftDecimal(String(value), [...frac].map((c) => CN_DIGITS[c]).join(""), 0);
}

function chineseInteger(s: string): number | null {
  let total = 0;
  let rest = s;
  for (const [mark, scale] of [
    ["亿", 1e8],
    ["万", 1e4]
  ] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const n = head === "" ? 1 : chineseInteger(head);
    if (n == null) return null;
    total += n * scale;
    rest = rest.slice(at + 1).replace(/^零/, "");
  }
  if (rest === "") return total;
  const n = parseChineseNumeral(rest);
  return n == null ? null : total + n;
}

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
