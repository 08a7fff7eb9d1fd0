import {numberingStyles} from "./numbering-styles.ts";

/** An outline label found at the start of a line. */
export interface LabelMatch {
  /** Exactly as written: "(三十五)", "5)", "1.". */
  label: string;
  style: string;
  group: string;
  ordinal: number;
  /** Characters the label takes in the text (a record field "事 项:" is stored with the label ""). */
  length: number;
}

/**
 * Matches an outline label at the very start of `content` (a line with its leading whitespace removed) using the
 * first applicable numbering style; styles bound to a context ("table", "record") are tried only when `contexts` has
 * it. Returns null for null or empty input and for lines that do not start with a label.
 */
export function matchLabel(
  content: string | null | undefined,
  contexts: ReadonlySet<string> = NO_CONTEXT
): LabelMatch | null {
  if (content == null || content === "") return null;
  for (const {name, group, pattern, extract, context, label} of numberingStyles) {
    if (context && !contexts.has(context)) continue;
    const m = pattern.exec(content);
    if (m == null) continue;
    const ordinal = extract(m[1] ?? m[0]);
    if (ordinal != null && ordinal >= 1)
      return {label: label ? label(m[0]) : m[0], style: name, group, ordinal, length: m[0].length};
  }
  return null;
}

const NO_CONTEXT: ReadonlySet<string> = new Set();
