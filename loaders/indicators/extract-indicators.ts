import {classifyIndicator} from "./classify-indicator.ts";
import {detectIndicatorKind} from "./detect-indicator-kind.ts";
import {findTargetSection} from "./find-target-section.ts";
import {indicatorSubject} from "./indicator-subject.ts";
import {itemLocator} from "../outline/item-locator.ts";
import {measureWord} from "./measure-words.ts";
import {scanNumbers} from "./scan-numbers.ts";
import type {DocType, Indicator, Item} from "../types.ts";

/** Clause marks: the quote runs from the previous one to the next. */
const CLAUSE = /[，,。；;：:\n！？!?]/;
/** Sentence marks: the year and the kind are read from the sentence before the number. */
const SENTENCE = /[。！？!?\n]/;
/** How far to look for a clause or sentence mark, so a text without punctuation stays linear. */
const CLAUSE_REACH = 200;
const SENTENCE_REACH = 400;
const REPORT_TYPES = new Set<DocType>(["annual_report", "other"]);

/**
 * Extracts every quantity written with a unit or measure word as an indicator row (value with 万/亿 folded, unit, approx,
 * target or actual, year, the clause quoted exactly, the innermost containing item, the catalogue id, a flag when
 * implausible), in text order with one scan; empty text returns [].
 */
export function extractIndicators(
  docId: string,
  text: string,
  items: Item[],
  ctx: {docType: DocType; year: number | null}
): Indicator[] {
  if (typeof docId !== "string" || docId === "") throw new Error(`invalid docId: ${docId}`);
  if (text != null && typeof text !== "string") throw new Error(`invalid text: ${typeof text}`);
  if (ctx == null || typeof ctx !== "object") throw new Error(`invalid ctx: ${ctx}`);
  if (text == null || text === "") return [];
  const year = ctx.year ?? null;
  const targetFrom = REPORT_TYPES.has(ctx.docType) ? findTargetSection(text, year) : null;
  const locate = itemLocator(items);
  const rows: Indicator[] = [];
  let lastYear: {year: number; end: number} | null = null;
  let lastEnd = -1;
  /** The year a next-steps heading names ("2024年工作打算"): what its targets are about. */
  let sectionYear: number | null = null;
  for (const token of scanNumbers(text)) {
    if (token.type === "year") {
      lastYear = {year: token.year, end: token.end};
      if (targetFrom != null && sectionYear == null && token.start >= targetFrom && token.start < targetFrom + 40)
        sectionYear = token.year;
      continue;
    }
    const inTargetSection = targetFrom != null && token.start >= targetFrom;
    const item = locate(token.value_start);
    const floor = item ? item.char_start : 0;
    const ceiling = item ? item.char_end : text.length;
    const clauseStart = Math.min(token.start, Math.max(floor, markBefore(text, token.start, CLAUSE, CLAUSE_REACH)));
    const clauseEnd = Math.max(token.end, Math.min(ceiling, markAfter(text, token.end, CLAUSE, CLAUSE_REACH)));
    const sentenceStart = Math.min(
      clauseStart,
      Math.max(floor, markBefore(text, token.start, SENTENCE, SENTENCE_REACH))
    );
    const word = measureWord(token.unit);
    const family = word?.family ?? "other";
    // After a sibling quantity in the same clause, this one's words start after the last 、 ("A 3件、B 5件").
    let ownStart = Math.max(clauseStart, lastEnd);
    if (lastEnd > clauseStart) ownStart = afterLastListMark(text, ownStart, token.start);
    let subject = indicatorSubject(text.slice(ownStart, token.start), text.slice(token.end, clauseEnd), family);
    // "分别达到90%和95%": a bare number after a sibling in its clause counts the sibling's subject.
    if (subject === "" && lastEnd > clauseStart && rows.length > 0) subject = rows[rows.length - 1].subject;
    const quote = text.slice(clauseStart, clauseEnd);
    // Context: the sentence's earlier clauses and this number's own words, not its siblings in the clause.
    const ownEnd = nextStop(text, token.end, clauseEnd);
    const own = text.slice(ownStart, ownEnd);
    const context = text.slice(sentenceStart, Math.max(sentenceStart, clauseStart)) + own;
    const indicatorId = classifyIndicator(subject, context, token.unit);
    rows.push({
      doc_id: docId,
      indicator_row_id: `${docId}:n${rows.length}`,
      item_id: item ? item.item_id : null,
      indicator_id: indicatorId,
      subject,
      value: token.value,
      unit: token.unit,
      approx: token.approx,
      kind: detectIndicatorKind(ctx.docType, inTargetSection, text.slice(sentenceStart, token.start)),
      year:
        lastYear != null && lastYear.end > sentenceStart && lastYear.end <= token.start
          ? lastYear.year
          : inTargetSection
            ? (sectionYear ?? year)
            : year,
      quote,
      char_start: clauseStart,
      char_end: clauseEnd,
      value_start: token.value_start,
      value_end: token.value_end,
      flag:
        word?.max != null && token.value > word.max
          ? `${token.value} ${token.unit} exceeds the plausible maximum of ${word.max}`
          : null
    });
    lastEnd = token.end;
  }
  return rows;
}

/** Offset after the last 、 in [from, to), or from when there is none. */
function afterLastListMark(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; --i) if (text[i] === "、") return i + 1;
  return from;
}

/** End of a quantity's own words: the next 、 or digit after it, or the clause end. */
function nextStop(text: string, at: number, end: number): number {
  for (let i = at; i < end; ++i) if (text[i] === "、" || (text[i] >= "0" && text[i] <= "9")) return i;
  return end;
}

/** Offset just after the nearest mark before `at` (at most `reach` characters back). */
function markBefore(text: string, at: number, mark: RegExp, reach: number): number {
  const stop = Math.max(0, at - reach);
  for (let i = at - 1; i >= stop; --i) if (mark.test(text[i])) return i + 1;
  return stop;
}

/** Offset of the nearest mark at or after `at` (at most `reach` characters on). */
function markAfter(text: string, at: number, mark: RegExp, reach: number): number {
  const stop = Math.min(text.length, at + reach);
  for (let i = at; i < stop; ++i) if (mark.test(text[i])) return i;
  return stop;
}
