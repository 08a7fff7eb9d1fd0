import {fixedNumeralPhrases} from "./fixed-numeral-phrases.ts";
import {measureWords} from "./measure-words.ts";
import {parseNumber} from "../text/parse-number.ts";

/** A quantity or a year mention found by a number pattern. Offsets index the scanned text. */
export type NumberToken =
  | {
      type: "quantity";
      /** The pattern that found it. */
      pattern: string;
      value: number;
      unit: string;
      approx: boolean;
      /** Span including approximators (约…, …余, …左右). */
      start: number;
      end: number;
      /** Span of the quantity as written, numeral through unit ("2.4万人次"). */
      value_start: number;
      value_end: number;
    }
  | {type: "year"; year: number; start: number; end: number};

/** One alternative of a pattern match: its captures and their offsets (capture 0 is the whole match). */
export interface PatternMatch {
  text: string;
  group(i: number): string | undefined;
  start(i: number): number;
  end(i: number): number;
}

/**
 * A rule: `pattern` is regex source (no named groups), `extract` turns a match into tokens ([] = not an indicator).
 * `first`, a regex character class, holds every character a match of `pattern` can begin with: when every rule has
 * one, the scan tries the rules only at those characters (a third of the scan's time on the bench corpus, issue 15).
 */
export interface NumberPattern {
  name: string;
  pattern: string;
  first?: string;
  extract: (m: PatternMatch) => NumberToken[];
}

const D = "[0-9０-９]";
const NUM = `${D}{1,3}(?:[,，]${D}{3})+(?!${D})(?:[.．]${D}+)?|${D}+(?:[.．]${D}+)?`;
const CN_CHARS = "零〇一二三四五六七八九十百千万亿两";
const CN = `[${CN_CHARS}]+`;
const PRE = "约|大约|近|将近|接近|超过|逾|超";
/** The first characters of the rules (NumberPattern.first): a digit; an approximator or a digit; …. */
const D_FIRST = "[0-9０-９]";
const PRE_CHARS = [...new Set(PRE.split("|").map((w) => w[0]))].join("");
const PRE_D_FIRST = `[${PRE_CHARS}0-9０-９]`;
const MULT = "万亿|千万|百万|十万|亿|万|千";
const SUF = "余|多";
/** Not inside another number, a code or an ordinal. */
const NB = "(?<![0-9０-９.．A-Za-z第])";
const SEP = "(?:-|－|~|～|—|–|至|到)";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** 日 counts only before 内 (15日内); anywhere else it ends a date. */
const UNITS = measureWords.map((w) => escape(w.unit)).join("|");
const CN_UNITS = measureWords
  .filter((w) => w.cn)
  .map((w) => escape(w.unit))
  .join("|");
/** The numeral 一 counts only after a frequency or quantity word ("每年一次", "至少一次"), not in "一窗受理". */
const ONE_CUE = /(至少|不少于|不低于|不超过|每年|每季度|每月|每周|每半年|听取|召开|举办|开展|组织|进行|举行|仅|只)$/;
/** Bare 百/千/万 ("万家", "千家万户") count only with 余/多 ("百余人"). */
const BARE_MAGNITUDE = /^[百千万亿]+$/;

const none = (): NumberToken[] => [];
/** An approximator matched (约…, …余, …左右); 以上 is never one, as no rule captures it. */
const approxOf = (...parts: (string | undefined)[]) => parts.some((p) => p != null);
const unitOf = (unit: string) => (unit === "％" ? "%" : unit);

function quantity(
  m: PatternMatch,
  pattern: string,
  value: number | null,
  unit: string,
  approx: boolean,
  valueStart: number,
  valueEnd: number
): NumberToken[] {
  if (value == null || !Number.isFinite(value)) return [];
  return [
    {
      type: "quantity",
      pattern,
      value,
      unit: unitOf(unit),
      approx,
      start: m.start(0),
      end: m.end(0),
      value_start: valueStart,
      value_end: valueEnd
    }
  ];
}

function year(m: PatternMatch, i: number): NumberToken[] {
  const y = parseNumber(m.group(i) ?? "");
  return y != null && y >= 1900 && y <= 2100 ? [{type: "year", year: y, start: m.start(0), end: m.end(0)}] : [];
}

/** Whether a Chinese-numeral match at [start, end) overlaps a fixed phrase such as 两个维护. */
function inFixedPhrase(text: string, start: number, end: number): boolean {
  for (const phrase of fixedNumeralPhrases) {
    const from = Math.max(0, start - phrase.length + 1);
    const window = text.slice(from, end + phrase.length - 1);
    for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
      if (from + at < end && from + at + phrase.length > start) return true;
    }
  }
  return false;
}

/**
 * Number-with-unit rules, tried in order at each position: skips (dates, ordinals, phone numbers) come first. A
 * document number (〔2023〕62号), a version (4.0版) or a Chinese month and day (十二月三十一日) has no number followed
 * by a measure word, so it yields nothing without a rule of its own (test/indicators/number-patterns.test.ts).
 */
