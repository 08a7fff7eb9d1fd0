import {endMatterRules} from "./end-matter-rules.ts";
import {markTasks} from "./mark-tasks.ts";
import {matchLabel, type LabelMatch} from "../text/match-label.ts";
import {FIELD_LINE, LABEL_SOURCE} from "../text/unit-vocabulary.ts";
import type {DocType, Item} from "../types.ts";

const DOC_TYPES: DocType[] = ["task_plan", "implementation_opinion", "annual_report", "work_points", "other"];

/** Longest heading kept; a longer first sentence is body text, not a title. */
const MAX_HEADING = 40;

/** Longest line taken for an issuer or signature line above a closing date. */
const MAX_ISSUER = 30;

interface Line {
  /** Offset of the content after leading whitespace. */
  contentStart: number;
  /** A piece of a physical line that starts where a label runs on inside it. */
  runIn?: boolean;
  /** Offset just past the content (before trailing whitespace and the line break). */
  end: number;
}

interface Mark extends LabelMatch {
  start: number;
  depth: number;
  /** Index in the marks array of the parent, or -1 at top level. */
  parent: number;
}

interface Level {
  /** Style of the label that opened the level; variants of its group may continue it. */
  style: string;
  group: string;
  last: number;
  mark: number;
}

/**
 * Splits normalised text into its numbered outline: one Item per line-initial label that fits the document's
 * numbering sequence, nested by the order in which styles first appear, with is_task marked; returns [] for null or
 * empty text or text without numbering.
 */
export function parseOutline(docId: string, text: string, docType: DocType): Item[] {
  if (typeof docId !== "string" || docId === "") throw new Error(`invalid docId: ${docId}`);
  if (!DOC_TYPES.includes(docType)) throw new Error(`invalid docType: ${docType}`);
  if (text == null || text === "") return [];
  const lines = splitRunIn(text, splitLines(text));
  const {marks, cuts} = scan(text, lines);
  return markTasks(toItems(docId, text, marks, cuts), docType);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(\n|$)/g;
  for (let m = re.exec(text); m != null && m[0] !== ""; m = re.exec(text)) {
    const raw = m[0];
    const lead = /^\s*/.exec(raw)![0].length;
    const trail = raw.length - raw.trimEnd().length;
    const start = m.index;
    lines.push({contentStart: start + lead, end: Math.max(start + lead, start + raw.length - trail)});
  }
  return lines;
}

/** A text with fewer line breaks than one per this many characters lost its layout (copied out of a PDF or a page). */
const FLATTENED = 300;

/** A character a run-on label can start with (a cheap test before matchLabel tries every style). */
const LABEL_START = /[0-9０-９(（第\u3220-\u3229\u2460-\u249b\u3251-\u325f\u32b1-\u32bf零〇一二三四五六七八九十百千两]/;

/** Where a label may start inside a line: after a sentence ends, or after any character in a flattened text. */
const AFTER_SENTENCE = /[。;；!?！？][ \t\u3000]*/g;
const ANYWHERE = /(?<=[\u4e00-\u9fff)）。;；!?！？])/g;

/**
 * Lines split again where a label runs on inside them ("…工作。2、推动争创法治建设工作。"; in a text with no line
 * breaks left, "…工作要点1、认真贯彻…"): each piece is read as a line, and the outline keeps a piece's label only when
 * its number fits the sequence, as for any line.
 */
function splitRunIn(text: string, lines: Line[]): Line[] {
  const flattened = text.length > FLATTENED && (text.match(/\n/g)?.length ?? 0) < text.length / FLATTENED;
  const out: Line[] = [];
  for (const line of lines) {
    const content = text.slice(line.contentStart, line.end);
    let from = line.contentStart;
    for (const m of content.matchAll(flattened ? ANYWHERE : AFTER_SENTENCE)) {
      const at = line.contentStart + m.index + m[0].length;
      if (at <= from || at >= line.end || !LABEL_START.test(text[at])) continue;
      const label = matchLabel(text.slice(at, line.end));
      if (label == null || label.group === "bullet" || label.group === "table-row") continue;
      out.push({contentStart: from, end: trimEndAt(text, from, at), runIn: from !== line.contentStart});
      from = at;
    }
    out.push({contentStart: from, end: line.end, runIn: from !== line.contentStart});
  }
  return out;
}

