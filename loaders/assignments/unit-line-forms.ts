import {matchLabel} from "../text/match-label.ts";
import {
  CLAUSE_VERB,
  LABEL_SOURCE,
  MANNER_CLAUSE,
  ROLE_PHRASE,
  STOP_FIELD_SOURCE,
  roleOfLabel,
  roleOfPhrase,
  roleOfVerb,
  type UnitRole
} from "../text/unit-vocabulary.ts";
import {AGENCY_ENDING, isAgencyName} from "./is-agency-name.ts";
import {normaliseAgency} from "./normalise-agency.ts";
import {splitAgencyList} from "./split-agency-list.ts";

/** "responsible" (责任单位, …负责) is settled later: lead when nothing else leads, support otherwise. */
export type ProvisionalRole = UnitRole;

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
  /** A real excerpt written in this form (shown on /about; a spec checks that it is read by this form). */
  example: string;
}

/** A unit label of data/unit-vocabulary.csv: "牵头单位", "主要责任单位", "牵头责任部门", "责任主体". */
const LABEL = LABEL_SOURCE;
const SPACE = "[ \\t\\u3000]*";

/** A label followed by a colon, or after a space: where the value of the label before it ends. */
const NEXT_LABEL = new RegExp(`${LABEL}${SPACE}[:：]|(?<=[ \\t\\u3000])${LABEL}|${STOP_FIELD_SOURCE}`);

/** A field that is not a unit label ("完成时限:", "牵头领导:"): the value before it ends there. */
const STOP_FIELD = new RegExp(STOP_FIELD_SOURCE);

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
/** Either kind closing its paragraph: only 。 ; or spaces may follow before the line ends. */
const CLOSING_BRACKET = new RegExp(`(?:${SQUARE.source}|${ROUND.source})(?=[。;；.\\s\\u3000]*(?:\\n|$))`, "g");

/** A line with a cell separator (a tab in the source). */
const TABLE_LINE = /^[^\n|]*\|[^\n]*$/gm;
/** A whole cell that is a unit label ("牵头单位", "责任部门"). */
const WHOLE_LABEL = new RegExp(`^${LABEL}$`);
/**
 * The last sentence of a line (after 。 or the line start) up to the line end; its text in group 1. The start is one
 * lookbehind (no character before, or a line break or 。), the same positions as `(?:^|(?<=。))` with the m flag, in
 * about two thirds of the time.
 */
const SENTENCE =
  /(?<![^\n\r\u2028\u2029。])[ \t\u3000]*([^\n。;；:：()（）[\]【】〔〕|]{2,200}?)[。;；.]?[ \t\u3000]*$/gm;

const CLAUSE_SEPARATORS = new Set([",", "，", ";", "；", "。"]);
const OPEN_BRACKETS = new Set(["(", "（", "〈", "<"]);
const CLOSE_BRACKETS = new Set([")", "）", "〉", ">"]);

/** A numbered line: "80)", "(三)", "二、", "5." — never the continuation of a unit line. */
const isNumbered = (line: string) => matchLabel(line.trimStart()) != null;

/** The longest name a list without brackets or role words may hold. */
const MAX_BARE_NAME = 20;

/** A line this short may finish a name broken across lines ("区司\n法局"). */
const MAX_CONTINUATION = 12;

