import {readDataFile} from "../read/read-data-file.ts";
import type {DocType} from "../types.ts";

interface DocTypeRule {
  name: DocType;
  title: RegExp[];
  body: RegExp[];
}

/** Characters of the text searched by body rules. */
const BODY_CHARS = 1500;

let rules: DocTypeRule[] | null = null;

/** The ordered genre rules of data/doc-types.json, compiled once. */
export function docTypeRules(): DocTypeRule[] {
  return (rules ??= (
    JSON.parse(readDataFile("doc-types.json")).rules as {doc_type: DocType; title: string[]; body: string[]}[]
  ).map((r) => ({
    name: r.doc_type,
    title: r.title.map((p) => new RegExp(p)),
    body: r.body.map((p) => new RegExp(p, "m"))
  })));
}

/**
 * The genre of a document: the first rule of data/doc-types.json whose title pattern matches one of the titles, else
 * the first whose body pattern matches the beginning of the text, else "other" (also for empty input).
 */
export function detectDocType(titles: (string | null | undefined)[], text = ""): DocType {
  const named = (titles ?? []).filter((t): t is string => !!t);
  for (const rule of docTypeRules()) if (named.some((t) => rule.title.some((re) => re.test(t)))) return rule.name;
  const head = (text ?? "").slice(0, BODY_CHARS);
  for (const rule of docTypeRules()) if (rule.body.some((re) => re.test(head))) return rule.name;
  return "other";
}
