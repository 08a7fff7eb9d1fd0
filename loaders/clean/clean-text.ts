import {applyEdits, editState, type Edit} from "./apply-edits.ts";
import {noiseRules} from "./noise-rules.ts";
import {normalizeChars} from "../text/normalize-chars.ts";
import {CHINESE_NUMERAL_CHARS} from "../text/parse-chinese-numeral.ts";
import {shouldJoinLines} from "./should-join-lines.ts";
import type {CleanResult, NoiseSpan} from "../types.ts";

/**
 * Cleans scraped document text in three linear passes and records every removal with the exact raw text it removed
 * and its offset in the returned text: (1) characters are normalised one-for-one (normalizeChars: full-width ASCII →
 * half-width, so （）：；，→ ( ) : ; , while 、。《》〔〕【】“” are kept; Unicode spaces → " "); (2) boilerplate lines
 * and spans of data/noise-patterns.json and repeated lines are removed; (3) layout: indentation, trailing spaces,
 * runs of spaces and of blank lines (one blank line is kept) are removed ("whitespace"), spaces between Chinese
 * characters are removed ("space-in-word"), a line break inside a word is joined ("line-join") and a missing "(" is
 * restored before "一)" when the document writes "(一)" elsewhere ("missing-bracket", an insertion recorded with empty
 * text). Spans of raw already known to be noise (`noise`, sorted: a PDF's running headers and page numbers) are removed
 * before pass 2, each recorded under its own kind. Boilerplate is short: rules remove lines and spans of at most 300
 * characters, and when they would remove more than a fifth of the document (and over 1,000 characters) none is applied
 * and `warnings` says so. Empty or null input returns {text: "", removed: []}.
 */
export function cleanText(raw: string, noise: readonly NoiseSpan[] = []): CleanResult {
  if (raw == null || raw === "") return {text: "", removed: []};
  let state = editState(raw, normalizeChars(raw));
  if (noise.length > 0) state = applyEdits(state, [...noise]);
  const edits = noiseEdits(state.text);
  const noiseChars = edits.reduce((n, e) => n + e.end - e.start, 0);
  const share = noiseChars / state.text.length;
  const warnings: string[] = [];
  if (share > MAX_NOISE_SHARE && noiseChars > MIN_HELD_BACK) {
    const kinds = [...new Set(edits.map((e) => e.kind))].slice(0, 3).join(", ");
    warnings.push(`noise rules would remove ${Math.round(share * 100)}% of the text (${kinds}); nothing removed`);
  } else state = applyEdits(state, edits);
  state = applyEdits(state, layoutEdits(state.text));
  return warnings.length
    ? {text: state.text, removed: state.removed, warnings}
    : {text: state.text, removed: state.removed};
}

/** Noise rules may remove at most this share of a document; above it they are all taken back, with a warning… */
const MAX_NOISE_SHARE = 0.2;
/** …unless they remove this many characters or fewer (a short page with its boilerplate). */
const MIN_HELD_BACK = 1000;
/** Line and tail rules apply to lines up to this long, and inline spans up to this long are removed: boilerplate is short. */
const MAX_NOISE_SPAN = 300;

/** Pass 2: boilerplate lines and spans, and a non-blank line repeating the previous kept non-blank line. */
function noiseEdits(text: string): Edit[] {
  const rules = noiseRules();
  const edits: Edit[] = [];
  let previous = "";
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length : nl + 1;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    if (trimmed === "") {
      start = next;
      continue;
    }
    const lineRule = rules.find(
      (rule) =>
        rule.scope !== "inline" &&
        line.length <= MAX_NOISE_SPAN &&
        (rule.scope === "line" || start >= text.length * (1 - rule.tailShare)) &&
        rule.extract(line)
    );
    if (lineRule) {
      edits.push({start, end: lineRule.scope === "tail" ? text.length : next, kind: lineRule.name});
      if (lineRule.scope === "tail") break;
      start = next;
      continue;
    }
    if (trimmed.length >= 6 && trimmed === previous) {
      edits.push({start, end: next, kind: "duplicate-line"});
      start = next;
      continue;
    }
    const spans = inlineSpans(line, rules);
    const rest = spans.length ? removeSpans(line, spans).trim() : trimmed;
    if (spans.length && rest === "") {
      // The whole line is noise: the spans take the whitespace around them and the line break.
      spans.forEach(([, e, kind], k) => {
        const s = k === 0 ? 0 : spans[k - 1][1];
        edits.push({start: start + s, end: k === spans.length - 1 ? next : start + e, kind});
      });
    } else for (const [s, e, kind] of spans) edits.push({start: start + s, end: start + e, kind});
    previous = spans.length && rest === "" ? previous : rest;
    start = next;
  }
  return edits;
}

