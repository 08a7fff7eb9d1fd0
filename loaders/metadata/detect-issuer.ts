import {findDateLine} from "./find-date-line.ts";
import {findPlaces} from "./find-places.ts";

/** A line that is an organisation's name, as in a signature block. */
const ORG_LINE =
  /^(?:中共)?[\u4e00-\u9fff()]{2,40}(?:人民政府|政府|委员会|办公室|办公厅|党委|党工委|管委会|领导小组|小组|中心|局|厅|委|部|院|会|办|署)$/;
const TITLE_ISSUER =
  /^((?:中共)?[\u4e00-\u9fff()]{2,40}?(?:人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅|局|厅))关于/;
/** Lines read upwards from the signature date. */
const SIGNATURE_LINES = 3;

/**
 * Who issued the document, tried in order: the signature (organisation lines just above the last date line; a line
 * continuing the one above it is appended, a line naming another organisation is listed after "、"), the page's
 * 发布机构 field, the "X人民政府关于…" title prefix, and for reports "<jurisdiction>人民政府" opening a sentence.
 * Returns null when none is found, and for empty input.
 */
export function detectIssuer(
  text: string,
  {
    fields = {},
    title = null,
    jurisdiction = null,
    isReport = false
  }: {fields?: Record<string, string>; title?: string | null; jurisdiction?: string | null; isReport?: boolean} = {}
): string | null {
  const lines = (text ?? "").split("\n");
  return (
    signature(lines) ??
    (fields?.issuer || null) ??
    titleIssuer(title) ??
    (isReport ? reportIssuer(text ?? "", jurisdiction) : null)
  );
}

function signature(lines: string[]): string | null {
  const date = findDateLine(lines);
  if (!date) return null;
  const names: string[] = [];
  for (let i = date.index - 1; i >= 0 && names.length < SIGNATURE_LINES; --i) {
    const line = lines[i].trim();
    if (line === "") continue;
    if (!ORG_LINE.test(line)) break;
    names.unshift(line);
  }
  if (names.length === 0) return null;
  return names.reduce((joined, name) => joined + (startsNewOrganisation(name) ? "、" : "") + name);
}

/** A name starting with 中共 or a place name is another organisation, not the continuation of the line above. */
function startsNewOrganisation(name: string): boolean {
  return name.startsWith("中共") || findPlaces(name.slice(0, 12)).some((m) => m.start === 0);
}

function titleIssuer(title: string | null): string | null {
  return title ? (TITLE_ISSUER.exec(title)?.[1] ?? null) : null;
}

function reportIssuer(text: string, jurisdiction: string | null): string | null {
  if (!jurisdiction) return null;
  const name = `${jurisdiction}人民政府`;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const before = i === 0 ? "\n" : text[i - 1];
    const after = text.slice(i + name.length, i + name.length + 2);
    if (/[\n,。;:]/.test(before) && !/^(?:关于|办公|印发)/.test(after)) return name;
  }
  return null;
}
