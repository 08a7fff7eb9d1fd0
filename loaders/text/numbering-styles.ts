import {CHINESE_NUMERAL_CHARS, parseChineseNumeral} from "./parse-chinese-numeral.ts";
import {FIELD_LINE} from "./unit-vocabulary.ts";

/** One way of writing an outline label, tried in order against the start of a line. */
export interface NumberingStyle {
  /** Stored in Item.style. */
  name: string;
  /**
   * Styles of one group are written variants of the same level: "(15)" between "14)" and "16)", or "一)" with its
   * opening bracket lost among "(一)" "(二)". The outline joins a variant to an open level of its group only when the
   * number continues that level's sequence.
   */
  group: string;
  /** Anchored at the start of the line's content; group 1 is the numeral. */
  pattern: RegExp;
  /** The numeral's value, or null when it is not a number. */
  extract: (numeral: string) => number | null;
  /**
   * Where the style is read: "table" only below a table header with a 序号 column (a bare "12" on a line is a row
   * number there and a page number anywhere else); "record" only where a unit label follows within the record.
   */
  context?: "table" | "record";
  /** The label as stored; by default the whole match ("(三)", "1."). A record field has the label "". */
  label?: (match: string) => string;
}

const CN = `([${CHINESE_NUMERAL_CHARS}]+)`;
const DIGITS = "([0-9０-９]{1,3})";
/** A number label must not run on into another digit: "1.2万", "3、4月" are quantities, not labels. */
const NOT_DIGIT = "(?![0-9０-９])";
const OPEN = "[(（]";
const CLOSE = "[)）]";
const CIRCLED = "([\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])";

/** Arabic digits, half- or full-width. */
function arabic(numeral: string): number | null {
  const n = Number(numeral.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return Number.isInteger(n) ? n : null;
}

/** ⑴ … ⒇ and ⒈ … ⒛: one character standing for a bracketed or dotted number. */
function enclosed(numeral: string): number | null {
  const c = numeral.codePointAt(0) ?? 0;
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1;
  if (c >= 0x2488 && c <= 0x249b) return c - 0x2488 + 1;
  return null;
}

/** ㈠ … ㈩: a parenthesised Chinese numeral in one character. */
function parenIdeograph(numeral: string): number | null {
  const c = numeral.codePointAt(0) ?? 0;
  return c >= 0x3220 && c <= 0x3229 ? c - 0x3220 + 1 : null;
}

/** Bullets carry no number: every bullet is the next one of its list. */
const bullet = () => 1;

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿. */
function circled(numeral: string): number | null {
  const c = numeral.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return null;
}

/** Outline label styles, tried in order; the first whose pattern matches and whose numeral parses wins. */
export const numberingStyles: NumberingStyle[] = [
  {name: "cn-chapter", group: "cn-chapter", pattern: new RegExp(`^第${CN}章`), extract: parseChineseNumeral},
  {name: "cn-section", group: "cn-section", pattern: new RegExp(`^第${CN}节`), extract: parseChineseNumeral},
  {name: "cn-part", group: "cn-part", pattern: new RegExp(`^第${CN}部分`), extract: parseChineseNumeral},
  {name: "cn-article", group: "cn-article", pattern: new RegExp(`^第${CN}条`), extract: parseChineseNumeral},
  {name: "cn-dun", group: "cn-dun", pattern: new RegExp(`^${CN}[、､]`), extract: parseChineseNumeral},
  {name: "cn-dot", group: "cn-dun", pattern: new RegExp(`^${CN}[.．]${NOT_DIGIT}`), extract: parseChineseNumeral},
  {name: "cn-paren", group: "cn-paren", pattern: new RegExp(`^${OPEN}${CN}${CLOSE}`), extract: parseChineseNumeral},
  {name: "cn-half-paren", group: "cn-paren", pattern: new RegExp(`^${CN}${CLOSE}`), extract: parseChineseNumeral},
  {name: "cn-paren-char", group: "cn-paren", pattern: /^([\u3220-\u3229])/, extract: parenIdeograph},
  {
    name: "arabic-dot",
    group: "arabic-dot",
    pattern: new RegExp(`^${DIGITS}[.．](?![.．])${NOT_DIGIT}`),
    extract: arabic
  },
  {name: "arabic-dun", group: "arabic-dot", pattern: new RegExp(`^${DIGITS}[、､]${NOT_DIGIT}`), extract: arabic},
  {name: "arabic-paren", group: "arabic-paren", pattern: new RegExp(`^${OPEN}${DIGITS}${CLOSE}`), extract: arabic},
  {name: "arabic-half-paren", group: "arabic-paren", pattern: new RegExp(`^${DIGITS}${CLOSE}`), extract: arabic},
  {name: "paren-char", group: "arabic-paren", pattern: /^([\u2474-\u2487])/, extract: enclosed},
  {name: "dot-char", group: "arabic-dot", pattern: /^([\u2488-\u249b])/, extract: enclosed},
  {name: "circled", group: "circled", pattern: new RegExp(`^${CIRCLED}`), extract: circled},
  {
    name: "table-row",
    group: "table-row",
    pattern: /^([0-9０-９]{1,3})(?=[ \t\u3000]*(?:$|\|)|\t)/,
    extract: arabic,
    context: "table"
  },
  {
    name: "bullet",
    group: "bullet",
    pattern: /^(--|—{1,2}|[-•●○◆◇■□▲△►▶])(?=[ \u3000]?[\u4e00-\u9fff])/,
    extract: bullet
  },
  {name: "record", group: "record", pattern: FIELD_LINE, extract: () => 1, context: "record", label: () => ""}
];
