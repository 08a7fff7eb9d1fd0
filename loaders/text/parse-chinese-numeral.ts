const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
};

const UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000};

/** The characters a Chinese numeral is written with, as the body of a regular-expression character class. */
export const CHINESE_NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(UNITS)].join("");

/**
 * Parses a Chinese numeral ("三十五" → 35, "两" → 2, "一百零五" → 105, "二〇二二" → 2022); returns null for
 * null, empty or malformed input.
 */
export function parseChineseNumeral(numeral: string | null | undefined): number | null {
  if (numeral == null) return null;
  const s = numeral.trim();
  if (s === "" || ![...s].every((c) => c in DIGITS || c in UNITS)) return null;
  if (s.length > 1 && [...s].every((c) => c in DIGITS)) return digitString(s);
  return positional(s);
}

/** "二〇二二" read digit by digit. */
function digitString(s: string): number {
  return [...s].reduce((n, c) => n * 10 + DIGITS[c], 0);
}

/** "三十五", "一百零五", "十二": digits multiplied by strictly decreasing units. */
function positional(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zero = false;
  for (const c of s) {
    if (c in UNITS) {
      const unit = UNITS[c];
      if (unit >= lastUnit || (zero && digit == null)) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      zero = false;
    } else if (c === "零" || c === "〇") {
      if (s === c) return 0;
      if (digit != null || lastUnit === Infinity || zero) return null;
      zero = true;
    } else {
      if (digit != null) return null;
      digit = DIGITS[c];
    }
  }
  if (digit == null) return zero ? null : total;
  if (lastUnit === Infinity || zero) return total + digit;
  // "一百五" is colloquial for 150: a trailing digit counts the next lower unit.
  return total + (digit * lastUnit) / 10;
}
