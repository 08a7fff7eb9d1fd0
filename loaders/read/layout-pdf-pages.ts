import type {PdfPage} from "./page-furniture.ts";
import type {PdfLine} from "./pdf-text-lines.ts";
import type {NoiseSpan} from "../types.ts";

/** Letters and digits: a line wrapped between two of them had a space there. */
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;
/**
 * What a line cannot be broken inside: opening brackets, then a Latin word or one character, then the closing
 * punctuation that may not start a line (the kinsoku rules browsers and word processors follow).
 */
const FIRST_GROUP =
  /^[\p{Ps}\p{Pi}<]*(?:[A-Za-z0-9\u00c0-\u024f.%/+-]+|.)(?:[\p{Pe}\p{Pf}>、。，,;；:：!！?？…—·]|[A-Za-z0-9\u00c0-\u024f.%/+-])*/u;
/** Estimated advance of a character in font sizes: ASCII about half an em, CJK a full em. */
const ASCII_WIDTH = 0.6;
/** Leeway (font sizes) when comparing the room left on a line with the next line's first group. */
const ROOM_LEEWAY = 0.25;
/** A baseline gap of more than this many line pitches is a blank line. */
const BLANK_LINE = 1.6;

/**
 * Lays out a PDF's pages as text: body lines that wrap (the next line starts at the left edge of the text block, not
 * indented, and its first word or character with the punctuation bound to it would not have fitted) are joined into one paragraph line with no space (one between two Latin
 * words); other lines end with a line break, and a gap of a blank line stays a blank line. Lines marked as furniture
 * (running headers, footers, page numbers) stay in the text on lines of their own, each returned as a noise span whose
 * removal leaves the paragraphs joined across the page break. No pages give {raw: "", noise: []}.
 */
export function layoutPdfPages(
  pages: readonly PdfPage[],
  furniture: readonly (readonly (string | null)[])[]
): {raw: string; noise: NoiseSpan[]} {
  const body = pages.flatMap((page, p) => page.lines.filter((_, i) => !furniture[p]?.[i]));
  const left = leftEdge(body);
  const right = rightEdge(body, Math.max(0, ...pages.map((d) => d.width)), left);
  const pitch = linePitch(pages, furniture);
  let raw = "";
  const noise: NoiseSpan[] = [];
  let previous: {line: PdfLine; page: number} | null = null;
  let pending: {text: string; kind: string}[] = [];
  pages.forEach((page, p) =>
    page.lines.forEach((line, i) => {
      const kind = furniture[p]?.[i];
      if (kind) return void pending.push({text: line.text, kind});
      const sep = previous ? separator(previous.line, line, previous.page === p, {left, right, pitch}) : "";
      raw = appendWithFurniture(raw, pending, sep, noise, previous === null);
      raw += line.text;
      pending = [];
      previous = {line, page: p};
    })
  );
  if (pending.length > 0) raw = appendWithFurniture(raw, pending, "", noise, previous === null, true);
  return {raw, noise};
}

/** What goes between two body lines: "" or " " when the first wraps into the second, else "\n" or "\n\n". */
function separator(
  a: PdfLine,
  b: PdfLine,
  samePage: boolean,
  {left, right, pitch}: {left: number; right: number; pitch: number}
): string {
  if (samePage && a.y - b.y > BLANK_LINE * pitch) return "\n\n";
  // A line wrapped when the next line starts at the left edge and its first unbreakable group did not fit after it.
  const room = right - a.right;
  const wraps =
    Math.abs(b.x - left) <= b.size / 2 &&
    Math.abs(a.size - b.size) < 0.5 &&
    room < (groupWidth(b.text) + ROOM_LEEWAY) * a.size;
  if (!wraps) return "\n";
  return WORD_CHAR.test(a.text.at(-1) ?? "") && WORD_CHAR.test(b.text[0] ?? "") ? " " : "";
}

/** The estimated width, in font sizes, of the group a line starts with (FIRST_GROUP). */
function groupWidth(text: string): number {
  let width = 0;
  for (const c of FIRST_GROUP.exec(text)?.[0] ?? "") width += c.charCodeAt(0) < 0x80 ? ASCII_WIDTH : 1;
  return width;
}

/**
 * Appends the separator with the pending furniture lines between, each on a line of its own and recorded as a noise
 * span that takes one line break with it, so that removing the spans leaves exactly `sep`.
 */
function appendWithFurniture(
  raw: string,
  pending: {text: string; kind: string}[],
  sep: string,
  noise: NoiseSpan[],
  atStart: boolean,
  atEnd = false
): string {
  if (pending.length === 0) return raw + sep;
  if (atStart) {
    // Before the first body line: "F\n" per line (the very last line of a text of furniture only has no "\n").
    pending.forEach(({text, kind}, k) => {
      const end = atEnd && k === pending.length - 1 ? "" : "\n";
      noise.push({start: raw.length, end: raw.length + text.length + end.length, kind});
      raw += text + end;
    });
    return raw;
  }
  // Between (or after) body lines: "\nF" per line; when sep has no line break, the last span takes the closing one.
  const keepsBreak = sep.startsWith("\n");
  pending.forEach(({text, kind}, k) => {
    const closing = !atEnd && !keepsBreak && k === pending.length - 1 ? 1 : 0;
    noise.push({start: raw.length, end: raw.length + 1 + text.length + closing, kind});
    raw += "\n" + text + (closing ? "\n" : "");
  });
  return raw + sep;
}

/** The left edge of the text block: the smallest x that two lines share (to the point), else the smallest x. */
function leftEdge(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : Math.min(...lines.map((d) => d.x));
}

/**
 * The right edge of the text block: the largest right end, within two font sizes of the largest, that another line
 * shares (to a point), so one overlong line does not move it. Unless three lines end there, it is taken no further
 * left than the left margin mirrored, less a font size: a text of short lines (headings, a list) has no full line to
 * show the edge, and its lines must not pass for wrapped.
 */
function rightEdge(lines: readonly PdfLine[], pageWidth: number, left: number): number {
  const rights = lines.map((d) => d.right).sort((a, b) => b - a);
  if (rights.length === 0) return pageWidth;
  const size = median(lines.map((d) => d.size));
  let edge = rights[0];
  for (let i = 0; i + 1 < rights.length && rights[i] >= rights[0] - 2 * size; ++i)
    if (rights[i] - rights[i + 1] <= 1) {
      edge = rights[i];
      break;
    }
  const ending = rights.filter((r) => Math.abs(r - edge) <= 1).length;
  return ending >= 3 ? edge : Math.max(edge, pageWidth - left - size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length > 0 ? sorted[(sorted.length - 1) >> 1] : 0;
}

/** The median baseline distance between consecutive body lines of a page (the lower median: a blank line is a larger gap). */
function linePitch(pages: readonly PdfPage[], furniture: readonly (readonly (string | null)[])[]): number {
  const gaps: number[] = [];
  pages.forEach((page, p) => {
    const lines = page.lines.filter((_, i) => !furniture[p]?.[i]);
    for (let i = 1; i < lines.length; ++i) if (lines[i - 1].y > lines[i].y) gaps.push(lines[i - 1].y - lines[i].y);
  });
  return gaps.length > 0 ? median(gaps) : Infinity;
}
