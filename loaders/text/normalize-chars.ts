/**
 * Maps each UTF-16 code unit to exactly one code unit, so offsets survive: full-width ASCII (U+FF01–U+FF5E, e.g.
 * ＡＢＣ１２３（）：；，！？％) → half-width; ideographic space, no-break and other Unicode spaces, tabs, zero-width
 * characters and the BOM → " "; a tab after text on its line separates table cells and becomes "|"; a lone "\r" →
 * "\n" and the "\r" of "\r\n" → " " (removed later as whitespace).
 * Chinese punctuation that has no ASCII twin is kept as written: 、 。 《》 〈〉 〔〕 【】 “” ‘’ … — ·.
 */
export function normalizeChars(text: string): string {
  if (text == null || text === "") return "";
  let out = "";
  let start = 0;
  let lineHasText = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    const mapped = c === TAB && lineHasText ? BAR : mapCode(c, text.charCodeAt(i + 1));
    if (mapped === NEWLINE) lineHasText = false;
    else if (mapped !== SPACE) lineHasText = true;
    if (mapped !== c) {
      out += text.slice(start, i) + String.fromCharCode(mapped);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

const SPACE = 0x20;
const TAB = 0x09;
const BAR = 0x7c;
const NEWLINE = 0x0a;

function mapCode(c: number, next: number): number {
  if (c < 0x80) {
    if (c === 0x0d) return next === 0x0a ? SPACE : 0x0a;
    return c === 0x09 || c === 0x0b || c === 0x0c ? SPACE : c;
  }
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x1680 || c === 0x202f || c === 0x205f) return SPACE;
  if (c >= 0x2000 && c <= 0x200b) return SPACE;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return 0x0a;
  return c;
}
