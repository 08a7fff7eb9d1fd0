import {numberPatterns, type NumberPattern, type NumberToken, type PatternMatch} from "./number-patterns.ts";

/** Number of capture groups in a regex source. */
const groupCount = (source: string) => new RegExp(`${source}|`).exec("")!.length - 1;

interface Scanner {
  patterns: readonly NumberPattern[];
  /** All rules as one alternation: a single left-to-right scan per document. */
  regex: RegExp;
  /** Where each rule's captures start in a match of `regex`. */
  offsets: number[];
}

const scanners = new WeakMap<readonly NumberPattern[], Scanner>();

/** The rules compiled once per rule list. */
function scannerOf(patterns: readonly NumberPattern[]): Scanner {
  let scanner = scanners.get(patterns);
  if (scanner) return scanner;
  const offsets: number[] = [];
  let next = 1;
  for (const p of patterns) (offsets.push(next), (next += groupCount(p.pattern) + 1));
  const regex = new RegExp(`${leadOf(patterns)}(?:${patterns.map((p) => `(${p.pattern})`).join("|")})`, "dg");
  scanners.set(patterns, (scanner = {patterns, regex, offsets}));
  return scanner;
}

/**
 * Every rule's first characters as a lookahead the scan checks before trying the rules at a position: one character
 * class when each `first` is a class or a single character, else an alternation; "" when a rule has no `first`.
 */
export function leadOf(patterns: readonly NumberPattern[]): string {
  if (!patterns.every((p) => p.first != null)) return "";
  const firsts = [...new Set(patterns.map((p) => p.first!))];
  const inner = firsts.map((f) => (/^\[[^\]\\^]*\]$/.test(f) ? f.slice(1, -1) : /^[^\\\]^-]$/.test(f) ? f : null));
  return inner.every((c) => c != null) ? `(?=[${inner.join("")}])` : `(?=${firsts.join("|")})`;
}

/**
 * Finds every quantity and year mention in text order with one regex scan over `patterns` (the rules of
 * number-patterns.ts unless given), tried only where a rule can begin when every rule names its `first`
 * characters; empty or null text, or no patterns, returns [].
 */
export function scanNumbers(
  text: string | null | undefined,
  patterns: readonly NumberPattern[] = numberPatterns
): NumberToken[] {
  if (text == null || text === "" || patterns.length === 0) return [];
  const {regex, offsets} = scannerOf(patterns);
  const tokens: NumberToken[] = [];
  const re = new RegExp(regex);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = offsets.findIndex((base) => m![base] !== undefined);
    if (k < 0) continue;
    tokens.push(...patterns[k].extract(patternMatch(text, m, offsets[k])));
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