/** Finds accepted labels and the offsets where end matter cuts the span of the item before it. */
function scan(text: string, lines: Line[]): {marks: Mark[]; cuts: number[]} {
  const marks: Mark[] = [];
  const cuts: number[] = [];
  const lastAt = new Map<string, number>();
  const seen = new Set<string>();
  const contexts = new Set<string>();
  let stack: Level[] = [];
  let topGroup = "";
  let closed = false;
  let lastMarkLine = -1;
  // A page that starts inside a document (its first label is not 一、/(一)/第一章 …) may open each numbering style at
  // the number it has reached: "五、" then "16.", "(十七)", "2、" then "三、".
  let midStart = false;
  lines.forEach((line, i) => {
    const content = text.slice(line.contentStart, line.end);
    if (TABLE_HEADER.test(content)) contexts.add("table");
    if (FIELD_LINE.test(content) && recordFollows(text, lines, i)) contexts.add("record");
    else contexts.delete("record");
    if (marks.length > 0) {
      const rule = endMatterRules.find((r) => r.kind === "end" && r.pattern.test(content));
      if (rule != null) {
        if (!closed) cuts.push(rule.issuer ? issuerStart(text, lines, i, lastMarkLine) : line.contentStart);
        closed = true;
        stack = [];
        return;
      }
    }
    const label = matchLabel(content, contexts);
    if (label == null) return;
    // In a table the row numbers are the items; an Arabic-numbered line there is a grouping cell (二级指标 "1.…").
    if (contexts.has("table") && label.group !== "table-row" && !isChinese(label.group)) return;
    // After end matter only a fresh outline (an attached plan starting again at its first top-level label) is read.
    if (closed && (label.group !== topGroup || label.ordinal !== 1)) return;
    if (marks.length === 0) midStart = !(isChinese(label.group) && label.ordinal === 1);
    // A label inside a line must fit the sequence: a page's mid-document start is read only at line starts.
    const anyStart = !line.runIn && (marks.length === 0 || (midStart && !seen.has(label.style)));
    const slot = place(stack, lastAt, label, anyStart);
    if (slot == null) return;
    seen.add(label.style);
    const {at, style} = slot;
    closed = false;
    stack = stack.slice(0, at);
    marks.push({...label, start: line.contentStart, depth: at + 1, parent: at > 0 ? stack[at - 1].mark : -1});
    stack.push({style, group: label.group, last: label.ordinal, mark: marks.length - 1});
    lastAt.set(`${style}@${at + 1}`, label.ordinal);
    if (marks.length === 1) topGroup = label.group;
    lastMarkLine = i;
  });
  const closing = trailingClosing(text, lines, lastMarkLine);
  if (closing != null && !cuts.some((c) => c > marks[marks.length - 1].start && c <= closing)) cuts.push(closing);
  return {marks, cuts: cuts.sort((a, b) => a - b)};
}

/** True when `n` continues a sequence whose last number was `last`, tolerating one skipped number. */
function follows(n: number, last: number | undefined): boolean {
  return last != null && (n === last + 1 || n === last + 2);
}

/**
 * Where a label goes: the stack index of its level and that level's style, or null when the number does not fit the
 * outline (a false label). A style already open continues its level (or restarts it at 1); a variant of an open
 * level's group continues that level when its number is next; otherwise the label opens a new child level if it
 * starts at 1 (or 2, one skip), or continues a numbering that runs on across parents (1)…4) under 1., 5) under 2.).
 */
