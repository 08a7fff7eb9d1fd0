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
  /** A real line written in this style (shown on /about; a spec checks that it matches this style). */
  example: string;
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
  {
    name: "cn-chapter",
    group: "cn-chapter",
    pattern: new RegExp(`^第${CN}章`),
    extract: parseChineseNumeral,
    example: "第一章 总则"
  },
  {
    name: "cn-section",
    group: "cn-section",
    pattern: new RegExp(`^第${CN}节`),
    extract: parseChineseNumeral,
    example: "第二节 行政决策"
  },
  {
    name: "cn-part",
    group: "cn-part",
    pattern: new RegExp(`^第${CN}部分`),
    extract: parseChineseNumeral,
    example: "第三部分 保障措施"
  },
  {
    name: "cn-article",
    group: "cn-article",
    pattern: new RegExp(`^第${CN}条`),
    extract: parseChineseNumeral,
    example: "第三条 行政机关应当…"
  },
  {
    name: "cn-dun",
    group: "cn-dun",
    pattern: new RegExp(`^${CN}[、､]`),
    extract: parseChineseNumeral,
    example: "二、具体任务和责任分工"
  },
  {
    name: "cn-dot",
    group: "cn-dun",
    pattern: new RegExp(`^${CN}[.．]${NOT_DIGIT}`),
    extract: parseChineseNumeral,
    example: "三．完善制度"
  },
  {
    name: "cn-paren",
    group: "cn-paren",
    pattern: new RegExp(`^${OPEN}${CN}${CLOSE}`),
    extract: parseChineseNumeral,
    example: "(一)健全政府机构职能体系"
  },
  {
    name: "cn-half-paren",
    group: "cn-paren",
    pattern: new RegExp(`^${CN}${CLOSE}`),
    extract: parseChineseNumeral,
    example: "一)扎实推进市域社会治理"
  },
  {
    name: "cn-paren-char",
    group: "cn-paren",
    pattern: /^([\u3220-\u3229])/,
    extract: parenIdeograph,
    example: "㈠严格规范公正文明执法"
  },
  {
    name: "arabic-dot",
    group: "arabic-dot",
    pattern: new RegExp(`^${DIGITS}[.．](?![.．])${NOT_DIGIT}`),
    extract: arabic,
    example: "1.推进政府机构职能优化协同高效"
  },
  {
    name: "arabic-dun",
    group: "arabic-dot",
    pattern: new RegExp(`^${DIGITS}[、､]${NOT_DIGIT}`),
    extract: arabic,
    example: "1、加强组织领导"
  },
  {
    name: "arabic-paren",
    group: "arabic-paren",
    pattern: new RegExp(`^${OPEN}${DIGITS}${CLOSE}`),
    extract: arabic,
    example: "(15)强化对各类企业合法权益的保护"
  },
  {
    name: "arabic-half-paren",
    group: "arabic-paren",
    pattern: new RegExp(`^${DIGITS}${CLOSE}`),
    extract: arabic,
    example: "5)推进简政便民"
  },
  {name: "paren-char", group: "arabic-paren", pattern: /^([\u2474-\u2487])/, extract: enclosed, example: "⑴完善程序"},
  {name: "dot-char", group: "arabic-dot", pattern: /^([\u2488-\u249b])/, extract: enclosed, example: "⒈加强领导"},
  {name: "circled", group: "circled", pattern: new RegExp(`^${CIRCLED}`), extract: circled, example: "①建立清单"},
  {
    name: "table-row",
    group: "table-row",
    pattern: /^([0-9０-９]{1,3})(?=[ \t\u3000]*(?:$|\|)|\t)/,
    extract: arabic,
    context: "table",
    example: "71|全面推行行政执法公示制度|区司法局"
  },
  {
    name: "bullet",
    group: "bullet",
    pattern: /^(--|—{1,2}|[-•●○◆◇■□▲△►▶])(?=[ \u3000]?[\u4e00-\u9fff])/,
    extract: bullet,
    example: "--配合信息系统建设,研究制订配套管理制度"
  },
  {
    name: "record",
    group: "record",
    pattern: FIELD_LINE,
    extract: () => 1,
    context: "record",
    label: () => "",
    example: "事 项:继续深化行政审批制度改革"
  }
];
