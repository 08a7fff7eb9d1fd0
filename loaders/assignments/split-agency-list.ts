import {canonicalAgencyName} from "./canonical-agency-name.ts";
import {AGENCY_ENDING, isAgencyName} from "./is-agency-name.ts";
import {leadingPlace} from "./leading-place.ts";
import {normaliseAgency} from "./normalise-agency.ts";

/** One agency name in a list, with offsets into the list string. */
export interface AgencySpan {
  /** As written, whitespace removed, marker and punctuation around it excluded. */
  raw: string;
  start: number;
  end: number;
  /** The jurisdiction (and organ) written before an earlier name and carried to this one ("州", "州党委"); null when none or when the name has its own. */
  prefix: string | null;
  /** True when the name carries a 牵头 marker: "市司法局(牵头)". */
  lead: boolean;
}

const SEPARATORS = new Set(["、", ",", "，", ";", "；"]);
const OPEN = new Set(["(", "（", "〈", "<"]);
const CLOSE = new Set([")", "）", "〉", ">"]);
const SPACES = /[\s\u3000]+/g;
const TRIM = /[\s\u3000。.:：、,，;；]/;

/** A piece that only continues a collective begun before it: "街道" after "各镇" in "各镇、街道". */
const COLLECTIVE_TAIL = /^(苏木|乡镇|镇|乡|街道|村|社区|嘎查|园区|县|市|区|旗|盟)*(政府|党委|党工委|办事处|人民政府)?$/;

/** The 牵头 marker after a name. */
const LEAD_MARKER = /(?:[(（]\s*牵头\s*[)）]|牵头)$/;

/** An organ written right after the place and shared with later names: 州党委组织部、编办 → 州党委. */
const ORGAN = /^(党委|委(?!员会)|人民政府|政府)(?=.)/;

/**
 * Splits a written list of agencies on 、 , ， ; ； and on spaces between whole names, never inside brackets, keeping
 * collective units whole ("各镇、街道", "各县(市)区政府", "各县〈市、区〉政府") and 和/及/等 phrases as written
 * ("市信息办及相关部门", "市监察局等部门"); "" returns [].
 */
export function splitAgencyList(list: string | null | undefined): AgencySpan[] {
  if (list == null || list === "") return [];
  let spans = memo.get(String(list));
  if (spans === undefined) {
    // A list is usually a slice of its document's text, and V8 keeps a slice's whole parent alive: the memo keeps a
    // flat copy instead, or it would hold every document it has seen (issue 6).
    const text = flatCopy(String(list));
    spans = splitList(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, spans);
  }
  return spans.map((span) => ({...span}));
}

/** Each list's spans (copied out, so callers may change theirs); emptied when full, so memory stays bounded. */
const memo = new Map<string, AgencySpan[]>();
const MEMO_LIMIT = 20_000;

/** The same characters in a string of their own, not a view into a larger one. */
function flatCopy(text: string): string {
  return (" " + text).slice(1);
}

function splitList(text: string): AgencySpan[] {
  const pieces = mergeCollectives(text, topLevelPieces(text)).flatMap((piece) => splitSpaces(text, piece));
  let prefix: string | null = null;
  const spans: AgencySpan[] = [];
  for (let [start, end] of pieces) {
    let lead = false;
    const marker = LEAD_MARKER.exec(text.slice(start, end));
    if (marker && marker.index > 0) {
      lead = true;
      [start, end] = trim(text, start, start + marker.index);
    }
    const raw = text.slice(start, end).replace(/[\s\u3000]+/g, "");
    if (raw === "") continue;
    const name = canonicalAgencyName(raw);
    const place = leadingPlace(name);
    spans.push({raw, start, end, prefix: place ? null : prefix, lead});
    if (place) {
      const written = raw.startsWith(place) ? raw : name;
      prefix = place + (ORGAN.exec(written.slice(place.length))?.[1] ?? "");
    }
  }
  return spans;
}

function topLevelPieces(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; ++i) {
    const c = text[i];
    if (OPEN.has(c)) ++depth;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (i === text.length || (depth === 0 && SEPARATORS.has(c))) {
      const piece = trim(text, from, i);
      if (piece[1] > piece[0]) pieces.push(piece);
      from = i + 1;
    }
  }
  return pieces;
}

function mergeCollectives(text: string, pieces: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const name = canonicalAgencyName(text.slice(piece[0], piece[1]));
    if (
      previous &&
      name !== "" &&
      COLLECTIVE_TAIL.test(name) &&
      canonicalAgencyName(text.slice(...previous)).startsWith("各")
    ) {
      previous[1] = piece[1];
    } else out.push([piece[0], piece[1]]);
  }
  return out;
}

/** "区司法局 区法院" (a flattened table cell) is two names; "区司 法局" (a broken word) is one. */
function splitSpaces(text: string, [start, end]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const gap of text.slice(start, end).matchAll(SPACES)) {
    const at = start + gap.index;
    const left = canonicalAgencyName(text.slice(from, at));
    const rest = text.slice(at + gap[0].length, end);
    const right = canonicalAgencyName(rest.slice(0, rest.search(/[\s\u3000]|$/)));
    const named =
      right.length >= 2 && (!normaliseAgency(right).agency_id.startsWith("unknown:") || leadingPlace(right) !== "");
    if (left.length >= 3 && AGENCY_ENDING.test(left) && isAgencyName(left) && !OPEN.has(rest[0]) && named) {
      out.push([from, at]);
      from = at + gap[0].length;
    }
  }
  out.push([from, end]);
  return out;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && TRIM.test(text[start])) ++start;
  while (end > start && TRIM.test(text[end - 1])) --end;
  return [start, end];
}