function place(
  stack: Level[],
  lastAt: Map<string, number>,
  label: LabelMatch,
  anyStart: boolean
): {at: number; style: string} | null {
  const {style, group, ordinal} = label;
  const open = stack.findIndex((l) => l.style === style);
  if (open >= 0) return ordinal === 1 || follows(ordinal, stack[open].last) ? {at: open, style} : null;
  if (ordinal > 1) {
    for (let j = stack.length - 1; j >= 0; j--) {
      if (stack[j].group === group && follows(ordinal, stack[j].last)) return {at: j, style: stack[j].style};
    }
  }
  // Chinese-numeral labels (一、, (一), 第一章) head Arabic and circled ones, never the reverse: after a stray
  // Arabic list (page noise, an enumeration) a Chinese label goes back up to the last Chinese level.
  let at = stack.length;
  if (isChinese(group)) while (at > 0 && !isChinese(stack[at - 1].group)) at--;
  if (ordinal <= 2 || anyStart || follows(ordinal, lastAt.get(`${style}@${at + 1}`))) return {at, style};
  return null;
}

/** A table header with a 序号 column: one cell per line ("序号"), or cells separated by tabs or bars. */
const TABLE_HEADER =
  /^序[ \t\u3000]*号(?:$|[ \t\u3000]*[\t|])|[\t|][ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*(?:[\t|]|$)/;

/** Lines of a record after its field line in which a unit label must appear ("事 项:…" then "牵头部门:…"). */
const RECORD_LINES = 4;
const UNIT_LABEL_LINE = new RegExp(`^(?:${LABEL_SOURCE})[ \t\u3000]*[:：]`);

/** Whether a unit label line follows the record field on line `i` before another field or numbered line. */
function recordFollows(text: string, lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + RECORD_LINES; j++) {
    const content = text.slice(lines[j].contentStart, lines[j].end);
    if (UNIT_LABEL_LINE.test(content)) return true;
    if (FIELD_LINE.test(content) || matchLabel(content) != null) return false;
  }
  return false;
}

function isChinese(group: string): boolean {
  return group.startsWith("cn-");
}

/** Start of the end matter closed by the date on line `i`: the date, or short issuer lines just above it. */
function issuerStart(text: string, lines: Line[], i: number, lastMarkLine: number): number {
  let start = lines[i].contentStart;
  for (let j = i - 1, taken = 0; j > lastMarkLine && taken < 3; j--) {
    const content = text.slice(lines[j].contentStart, lines[j].end);
    if (content === "") continue;
    if (content.length > MAX_ISSUER || /[。；;，,：:！？!?、]/.test(content)) break;
    start = lines[j].contentStart;
    taken++;
  }
  return start;
}

/** Start of a concluding paragraph after the last item ("综上…", "各级各部门要…"), or null. */
function trailingClosing(text: string, lines: Line[], lastMarkLine: number): number | null {
  if (lastMarkLine < 0) return null;
  for (let j = lastMarkLine + 1; j < lines.length; j++) {
    const content = text.slice(lines[j].contentStart, lines[j].end);
    if (endMatterRules.some((r) => r.kind === "closing" && r.pattern.test(content))) return lines[j].contentStart;
  }
  return null;
}

function toItems(docId: string, text: string, marks: Mark[], cuts: number[]): Item[] {
  const paths: string[] = [];
  const childCount = new Map<number, number>();
  return marks.map((mark, i) => {
    const position = (childCount.get(mark.parent) ?? 0) + 1;
    childCount.set(mark.parent, position);
    paths.push(mark.parent < 0 ? String(position) : `${paths[mark.parent]}.${position}`);
    const next = i + 1 < marks.length ? marks[i + 1].start : text.length;
    const cut = cuts.find((c) => c > mark.start && c < next);
    const end = trimEndAt(text, mark.start, cut ?? next);
    return {
      doc_id: docId,
      item_id: `${docId}:${paths[i]}`,
      parent_id: mark.parent < 0 ? null : `${docId}:${paths[mark.parent]}`,
      depth: mark.depth,
      label: mark.label,
      style: mark.style,
      ordinal: mark.ordinal,
      heading: headingOf(text.slice(mark.start + mark.length, end)),
      text: text.slice(mark.start, end),
      is_task: false,
      topic_id: null,
      char_start: mark.start,
      char_end: end
    };
  });
}

function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The first sentence or line after the label when it is short enough to be a title. */
function headingOf(rest: string): string | null {
  const first = /^[^。；;！？!?\n]*/.exec(rest.trimStart())![0];
  const heading = first.trim().replace(/[:：,，、]+$/, "");
  return heading === "" || heading.length > MAX_HEADING ? null : heading;
}