/** Every assignment form, tried in this order; an earlier form's match claims its text from later ones. */
export const unitLineForms: UnitLineForm[] = [
  {
    name: "inline-paren",
    pattern: ROUND,
    extract: (m) => labelled(m),
    example: "3.健全党委重大决策工作机制。(牵头单位:市委办公厅,配合单位:市委政研室)"
  },
  {
    name: "inline-bracket",
    pattern: SQUARE,
    extract: (m) => labelled(m),
    example: "1.提高依法履职能力。〔牵头单位:省委组织部,责任单位:省委办公厅、省委党校(湖南行政学院)〕"
  },
  {
    name: "bracket-lead-support",
    pattern: BRACKET,
    extract: (m) => clauses(m, "lead-support"),
    example: "1.全面清理行政审批事项。(市审改办牵头,市政府相关部门配合)"
  },
  {
    name: "bracket-lead",
    pattern: BRACKET,
    extract: (m) => clauses(m, "lead"),
    example: "--进一步规范收费行为。(市物价局牵头)"
  },
  {
    name: "bracket-responsible",
    pattern: BRACKET,
    extract: (m) => clauses(m, "responsible"),
    example: "2.建立行政审批清理审核论证机制。(市审改办、市工商局负责)"
  },
  {
    name: "table-column",
    pattern: TABLE_LINE,
    extract: tableColumns,
    example: "序号|工作任务|牵头单位|责任单位\n1|健全重大行政决策程序制度|县司法局|县政府办"
  },
  {
    name: "unit-line",
    pattern: UNIT_LINE,
    extract: unitLine,
    example: "16.创新行政执法体制机制。\n责任单位:市政府法制办、市监察局、市财政局"
  },
  {
    name: "bracket-units",
    pattern: CLOSING_BRACKET,
    extract: bareList,
    example: "三、完善规范性文件制定程序。(市政府办公室、市政府法制办及相关部门和县(区)政府)"
  },
  {
    name: "sentence-units",
    pattern: SENTENCE,
    extract: sentenceUnits,
    example: "㈠深化行政审批制度改革。县行政审批局、县发改局、县市场监管局"
  }
];

/** "序号|工作任务|牵头单位|责任单位" (tabs became bars): a table header whose unit columns name the role of their cells. */
function tableColumns(m: RegExpMatchArray): UnitPart[] | null {
  const text = m.input!;
  const roles = cellsOf(text, m.index!, m.index! + m[0].length).map(([start, end]) => {
    const cell = text.slice(start, end).trim();
    return WHOLE_LABEL.test(cell) ? roleOfLabel(cell) : null;
  });
  if (!roles.some((role) => role != null)) return null;
  const parts: UnitPart[] = [];
  for (let at = m.index! + m[0].length + 1; at < text.length;) {
    const end = lineEndAt(text, at);
    if (!text.slice(at, end).includes("|")) break;
    cellsOf(text, at, end).forEach(([start, stop], column) => {
      const role = roles[column];
      const value = role && valuePart(text, role, start, stop, false);
      if (value) parts.push(value);
    });
    at = end + 1;
  }
  return parts.length ? parts : null;
}

/** The cells of a table line between bars, as offsets. */
function cellsOf(text: string, start: number, end: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let from = start, i = start; i <= end; ++i) {
    if (i === end || text[i] === "|") {
      cells.push([from, i]);
      from = i + 1;
    }
  }
  return cells;
}

/** "县行政审批局、县发改局、县市场监管局" closing a paragraph after its last sentence, or on a line of its own. */
function sentenceUnits(m: RegExpMatchArray): UnitPart[] | null {
  const text = m.input!;
  const value = m[1];
  const spans = splitAgencyList(value);
  // On a line of its own a single name is more often a signature or an address than an assignment.
  const ownLine = text.slice(text.lastIndexOf("\n", m.index! - 1) + 1, m.index!).trim() === "";
  // Without brackets or a role word the list must read as names only: short, no digits, one of them known.
  const named = (span: {raw: string}) =>
    span.raw.length <= MAX_BARE_NAME &&
    !/[0-9]/.test(span.raw) &&
    AGENCY_ENDING.test(span.raw) &&
    isAgencyName(span.raw) &&
    !WHOLE_LABEL.test(span.raw);
  const known = (span: {raw: string}) => !normaliseAgency(span.raw).agency_id.startsWith("unknown:");
  if (spans.length < (ownLine ? 2 : 1) || !spans.every(named) || !spans.some(known)) return null;
  const at = text.indexOf(value, m.index!);
  return at < 0 ? null : [{role: "responsible", start: at, end: at + value.length}];
}

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
    const stop = STOP_FIELD.exec(content.slice(label.index! + label[0].length));
    const next = labels[i + 1]?.index ?? content.length;
    const end = base + (stop ? Math.min(next, label.index! + label[0].length + stop.index) : next);
    // "责任单位:区司法局、区城管局牵头,各镇、街道负责": the value's own clauses say who leads.
    const inner = clauseParts(m.input!, start, trimEnd(m.input!, start, end));
    if (inner && settle(inner).some((part) => part.role === "support")) parts.push(...inner);
    else {
      const part = valuePart(m.input!, roleOfLabel(label[1]) ?? "support", start, end, label[2] === "");
      if (part) parts.push(part);
    }
  }
  return parts.length ? parts : null;
}