function inlineSpans(line: string, rules: ReturnType<typeof noiseRules>): [number, number, string][] {
  const spans: [number, number, string][] = [];
  for (const rule of rules) {
    if (rule.scope !== "inline") continue;
    const span = rule.extract(line);
    if (span && span[1] - span[0] <= MAX_NOISE_SPAN && !spans.some(([s, e]) => span[0] < e && s < span[1]))
      spans.push([span[0], span[1], rule.name]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function removeSpans(line: string, spans: [number, number, string][]): string {
  let out = "";
  let pos = 0;
  for (const [s, e] of spans) ((out += line.slice(pos, s)), (pos = e));
  return out + line.slice(pos);
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** Chinese characters and the Chinese punctuation kept by normalizeChars. */
const CJK =
  /[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014-\u301b\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/;
/** ASCII punctuation that full-width Chinese punctuation became. */
const ASCII_PUNCT = /[,:;()!?]/;
const CN_NUMERAL_CLOSE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]{1,3}\\)`);
const CN_PAREN_LABEL = new RegExp(`(?:^|\\n)\\s*\\([${CHINESE_NUMERAL_CHARS}]{1,3}\\)`);

/** Pass 3: whitespace runs, spaces inside words, lines broken inside a word, and missing opening brackets. */
function layoutEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const usesParenLabels = CN_PAREN_LABEL.test(text);
  const fixBracket = (at: number) => {
    if (usesParenLabels && CN_NUMERAL_CLOSE.test(text.slice(at, at + 4)))
      edits.push({start: at, end: at, insert: "(", kind: "missing-bracket"});
  };
  if (text[0] !== " " && text[0] !== "\n") fixBracket(0);
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c !== " " && c !== "\n") continue;
    const rs = i;
    let newlines = 0;
    let firstNl = -1;
    let lastNl = -1;
    while (i < text.length && (text[i] === " " || text[i] === "\n")) {
      if (text[i] === "\n") ((newlines += 1), (lastNl = i), firstNl === -1 && (firstNl = i));
      ++i;
    }
    const re = i;
    i = re - 1;
    if (rs === 0 || re === text.length) {
      edits.push({start: rs, end: re, kind: "whitespace"});
      if (rs === 0) fixBracket(re);
      continue;
    }
    const before = text[rs - 1];
    const after = text[re];
    if (newlines === 0) {
      if (CJK.test(before) && CJK.test(after)) {
        edits.push({start: rs, end: re, kind: HAN.test(before) && HAN.test(after) ? "space-in-word" : "whitespace"});
      } else if ((CJK.test(before) && ASCII_PUNCT.test(after)) || (ASCII_PUNCT.test(before) && CJK.test(after))) {
        edits.push({start: rs, end: re, kind: "whitespace"});
      } else if (re - rs > 1) edits.push({start: rs + 1, end: re, kind: "whitespace"});
      continue;
    }
    if (newlines === 1 && shouldJoinLines(lineBefore(text, rs), lineAfter(text, firstNl + 1), text)) {
      edits.push({start: rs, end: re, kind: "line-join"});
      continue;
    }
    if (firstNl > rs) edits.push({start: rs, end: firstNl, kind: "whitespace"});
    if (newlines > 1) {
      if (lastNl > firstNl + 1) edits.push({start: firstNl + 1, end: lastNl, kind: "whitespace"});
      if (re > lastNl + 1) edits.push({start: lastNl + 1, end: re, kind: "whitespace"});
    } else if (re > firstNl + 1) edits.push({start: firstNl + 1, end: re, kind: "whitespace"});
    fixBracket(re);
  }
  return edits;
}

function lineBefore(text: string, end: number): string {
  return text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
}

function lineAfter(text: string, start: number): string {
  const nl = text.indexOf("\n", start);
  return text.slice(start, nl === -1 ? text.length : nl);
}
