import {matchLabel} from "../text/match-label.ts";
import {lineJoinTerms} from "./line-join-terms.ts";

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const HAN_TAIL = /[\u3400-\u4dbf\u4e00-\u9fff]{1,6}$/;
const HAN_HEAD = /^[\u3400-\u4dbf\u4e00-\u9fff]{1,6}/;
/** A line that starts a new unit besides an outline label: a "字段:" label, an attachment. */
const NEW_UNIT = /^(?:附件|附表|[\u4e00-\u9fff]{2,8}\s*:)/;
const PUNCT = /[,.;:!?、。,;:!?“”《》()]/;

/**
 * Whether a line break between prevLine and nextLine falls inside a word and should be removed: both sides are Han
 * characters, the previous line is not a heading or a short title, the next line does not start a new unit, and a
 * known term (data/line-join-terms.txt) or a 4-character window that occurs elsewhere in the text spans the break.
 * Empty lines return false.
 */
export function shouldJoinLines(prevLine: string, nextLine: string, text = ""): boolean {
  if (!prevLine || !nextLine) return false;
  const prev = prevLine.trim();
  const next = nextLine.trimEnd();
  if (next !== nextLine.trimStart().trimEnd()) return false; // an indented next line starts a paragraph
  if (!HAN.test(prev.at(-1) ?? "") || !HAN.test(next[0] ?? "")) return false;
  if (matchLabel(next) != null || NEW_UNIT.test(next)) return false;
  if (prev.length < 30 && (matchLabel(prev) != null || !PUNCT.test(prev))) return false;
  const a = HAN_TAIL.exec(prev)![0];
  const b = HAN_HEAD.exec(next)![0];
  return spansTerm(a, b) || occursElsewhere(a, b, text);
}

function spansTerm(a: string, b: string): boolean {
  const joined = a + b;
  for (const term of lineJoinTerms()) {
    for (let i = joined.indexOf(term); i !== -1; i = joined.indexOf(term, i + 1)) {
      if (i < a.length && i + term.length > a.length) return true;
    }
  }
  return false;
}

function occursElsewhere(a: string, b: string, text: string): boolean {
  if (!text) return false;
  for (let k = 1; k <= 3; ++k) {
    if (a.length < k || b.length < 4 - k) continue;
    if (text.includes(a.slice(-k) + b.slice(0, 4 - k))) return true;
  }
  return false;
}
