import {parseCsv} from "./read-data-csv.ts";
import {readDataFile} from "./read-data-file.ts";
import {stripCommentLines} from "../text/strip-comment-lines.ts";

/** Kangxi Radicals (U+2F00–U+2FD5) and the CJK Radicals Supplement (U+2E80–U+2EFF). */
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fd5]/g;

let forms: Map<string, string> | null = null;

/**
 * Replaces CJK radicals that stand for whole characters by those characters, one for one: the Kangxi Radicals block by
 * its Unicode NFKC fold (⽂ → 文), the CJK Radicals Supplement by data/radical-forms.csv (⺠ → 民); other radicals stay.
 * Text read from PDFs needs it (fonts share one glyph between a radical and its ideograph). Empty input returns "".
 */
export function unifyRadicals(text: string): string {
  if (text == null || text === "") return "";
  forms ??= new Map(
    parseCsv(stripCommentLines(readDataFile("radical-forms.csv"))).map((r) => [r.radical, r.ideograph])
  );
  const table = forms;
  return text.replace(RADICAL, (c) => {
    const form = table.get(c) ?? c.normalize("NFKC");
    return form.length === 1 ? form : c;
  });
}
