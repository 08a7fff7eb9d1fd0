import {numberingStyles} from "./numbering-styles.ts";

/** An outline label found at the start of a line. */
export interface LabelMatch {
  /** Exactly as written: "(三十五)", "5)", "1.". */
  label: string;
  style: string;
  group: string;
  ordinal: number;
}

/**
 * Matches an outline label at the very start of `content` (a line with its leading whitespace removed) using the
 * first applicable numbering style; returns null for null or empty input and for lines that do not start with a label.
 */
export function matchLabel(content: string | null | undefined): LabelMatch | null {
  if (content == null || content === "") return null;
  for (const {name, group, pattern, extract} of numberingStyles) {
    const m = pattern.exec(content);
    if (m == null) continue;
    const ordinal = extract(m[1]);
    if (ordinal != null && ordinal >= 1) return {label: m[0], style: name, group, ordinal};
  }
  return null;
}