export const numberPatterns: NumberPattern[] = [
  {name: "iso-date", first: D_FIRST, pattern: `${NB}${D}{4}[-/.．]${D}{1,2}[-/.．]${D}{1,2}(?!${D})`, extract: none},
  {name: "year-range", first: D_FIRST, pattern: `${NB}${D}{4}\\s*${SEP}\\s*${D}{4}\\s*年?(?:度)?`, extract: none},
  {
    name: "year-date",
    first: D_FIRST,
    pattern: `${NB}(${D}{4})\\s*年(?:度)?(?:\\s*${D}{1,2}\\s*月(?:份)?(?:\\s*${D}{1,2}\\s*[日号])?)?`,
    extract: (m) => year(m, 1)
  },
  {
    name: "cn-year",
    first: "[〇零一二三四五六七八九]",
    pattern: "([〇零一二三四五六七八九]{4})年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?",
    extract: (m) => year(m, 1)
  },
  {name: "month-day", first: D_FIRST, pattern: `${NB}${D}{1,2}\\s*月(?:份|\\s*${D}{1,2}\\s*[日号])?`, extract: none},
  {name: "ordinal", first: "第", pattern: `第\\s*(?:${D}+|${CN})`, extract: none},
  {name: "phone", first: D_FIRST, pattern: `${NB}${D}{3,4}-${D}{7,8}(?!${D})`, extract: none},
  {
    // "3-5个工作日", "10%至20%", "3至5万元": two quantities; a multiplier on the second applies to both.
    name: "range",
    first: PRE_D_FIRST,
    pattern: `${NB}(${PRE})?(${NUM})[ \\t]?(${MULT})?[ \\t]?(${UNITS})?[ \\t]?${SEP}[ \\t]?(${NUM})[ \\t]?(${SUF})?(${MULT})?(${SUF})?[ \\t]?(${UNITS})(余|多|左右)?`,
    extract: (m) => {
      const unit = m.group(9)!;
      if (m.group(4) != null && unitOf(m.group(4)!) !== unitOf(unit)) return [];
      const approx = approxOf(m.group(1), m.group(6), m.group(8), m.group(10));
      const mult = m.group(7) ?? "";
      const first = quantity(
        m,
        "range",
        parseNumber((m.group(2) ?? "") + (m.group(3) ?? mult)),
        unit,
        approx,
        m.start(2),
        m.end(4) > 0 ? m.end(4) : m.end(3) > 0 ? m.end(3) : m.end(2)
      );
      const second = quantity(m, "range", parseNumber((m.group(5) ?? "") + mult), unit, approx, m.start(5), m.end(9));
      return [...first, ...second];
    }
  },
  {
    name: "days-within",
    first: PRE_D_FIRST,
    pattern: `${NB}(${PRE})?(${NUM})[ \\t]?日(?=内|以内|之内)`,
    extract: (m) =>
      quantity(m, "days-within", parseNumber(m.group(2)), "日", approxOf(m.group(1)), m.start(2), m.end(0))
  },
  {
    name: "arabic",
    first: PRE_D_FIRST,
    pattern: `${NB}(${PRE})?(${NUM})[ \\t]?(${SUF})?(${MULT})?(${SUF})?[ \\t]?(${UNITS})(余|多|左右)?`,
    extract: (m) =>
      quantity(
        m,
        "arabic",
        parseNumber((m.group(2) ?? "") + (m.group(4) ?? "")),
        m.group(6)!,
        approxOf(m.group(1), m.group(3), m.group(5), m.group(7)),
        m.start(2),
        m.end(6)
      )
  },
  {
    name: "cn-percent",
    first: `[${PRE_CHARS}百]`,
    pattern: `(${PRE})?百分之(${CN})(?:点([零〇一二三四五六七八九]+))?`,
    extract: (m) => {
      const written = m.group(2)! + (m.group(3) != null ? `点${m.group(3)}` : "");
      return quantity(
        m,
        "cn-percent",
        parseNumber(written),
        "%",
        approxOf(m.group(1)),
        m.start(0) + (m.group(1)?.length ?? 0),
        m.end(0)
      );
    }
  },
  {
    // 分三批, 两批, 十余次: a Chinese numeral counts only before a measure word, outside quotes and fixed phrases.
    name: "cn-quantity",
    first: `[${PRE_CHARS}${CN_CHARS}]`,
    pattern: `(?<![第届每“"「『‘《〈零〇一二三四五六七八九十百千万亿两])(${PRE})?(${CN})(${SUF})?(${CN_UNITS})(余|多|左右)?(?!性)`,
    extract: (m) => {
      const numeral = m.group(2)!;
      const suffix = m.group(3);
      if (BARE_MAGNITUDE.test(numeral) && suffix == null) return [];
      if (m.group(4) === "个" && m.text[m.end(4)] === "月") return []; // 三个月: a period, not a count
      if (numeral === "一" && !ONE_CUE.test(m.text.slice(Math.max(0, m.start(2) - 4), m.start(2)))) return [];
      if (inFixedPhrase(m.text, m.start(2), m.end(4))) return [];
      return quantity(
        m,
        "cn-quantity",
        parseNumber(numeral),
        m.group(4)!,
        approxOf(m.group(1), suffix, m.group(5)),
        m.start(2),
        m.end(4)
      );
    }
  }
];