/**
 * "[A牵头,B配合]", "[A负责]", "[A牵头,B负责]", "(A、B为主要责任单位,按照各自职能组织有关部门实施)": clauses ending in
 * a verb or a role phrase of the vocabulary; a clause of manner (按照…) names no unit and is passed over.
 */
function clauses(m: RegExpMatchArray, kind: "lead-support" | "lead" | "responsible"): UnitPart[] | null {
  const content = m[1] ?? m[2];
  const parts = clauseParts(m.input!, m.index! + 1, m.index! + 1 + content.length);
  if (parts == null) return null;
  const hasLead = parts.some((part) => part.role === "lead");
  const settled = settle(parts);
  const found = settled.some((part) => part.role === "support") ? "lead-support" : hasLead ? "lead" : "responsible";
  return found === kind ? settled : null;
}

/** Responsible units support where a clause leads and lead otherwise. */
function settle(parts: UnitPart[]): UnitPart[] {
  const hasLead = parts.some((part) => part.role === "lead");
  for (const part of parts) if (part.role === "responsible") part.role = hasLead ? "support" : "lead";
  return parts;
}

/**
 * The clauses of text[start, end) when every one ends in a role word or is a clause of manner, roles as written
 * (responsible not yet settled). Null when a clause is neither or names something not a unit.
 */
function clauseParts(text: string, start: number, end: number): UnitPart[] | null {
  const parts: UnitPart[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i <= end; ++i) {
    const c = text[i];
    if (i < end && OPEN_BRACKETS.has(c)) ++depth;
    else if (i < end && CLOSE_BRACKETS.has(c)) depth = Math.max(0, depth - 1);
    if (i < end && !(depth === 0 && CLAUSE_SEPARATORS.has(c))) continue;
    const clause = text.slice(from, i).replace(/[\s\u3000]+$/, "");
    const marked = roleMark(clause);
    if (marked) {
      let first = from;
      while (first < from + marked.at && /[\s\u3000由]/.test(text[first])) ++first;
      if (!isNameList(text.slice(first, from + marked.at))) return null;
      parts.push({role: marked.role, start: first, end: from + marked.at});
    } else if (parts.length > 0 && MANNER_CLAUSE.test(clause.trimStart())) {
      // "按照各自职能组织有关部门实施": how, not who.
    } else if (clause.trim() !== "") return null; // words that are neither units with a role nor a manner
    from = i + 1;
  }
  return parts.length === 0 ? null : parts;
}

/** Where a clause's role word starts and the role it gives: a verb ("牵头", "共同负责") or a role phrase ("为主要责任单位"). */
function roleMark(clause: string): {at: number; role: ProvisionalRole} | null {
  const trimmed = clause.replace(/[。]+$/, "");
  const phrase = ROLE_PHRASE.exec(trimmed);
  if (phrase) return {at: phrase.index, role: roleOfPhrase(phrase[1]) ?? "responsible"};
  const verb = CLAUSE_VERB.exec(trimmed);
  if (verb) return {at: verb.index, role: roleOfVerb(verb[1]) ?? "support"};
  return null;
}

/** "(市政府办公室、市政府法制办及相关部门和县(区)政府)" closing a paragraph: units with no role word are responsible. */
function bareList(m: RegExpMatchArray): UnitPart[] | null {
  const content = m[1] ?? m[2];
  if (!isNameList(content) || !splitAgencyList(content).some((span) => AGENCY_ENDING.test(span.raw))) return null;
  const base = m.index! + 1;
  return [{role: "responsible", start: base, end: base + content.length}];
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
  const part = valuePart(text, roleOfLabel(m[1]) ?? "support", start, end, !colon);
  return part ? [part] : null;
}

/** The end of text[start, end) without trailing spaces and punctuation. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\u3000。.;；,，、]/.test(text[end - 1])) --end;
  return end;
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
  // "其他部门、各街道按职责分别负责": the verb after a labelled list restates its role.
  // A name may end like a verb (区政协办 ends in 协办): the verb is cut only when a whole name stands before it.
  const verb = CLAUSE_VERB.exec(text.slice(start, end));
  if (verb && verb.index > 0 && AGENCY_ENDING.test(text.slice(start, start + verb.index).replace(/[\s\u3000等]+$/, "")))
    end = start + verb.index;
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
  return LABEL_AT_START.test(line) || isNumbered(line);
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
