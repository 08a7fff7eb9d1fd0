import {AGENCY_ENDING, isAgencyName} from "./is-agency-name.ts";
import {splitAgencyList} from "./split-agency-list.ts";

/** "responsible" (责任单位, …负责) is settled later: lead when nothing else leads, support otherwise. */
export type ProvisionalRole = "lead" | "support" | "responsible";

/** One written list of agencies with the role the form gives it; offsets into the document text. */
export interface UnitPart {
  role: ProvisionalRole;
  start: number;
  end: number;
}

/** One way of writing who does a task: a pattern scanned over the whole text and how to read a match. */
export interface UnitLineForm {
  name: string;
  /** Global; scanned with matchAll, so it is never mutated. */
  pattern: RegExp;
  /** The lists a match assigns, or null when the match is not this form after all. */
  extract: (match: RegExpMatchArray) => UnitPart[] | null;
}

/** Labels of unit lines, by the role they give. 牵头领导 / 责任人 name people, not units, and are left out. */
const LABEL_ROLES: Record<string, ProvisionalRole> = {
  牵头: "lead",
  主办: "lead",
  主责: "lead",
  责任: "responsible",
  落实: "responsible",
  参加: "support",
  参与: "support",
  配合: "support",
  协办: "support",
  协助: "support",
  协同: "support"
};

/** "牵头单位", also "主要责任单位", "牵头责任部门", "责任主体". */
const LABEL = `(?:主要)?(?:${Object.keys(LABEL_ROLES).join("|")})(?:责任)?(?:单位|部门|主体)`;
const SPACE = "[ \\t\\u3000]*";

/** A label followed by a colon, or after a space: where the value of the label before it ends. */
const NEXT_LABEL = new RegExp(`${LABEL}${SPACE}[:：]|(?<=[ \\t\\u3000])${LABEL}`);

/** Every label in a bracket's content, with its optional colon in group 2. */
const LABELS = new RegExp(`(${LABEL})${SPACE}([:：]?)`, "g");

/** Label at the start of a bracket's content. */
const LABEL_AT_START = new RegExp(`^${SPACE}${LABEL}`);

/** Label with an optional colon at the start of a line or after 。 ; ； , ， or a space (unitLine says when the colon is needed). */
const UNIT_LINE = new RegExp(`(?:^|(?<=[。;；,，\\s]))${SPACE}(${LABEL})${SPACE}([:：]?)`, "gm");

/** […] 【…】 ［…］ 〔…〕, content in group 1; one line, ≤ 300 chars. */
const SQUARE = /[[【［〔]([^[\]【】［］〔〕\n]{2,300})[\]】］〕]/g;
/** (…) （…） with one level of nesting inside ("各县(市)区政府"), content in group 1. */
const ROUND = /[(（]((?:[^()（）\n]|[(（][^()（）\n]*[)）]){2,300})[)）]/g;
/** Either kind: content in group 1 (square) or group 2 (round). */
const BRACKET = new RegExp(`${SQUARE.source}|${ROUND.source}`, "g");

/** The verb that ends a clause of a bracket: "[市编委办牵头,市政府各相关部门配合]". */
const CLAUSE_VERB =
  /(?:具体|共同|分别|各自|按照职责分工|按职责分工|按职责|依职责|依法)?(牵头负责|牵头落实|牵头|负责落实|负责|落实|配合落实|配合|参与|协助|协办|协同)$/;
const CLAUSE_SEPARATORS = new Set([",", "，", ";", "；", "。"]);

/** A numbered line: "80)", "(三)", "二、", "5." — never the continuation of a unit line. */
const NUMBERED = /^[(（]?[0-9０-９一二三四五六七八九十百]+[)）、.．]/;

/** A line this short may finish a name broken across lines ("区司\n法局"). */
const MAX_CONTINUATION = 12;

/** Every assignment form, tried in this order; an earlier form's match claims its text from later ones. */
export const unitLineForms: UnitLineForm[] = [
  {name: "inline-paren", pattern: ROUND, extract: (m) => labelled(m)},
  {name: "inline-bracket", pattern: SQUARE, extract: (m) => labelled(m)},
  {name: "bracket-lead-support", pattern: BRACKET, extract: (m) => clauses(m, "lead-support")},
  {name: "bracket-lead", pattern: BRACKET, extract: (m) => clauses(m, "lead")},
  {name: "bracket-responsible", pattern: BRACKET, extract: (m) => clauses(m, "responsible")},
  {name: "unit-line", pattern: UNIT_LINE, extract: unitLine}
];

/** "(牵头单位:X;责任单位:Y)": labels inside brackets, each value running to the next label. */
function labelled(m: RegExpMatchArray): UnitPart[] | null {
  const content = m[1] ?? m[2];
  if (!LABEL_AT_START.test(content)) return null;
  const base = m.index! + 1;
  const labels = [...content.matchAll(LABELS)];
  const parts: UnitPart[] = [];
  for (let i = 0; i < labels.length; ++i) {
    const label = labels[i];
    const start = base + label.index! + label[0].length;
    const end = base + (labels[i + 1]?.index ?? content.length);
    const part = valuePart(m.input!, roleOfLabel(label[1]), start, end, label[2] === "");
    if (part) parts.push(part);
  }
  return parts.length ? parts : null;
}

