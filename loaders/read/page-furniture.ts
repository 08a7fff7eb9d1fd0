import type {PdfLine} from "./pdf-text-lines.ts";

/** One page of a PDF: its size in points and its visual lines, top to bottom. */
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Page numbers as printed in Chinese documents, tried on a line with its spaces removed. */
const PAGE_NUMBERS: {name: string; pattern: RegExp}[] = [
  {name: "dashes", pattern: /^[-－—–~]*\d{1,4}[-－—–~]*$/}, // "- 3 -", "—3—", "3"
  {name: "di-ye", pattern: /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/}, // 第3页, 第3页共10页
  {name: "gong-di-ye", pattern: /^共\d{1,4}页[,，]?第\d{1,4}页$/}, // 共10页第3页
  {name: "of", pattern: /^(?:page)?\d{1,4}(?:\/|of)\d{1,4}$/i}, // 3/10, Page 3 of 10
  {name: "page", pattern: /^page\d{1,4}$/i} // Page 3
];
/** Lines at either end of a page that may be running headers or footers. */
const EDGE_LINES = 2;
/** Baselines this close (points) are the same position on two pages. */
const SAME_Y = 2;

/**
 * Marks the running headers, footers and page numbers of a PDF: among the first and last two lines of each page, a
 * line that is only a page number ("- 3 -", "第3页", "3", "3/10") is a "page-number", and a line repeated (digits aside)
 * at the same height on at least half of the pages (two at least) is a "page-header" (upper half) or "page-footer".
 * Returns one kind or null per line of each page; no pages give [].
 */
export function pageFurniture(pages: readonly PdfPage[]): (string | null)[][] {
  const edge = (page: PdfPage, i: number) => i < EDGE_LINES || i >= page.lines.length - EDGE_LINES;
  const ends = (n: number) => [...Array(Math.min(EDGE_LINES, n)).keys()];
  const key = (line: PdfLine) => line.text.replace(/\s+/g, "").replace(/\d+/g, "#");
  const seen = new Map<string, {y: number; pages: Set<number>}[]>();
  pages.forEach((page, p) =>
    page.lines.forEach((line, i) => {
      if (!edge(page, i)) return;
      const spots = seen.get(key(line)) ?? [];
      const spot = spots.find((s) => Math.abs(s.y - line.y) <= SAME_Y);
      if (spot) spot.pages.add(p);
      else spots.push({y: line.y, pages: new Set([p])});
      seen.set(key(line), spots);
    })
  );
  const repeated = (line: PdfLine) =>
    (seen.get(key(line)) ?? []).some(
      (s) => Math.abs(s.y - line.y) <= SAME_Y && s.pages.size >= Math.max(2, Math.ceil(pages.length / 2))
    );
  const kindOf = (page: PdfPage, line: PdfLine): string | null => {
    if (PAGE_NUMBERS.some((rule) => rule.pattern.test(line.text.replace(/\s+/g, "")))) return "page-number";
    if (repeated(line)) return line.y > page.height / 2 ? "page-header" : "page-footer";
    return null;
  };
  return pages.map((page) => {
    const kinds: (string | null)[] = page.lines.map(() => null);
    const n = page.lines.length;
    // From each end inwards while the lines are furniture: a page number is never taken from inside the body.
    const inwards = (order: number[]) => {
      for (const i of order) {
        if (kinds[i] !== null) return;
        const kind = kindOf(page, page.lines[i]);
        if (kind === null) return;
        kinds[i] = kind;
      }
    };
    inwards(ends(n));
    inwards(ends(n).map((k) => n - 1 - k));
    return kinds;
  });
}
