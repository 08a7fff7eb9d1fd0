import {numberPatterns, type NumberToken, type PatternMatch} from "./number-patterns.ts";

/** Number of capture groups in a regex source. */
const groupCount = (source: string) => new RegExp(`${source}|`).exec("")!.length - 1;

const offsets: number[] = [];
let next = 1;
for (const p of numberPatterns) (offsets.push(next), (next += groupCount(p.pattern) + 1));
/** All rules as one alternation, compiled once: a single left-to-right scan per document. */
const SCANNER = new RegExp(numberPatterns.map((p) => `(${p.pattern})`).join("|"), "dg");

/** Finds every quantity and year mention in text order with one regex scan; empty or null text returns []. */
export function scanNumbers(text: string | null | undefined): NumberToken[] {
  if (text == null || text === "") return [];
  const tokens: NumberToken[] = [];
  const re = new RegExp(SCANNER);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = offsets.findIndex((base) => m![base] !== undefined);
    if (k < 0) continue;
    tokens.push(...numberPatterns[k].extract(patternMatch(text, m, offsets[k])));
  }
  return tokens;
}

function patternMatch(text: string, m: RegExpExecArray, base: number): PatternMatch {
  const span = (i: number) => m.indices?.[base + i];
  return {
    text,
    group: (i) => m[base + i],
    start: (i) => span(i)?.[0] ?? -1,
    end: (i) => span(i)?.[1] ?? -1
  };
}
