import {parseCsv} from "./read-data-csv.ts";
import {readDataFile} from "./read-data-file.ts";
import {stripCommentLines} from "./strip-comment-lines.ts";

/** Kangxi Radicals (U+2F00–U+2FD5), folded by NFKC. */
const KANGXI = /[\u2f00-\u2fd5]/g;

let table: {forms: Map<string, string>; pattern: RegExp} | null = null;

/**
 * Replaces the characters a PDF names for a glyph shared with the character the page shows: canonical equivalents by
 * Unicode NFC (〈 U+2329 → 〈 U+3008, compatibility ideographs → unified ones), Kangxi radicals by their NFKC fold
 * (⽂ → 文) and the forms of data/glyph-forms.csv by their character (⺠ → 民, 戶 → 户); no other compatibility fold
 * (full-width forms and ① stay). Empty input returns "".
 */
export function unifyGlyphForms(text: string): string {
  if (text == null || text === "") return "";
  table ??= load();
  const {forms, pattern} = table;
  return text
    .normalize("NFC")
    .replace(KANGXI, (c) => c.normalize("NFKC"))
    .replace(pattern, (c) => forms.get(c) ?? c);
}

function load(): {forms: Map<string, string>; pattern: RegExp} {
  const rows = parseCsv(stripCommentLines(readDataFile("glyph-forms.csv")));
  const forms = new Map(rows.map((r) => [r.form, r.character]));
  return {forms, pattern: new RegExp(`[${[...forms.keys()].join("")}]`, "gu")};
}
