import {decodeEntities} from "./decode-entities.ts";

/** Elements whose content is never document text. */
const DROPPED = [
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
];
const DROP = new RegExp(`<(${DROPPED.join("|")})\\b[^>]*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, "gi");
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g;
/** Block elements: their start and end become line breaks. */
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|caption|h[1-6]|section|article|aside|header|footer|main|blockquote|pre|hr|form|fieldset|address|figure|figcaption|center|title|body|html)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const CELL = /<\/?(?:td|th)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const TAG = /<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
const SOURCE_WHITESPACE = /[ \t\r\n\f]+/g;

/**
 * Strips HTML markup to text: comments and script/style/nav/head (and similar) elements are dropped with their
 * content, block elements become line breaks (one line per paragraph, no blank lines), table cells become spaces, other tags vanish, source whitespace collapses
 * to one space and entities are decoded. Empty input returns "".
 */
export function htmlToText(html: string): string {
  if (html == null || html === "") return "";
  const text = html
    .replace(COMMENT, " ")
    .replace(DROP, " ")
    .replace(SOURCE_WHITESPACE, " ")
    .replace(BLOCK, "\n")
    .replace(CELL, " ")
    .replace(TAG, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
