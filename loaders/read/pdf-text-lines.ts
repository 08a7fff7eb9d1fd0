/** A run of text pdf.js found on a page: its string, baseline origin (x, y up from the bottom), width and font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One visual line of a page: its text and where it sits (left x, right x, baseline y, font size). */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Latin letters, digits and ASCII punctuation: the characters between which a space is kept. */
const LATIN = /[\x21-\x7e\u00c0-\u024f]/;
/** A gap between two runs, as a share of the font size, above which two Latin runs are separate words. */
const WORD_GAP = 0.2;
/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.5;

/**
 * Rebuilds a page's visual lines from its text runs, top to bottom: runs whose baselines agree are one line, joined in x
 * order. Chinese has no spaces between words, so no space is ever put next to a CJK character: a space (one) is kept
 * only between two Latin letters, digits or ASCII signs, where the source had one or the runs lie a word gap apart.
 * Empty runs are skipped; no runs give [].
 */
export function pdfTextLines(items: readonly PdfTextItem[]): PdfLine[] {
  const runs = items.filter((d) => d.str !== "" && d.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const run of runs) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0].y - run.y) <= SAME_LINE * Math.min(group[0].size, run.size) + 0.01) group.push(run);
    else groups.push([run]);
  }
  return groups.map(joinRuns);
}

function joinRuns(group: PdfTextItem[]): PdfLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = "";
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    if (text !== "" && gap > WORD_GAP * run.size) text += " ";
    text += run.str;
    end = Math.max(end, run.x + run.width);
  }
  const first = runs[0];
  return {
    text: collapseSpaces(text),
    x: first.x,
    right: end,
    y: first.y,
    size: Math.max(...runs.map((d) => d.size))
  };
}

/** Whitespace runs become one space between two Latin characters and nothing anywhere else (or at either end). */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, (space, at: number) => {
    const before = text[at - 1];
    const after = text[at + space.length];
    return before !== undefined && after !== undefined && LATIN.test(before) && LATIN.test(after) ? " " : "";
  });
}