/** "[A牵头,B配合]", "[A负责]", "[A牵头,B负责]": clauses ending in a verb. */
function clauses(m: RegExpMatchArray, kind: "lead-support" | "lead" | "responsible"): UnitPart[] | null {
  const content = m[1] ?? m[2];
  if (!CLAUSE_VERB.test(content.replace(/[\s\u3000。]+$/, ""))) return null;
  const base = m.index! + 1;
  const parts: UnitPart[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i <= content.length; ++i) {
    const c = content[i];
    if (c === "(" || c === "（") ++depth;
    else if (c === ")" || c === "）") depth = Math.max(0, depth - 1);
    if (i < content.length && !(depth === 0 && CLAUSE_SEPARATORS.has(c))) continue;
    const verb = CLAUSE_VERB.exec(content.slice(from, i).replace(/[\s\u3000]+$/, ""));
    if (verb) {
      const verbAt = from + verb.index;
      let start = from;
      while (start < verbAt && /[\s\u3000由]/.test(content[start])) ++start;
      if (!isNameList(content.slice(start, verbAt))) return null;
      parts.push({role: roleOfVerb(verb[1]), start: base + start, end: base + verbAt});
      from = i + 1;
    } else if (i === content.length && content.slice(from).trim() !== "") return null; // words after the last verb
  }
  const hasLead = parts.some((part) => part.role === "lead");
  for (const part of parts) if (part.role === "responsible") part.role = hasLead ? "support" : "lead";
  const found = parts.some((part) => part.role === "support") ? "lead-support" : hasLead ? "lead" : "responsible";
  return parts.length > 0 && found === kind ? parts : null;
}

/** "牵头部门:区政府办、区委编办" on its own line or after the task; a colon-less label needs a line start or a space. */
function unitLine(m: RegExpMatchArray): UnitPart[] | null {
  const text = m.input!;
  const labelStart = m.index! + m[0].length - m[0].trimStart().length;
  const lineStart = text.lastIndexOf("\n", labelStart - 1) + 1;
  const atLineStart = text.slice(lineStart, labelStart).trim() === "";
  const colon = m[2] !== "";
  // Without a colon, only at the start of a line or after a space ("牵头单位 区司法局 配合单位 区法院").
  if (!atLineStart && !colon && !/[ \t\u3000]/.test(text[labelStart - 1])) return null;
  const start = m.index! + m[0].length;
  const lineEnd = lineEndAt(text, start);
  const next = NEXT_LABEL.exec(text.slice(start, lineEnd));
  let end = next ? start + next.index : lineEnd;
  const written = text.slice(start, end).replace(/[\s\u3000]+$/, "");
  const value = written.replace(/[。.;；,，、]+$/, "");
  if (end === lineEnd) {
    const following = nextLine(text, lineEnd);
    if (following && !isLabelOrNumbered(following.text)) {
      // "牵头单位:" with the names on the next line; "区直有关部门,\n各镇、街道"; a name broken across lines "区司\n法局".
      const openList = (value === "" && colon) || (value !== "" && written !== value && /[、,，]$/.test(written));
      if (openList ? isNameList(following.text) : value !== "" && continues(value, following.text)) end = following.end;
    }
  }
  const part = valuePart(text, roleOfLabel(m[1]), start, end, !colon);
  return part ? [part] : null;
}

/** The value of a label, trimmed; null when empty or (unless a colon vouches for it) when a piece is not a name. */
function valuePart(
  text: string,
  role: ProvisionalRole,
  start: number,
  end: number,
  validate: boolean
): UnitPart | null {
  while (start < end && /[\s\u3000:：]/.test(text[start])) ++start;
  while (end > start && /[\s\u3000。.;；,，、]/.test(text[end - 1])) --end;
  if (end <= start) return null;
  const value = text.slice(start, end);
  // A table header "牵头单位 责任单位" names no unit.
  if (LABEL_AT_START.test(value) || (validate && !isNameList(value))) return null;
  return {role, start, end};
}

function isNameList(line: string): boolean {
  const pieces = splitAgencyList(line);
  return pieces.length > 0 && pieces.every((piece) => isAgencyName(piece.raw));
}

function continues(value: string, line: string): boolean {
  const last = value.replace(/[\s\u3000]+/g, "");
  const tail = line.replace(/[\s\u3000。.;；,，、]+$/, "");
  if (AGENCY_ENDING.test(last) || tail.length === 0 || tail.length > MAX_CONTINUATION) return false;
  return !isLabelOrNumbered(tail) && !/[、,，;；:：]/.test(tail) && AGENCY_ENDING.test(tail);
}

function isLabelOrNumbered(line: string): boolean {
  return LABEL_AT_START.test(line) || NUMBERED.test(line.trimStart());
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

/** The next line with content after a line break at `at`: its text and the offset of its last character + 1. */
function nextLine(text: string, at: number): {text: string; end: number} | null {
  let start = at;
  while (start < text.length && /[\s\u3000]/.test(text[start])) ++start;
  if (start >= text.length) return null;
  const end = lineEndAt(text, start);
  return {text: text.slice(start, end), end};
}

function roleOfLabel(label: string): ProvisionalRole {
  return LABEL_ROLES[label.replace(/^主要/, "").slice(0, 2)] ?? "support";
}

function roleOfVerb(verb: string): ProvisionalRole {
  return verb.includes("牵头") ? "lead" : /负责|^落实$/.test(verb) ? "responsible" : "support";
}
