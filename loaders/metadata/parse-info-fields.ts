import {normalizeChars} from "../text/normalize-chars.ts";
import {readDataFile} from "../read/read-data-file.ts";

/** Lines searched for a web page's metadata block. */
const MAX_LINES = 60;

let compiled: {re: RegExp; fieldOf: Map<string, string>} | null = null;

function labels() {
  if (compiled) return compiled;
  const map = (JSON.parse(readDataFile("info-fields.json")) as {labels: Record<string, string>}).labels;
  const names = Object.keys(map).sort((a, b) => b.length - a.length);
  const spaced = names.map((n) => [...n].join("[ \\t]*"));
  // A label starts a line or follows whitespace or a table cell's bar, and is followed by a colon, whitespace, a bar
  // or the line end.
  const re = new RegExp(`(?:^|(?<=[\\s|]))(${spaced.join("|")})[ \\t]*(?::|\\||(?=\\s)|$)`, "g");
  return (compiled = {re, fieldOf: new Map(Object.entries(map))});
}

/**
 * Reads the "label value" fields of a government web page's metadata block (索引号, 发布机构, 文号, 成文日期, 发布日期,
 * 标题…; data/info-fields.json) from the first lines of the raw text; several fields may share a line. Returns
 * field → first non-empty value, e.g. {issuer: "中共某某区委员会", doc_number: "某发〔2022〕3号"}; empty input returns {}.
 */
export function parseInfoFields(raw: string): Record<string, string> {
  if (raw == null || raw === "") return {};
  const {re, fieldOf} = labels();
  const fields: Record<string, string> = {};
  const lines = normalizeChars(raw).split("\n", MAX_LINES);
  for (const line of lines) {
    if (line.length > 300) continue;
    const hits = [...line.matchAll(re)];
    hits.forEach((hit, i) => {
      const field = fieldOf.get(hit[1].replace(/[ \t]/g, ""))!;
      const end = i + 1 < hits.length ? hits[i + 1].index : line.length;
      const value = line
        .slice(hit.index + hit[0].length, end)
        .replace(/^[\s|]+|[\s|]+$/g, "")
        .trim();
      if (value !== "" && !(field in fields)) fields[field] = value;
    });
  }
  return fields;
}
