import {textWidth} from "./text-width.js";

/**
 * Breaks text into lines no wider than maxWidth px at `size` px (widths estimated by textWidth): at the last space
 * when a line has one, else between any two characters (Chinese). A word longer than a line is broken inside.
 * Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text.replace(/\s+/g, " ").trim()) {
    if (line && textWidth(line + ch, size) > maxWidth) {
      const space = line.lastIndexOf(" ");
      if (ch !== " " && space > 0 && /[\x21-\x7e]/.test(ch)) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line.trimEnd());
        line = ch === " " ? "" : ch;
      }
    } else line += ch;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
