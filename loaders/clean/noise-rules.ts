import {readDataFile} from "../read/read-data-file.ts";

/** Where a noise rule applies: a span inside a line, a whole line, or a line and everything after it near the end. */
export type NoiseScope = "inline" | "line" | "tail";

/** One boilerplate form, tried in order by cleanText; `name` becomes the Removal.kind. */
export interface NoiseRule {
  /** Unique among the rules (the kind unless the data gives one): what a test names the rule by. */
  id: string;
  name: string;
  scope: NoiseScope;
  pattern: RegExp;
  /** For "tail" rules: only when the line starts in the last `tailShare` of the text. */
  tailShare: number;
  /** A line the rule must remove (tested). */
  example: string;
  /** The [start, end) span of `line` to remove, or null when the rule does not apply. */
  extract: (line: string) => [number, number] | null;
}

interface NoiseRuleData {
  id?: string;
  kind: string;
  scope: NoiseScope;
  pattern: string;
  tail_share?: number;
  example: string;
}

let rules: NoiseRule[] | null = null;

/**
 * The ordered noise rules of data/noise-patterns.json, compiled once; never empty unless the data file is. Throws on
 * an unknown scope or a repeated id.
 */
export function noiseRules(): NoiseRule[] {
  return (rules ??= checkIds((JSON.parse(readDataFile("noise-patterns.json")).rules as NoiseRuleData[]).map(compile)));
}

function checkIds(list: NoiseRule[]): NoiseRule[] {
  const seen = new Set<string>();
  for (const {id} of list) {
    if (seen.has(id)) throw new Error(`invalid noise rule id (repeated): ${id}`);
    seen.add(id);
  }
  return list;
}

function compile({id, kind, scope, pattern, tail_share, example}: NoiseRuleData): NoiseRule {
  if (scope !== "inline" && scope !== "line" && scope !== "tail") throw new Error(`invalid noise scope: ${scope}`);
  const re = new RegExp(pattern);
  const extract =
    scope === "inline"
      ? (line: string): [number, number] | null => {
          const m = re.exec(line);
          return m && m[0].length > 0 ? [m.index, m.index + m[0].length] : null;
        }
      : (line: string): [number, number] | null => (re.test(line.trim()) ? [0, line.length] : null);
  return {id: id ?? kind, name: kind, scope, pattern: re, tailShare: tail_share ?? 1, example, extract};
}
