/**
 * The estimated width in px of text set in a CJK system font at `size` px: a Han, kana, Hangul or full-width
 * character takes the full size, any other character 0.6 of it. Empty text gives 0.
 */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? size : 0.6 * size;
  return width;
}
