import {decodeEntities} from "./decode-entities.ts";

/** Elements whose content is never document text. */
const DROPPED = new Set([
  "script",
  "style",
  "nav",
  "noscript",
  "template",
  "head",
  "svg",
  "iframe",
  "object",
  "select",
  "button"
]);
/** Block elements: their start and end become line breaks. */
const BLOCK = new Set(
  "p div br li ul ol dl dt dd tr table thead tbody tfoot caption h1 h2 h3 h4 h5 h6 section article aside header footer main blockquote pre hr form fieldset address figure figcaption center title body html".split(
    " "
  )
);
/** Table cells: each after the first of its row starts with a cell separator (a tab in the text). */
const CELL = new Set(["td", "th"]);
/** Table structure: rows and tables start and end lines. */
const ROW = new Set(["tr", "table", "thead", "tbody", "tfoot"]);
/** Stands for a cell separator until source whitespace has been collapsed (a private-use character). */
const CELL_SEPARATOR = "\uE001";
const SOURCE_WHITESPACE = /[ \t\r\n\f]+/g;
/** Stands for a line break until source whitespace has been collapsed (a private-use character). */
const BREAK = "\uE000";
const NAME = /[A-Za-z][A-Za-z0-9_]*/y;

/**
 * Strips HTML markup to text: comments and script/style/nav/head (and similar) elements are dropped with their
 * content, block elements become line breaks (one line per paragraph, no blank lines), a table row becomes one line
 * with a tab between its cells (paragraphs inside a cell stay on its line), other tags vanish, source whitespace collapses to one space and entities are decoded. One pass from left to right, in time
 * linear in the length of the page whatever its markup (an unclosed `<a ` repeated 300,000 times included). Empty input
 * returns "".
 */
export function htmlToText(html: string): string {
  if (html == null || html === "") return "";
  html = html.replaceAll(BREAK, "").replaceAll(CELL_SEPARATOR, "");
  const find = finders(html);
  const out: string[] = [];
  let text = 0;
  // A table keeps its rows and cells: one line per row, a tab between cells, paragraphs inside a cell on its line.
  let cellsInRow = 0;
  let inCell = false;
  for (let i = html.indexOf("<"); i !== -1 && i < html.length; i = html.indexOf("<", i)) {
    const skip = markup(html, i, find);
    if (skip === null) {
      ++i;
      continue;
    }
    let replace = skip.replace;
    if (skip.name && ROW.has(skip.name)) {
      cellsInRow = 0;
      inCell = false;
    } else if (skip.name && CELL.has(skip.name)) {
      inCell = !skip.closing;
      if (!skip.closing) replace = cellsInRow++ > 0 ? CELL_SEPARATOR : "";
    } else if (inCell && replace === BREAK) replace = " ";
    out.push(html.slice(text, i), replace);
    i = text = skip.end;
  }
  out.push(html.slice(text));
  return decodeEntities(
    out
      .join("")
      .replace(SOURCE_WHITESPACE, " ")
      .replaceAll(BREAK, "\n")
      .replace(/ ?\uE001 ?/g, "\t")
  )
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

type Finders = ReturnType<typeof finders>;

/** The markup starting with the "<" at `i`: where it ends and what replaces it; null when the "<" is text. */
function markup(
  html: string,
  i: number,
  find: Finders
): {end: number; replace: string; name?: string; closing?: boolean} | null {
  if (html.startsWith("<!--", i)) return {end: to(find.next("-->", i + 4), 3, html), replace: " "};
  if (html.startsWith("<![CDATA[", i)) {
    const end = find.next("]]>", i + 9);
    return end === -1 ? null : {end: end + 3, replace: " "};
  }
  if (html.startsWith("<!", i)) {
    const end = find.next(">", i + 2);
    return end === -1 ? null : {end: end + 1, replace: " "};
  }
  if (html.startsWith("<?", i)) {
    const end = find.next("?>", i + 2);
    return end === -1 ? null : {end: end + 2, replace: " "};
  }
  const closing = html[i + 1] === "/";
  NAME.lastIndex = i + (closing ? 2 : 1);
  const name = NAME.exec(html)?.[0].toLowerCase();
  if (!name) return null;
  const end = tagEnd(html, NAME.lastIndex, find);
  if (end === -1) return null;
  if (!closing && DROPPED.has(name)) {
    const close = new RegExp(`</${name}\\s*>`, "gi");
    close.lastIndex = end;
    const m = close.exec(html);
    return {end: m ? m.index + m[0].length : html.length, replace: " "};
  }
  return {end, replace: BLOCK.has(name) ? BREAK : CELL.has(name) ? " " : "", name, closing};
}

/**
 * The index after the ">" that ends a tag whose attributes start at `from`: the first ">" outside quotes before the next
 * "<", else (a quote left open, or "<" inside a value) the first ">" at all; -1 when there is none. Each call reads at
 * most up to the next "<" plus memoised look-ups, so a page costs time linear in its length.
 */
function tagEnd(html: string, from: number, find: Finders): number {
  const limit = find.next("<", from);
  const stop = limit === -1 ? html.length : limit;
  for (let j = from; j < stop; ++j) {
    const c = html[j];
    if (c === ">") return j + 1;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, j + 1);
      if (close === -1 || close >= stop) break;
      j = close;
    }
  }
  const gt = find.next(">", from);
  return gt === -1 ? -1 : gt + 1;
}

/** `indexOf` for a few fixed needles, memoised so that searches from increasing positions cost linear time in all. */
function finders(html: string) {
  const memo = new Map<string, {from: number; at: number}>();
  return {
    next(needle: string, from: number): number {
      const m = memo.get(needle);
      if (m && from >= m.from && (m.at === -1 || from <= m.at)) return m.at;
      const at = html.indexOf(needle, from);
      memo.set(needle, {from, at});
      return at;
    }
  };
}

function to(at: number, length: number, html: string): number {
  return at === -1 ? html.length : at + length;
}
